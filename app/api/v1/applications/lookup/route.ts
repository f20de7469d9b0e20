import { getDb } from "@/db/client";
import { lookupApplication } from "@/lib/applications/lookup-application";
import { clientIp } from "@/lib/auth/client-ip";
import { ValidationError } from "@/lib/errors";
import { json, route } from "@/lib/http/api";

/**
 * 查询申请 by tracking code + phone, in a POST body so neither lands in URLs, logs or history.
 * Unknown code or wrong phone → the same 404.
 */
export const POST = route(async (request) => {
  if (Number(request.headers.get("content-length") ?? 0) > 4096) {
    throw new ValidationError([{ path: "trackingCode", message: "请求内容过长。" }]);
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ValidationError([{ path: "trackingCode", message: "请求体应为 JSON：{\"trackingCode\": \"…\", \"phone\": \"…\"}。" }]);
  }
  const view = await lookupApplication(await getDb(), body, { ip: clientIp(request.headers) });
  return json(view, { headers: { "cache-control": "no-store" } });
});

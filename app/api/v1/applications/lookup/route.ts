import { getDb } from "@/db/client";
import { lookupApplicationRecord } from "@/lib/applications/lookup-application";
import { startLookupSession } from "@/lib/auth/applicant";
import { clientIp } from "@/lib/auth/client-ip";
import { ValidationError } from "@/lib/errors";
import { json, route } from "@/lib/http/api";

/**
 * 查询申请 by tracking code + phone, in a POST body so neither lands in URLs, logs or history.
 * Unknown code or wrong phone → the same 404. A successful look-up also opens a short applicant
 * session for that application (an httpOnly cookie, lib/auth/applicant.ts), so the applicant can
 * answer a correction or a fee notice, withdraw, and read the letters without an account.
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
  const { applicationId, view } = await lookupApplicationRecord(await getDb(), body, { ip: clientIp(request.headers) });
  await startLookupSession(applicationId);
  return json(view, { headers: { "cache-control": "no-store" } });
});

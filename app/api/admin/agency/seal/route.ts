import { getDb } from "@/db/client";
import { getAgencyById } from "@/db/queries/agencies";
import { SEAL_UPLOAD, setAgencySeal } from "@/lib/agencies/seal";
import { clientIp } from "@/lib/auth/client-ip";
import { NotFoundError } from "@/lib/errors";
import { json, requireApiRole, route } from "@/lib/http/api";
import { requestBodyStream } from "@/lib/http/request-body";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/**
 * POST the agency's seal image (the PNG bytes as the body) for its letter PDFs (issue 16). A route
 * handler outside the proxy matcher (architecture.md "Uploads"): session and size are checked
 * before the body is read, the type by content in the use case.
 */
export const POST = route(async (request: Request) => {
  const actor = await requireApiRole(["admin"]);
  const declared = request.headers.get("content-length");
  if (!declared || !/^\d+$/.test(declared)) return json({ error: "上传请求缺少文件大小信息，请使用页面上的上传按钮重新上传。" }, { status: 411 });
  if (Number(declared) > SEAL_UPLOAD.maxBytes) return json({ error: "印章图片不能超过 512 KB。" }, { status: 413 });
  const db = await getDb();
  const agency = actor.agencyId ? await getAgencyById(db, actor.agencyId) : undefined;
  if (!agency) throw new NotFoundError("未找到本机关。");
  const stored = await setAgencySeal(db, await getStorage(), actor, agency.code, requestBodyStream(request), { ip: clientIp(request.headers) });
  return json(stored, { status: 201 });
});

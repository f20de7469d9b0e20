import { cachedDocument } from "@/app/_catalogue/data";
import { apiDocument } from "@/lib/documents/api-shapes";
import { NotFoundError } from "@/lib/errors";
import { json, route } from "@/lib/http/api";
import { publicOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

/** GET /api/v1/documents/{id} — full metadata, body and attachment links of a published document. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const doc = await cachedDocument((await params).id);
  if (!doc) throw new NotFoundError("未找到该信息，可能已被撤回或链接有误。");
  return json(apiDocument(doc, publicOrigin()), { headers: { "cache-control": "public, max-age=60" } });
});

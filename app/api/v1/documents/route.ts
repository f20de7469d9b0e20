import { cachedSearch } from "@/app/_catalogue/data";
import { apiList } from "@/lib/documents/api-shapes";
import { searchParamsSchema } from "@/lib/documents/search";
import { ValidationError } from "@/lib/errors";
import { json, route } from "@/lib/http/api";
import { publicOrigin } from "@/lib/http/origin";
import { fieldErrors } from "@/lib/validation/zod";

export const dynamic = "force-dynamic";

/** GET /api/v1/documents?q=&category=&agency=&year=&validity=&docType=&sort=&page=&pageSize= — published documents only. */
export const GET = route(async (request: Request) => {
  const query = new URL(request.url).searchParams;
  const parsed = searchParamsSchema.safeParse({
    q: query.get("q") ?? "",
    agencyCode: query.get("agency") ?? "",
    categoryCode: query.get("category") ?? "",
    year: query.get("year") || undefined,
    validity: query.get("validity") || undefined,
    docType: query.get("docType") || undefined,
    sort: query.get("sort") || undefined,
    page: query.get("page") || 1,
    pageSize: query.get("pageSize") || 20,
  });
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const result = await cachedSearch(parsed.data);
  return json(apiList(result, publicOrigin()), { headers: { "cache-control": "public, max-age=60" } });
});

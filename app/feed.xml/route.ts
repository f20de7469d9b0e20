import { cachedSearch } from "@/app/_catalogue/data";
import { buildAtomFeed } from "@/lib/documents/atom";
import { route } from "@/lib/http/api";
import { publicOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

/** Atom feed of the 50 newest published documents (withdrawn ones drop out with the cache). */
export const GET = route(async (request: Request) => {
  const origin = publicOrigin();
  const agency = new URL(request.url).searchParams.get("agency") ?? "";
  const result = await cachedSearch({ agencyCode: agency, pageSize: 50, sort: "date" });
  const xml = buildAtomFeed({
    title: "政府信息公开 — 最新主动公开信息",
    origin,
    updated: result.items[0]?.publishedAt ?? new Date(0).toISOString(),
    entries: result.items.map((item) => ({
      id: item.id,
      title: item.title,
      summary: item.summary,
      agencyName: item.agency.name,
      publishedAt: item.publishedAt,
      url: `${origin}/documents/${item.id}`,
    })),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
});

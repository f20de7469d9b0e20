import { cachedCatalogueTree } from "@/app/_catalogue/data";
import { json, route } from "@/lib/http/api";

export const dynamic = "force-dynamic";

type Node = { code: string; name: string; children: Node[] };
const strip = (nodes: Node[]): Node[] => nodes.map(({ code, name, children }) => ({ code, name, children: strip(children) }));

/** GET /api/v1/categories[?agency=code] — each agency's category tree (retired categories left out). */
export const GET = route(async (request: Request) => {
  const agencyCode = new URL(request.url).searchParams.get("agency");
  const tree = await cachedCatalogueTree();
  const items = tree
    .filter((agency) => !agencyCode || agency.code === agencyCode)
    .map((agency) => ({ agency: { code: agency.code, name: agency.name }, categories: strip(agency.categories) }));
  return json({ items }, { headers: { "cache-control": "public, max-age=300" } });
});

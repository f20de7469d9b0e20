import type { Metadata } from "next";
import { CatalogueView } from "./catalogue-view";

export const metadata: Metadata = { title: "法定主动公开内容" };

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * Reached only when proxy.ts did not run: it rewrites every `/catalogue` request, a search (with `q`)
 * to the cached search/[filters] and a list to browse/[filters]. Rendered per request.
 */
export default async function CataloguePage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  return (
    <CatalogueView
      raw={{
        q: first(query.q),
        agency: first(query.agency),
        category: first(query.category),
        year: first(query.year),
        validity: first(query.validity),
        docType: first(query.docType),
        sort: first(query.sort),
        page: first(query.page),
      }}
    />
  );
}

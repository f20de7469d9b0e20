import Link from "next/link";
import { cachedCatalogueTree, cachedSearch, cachedYears } from "@/app/_catalogue/data";
import { CategoryNav } from "@/components/catalogue/category-nav";
import { DocumentTable } from "@/components/catalogue/document-table";
import { Pagination } from "@/components/catalogue/pagination";
import { CollapsibleOnNarrow } from "@/components/catalogue/collapsible-on-narrow";
import { DOC_TYPE_LABELS, DOC_TYPES, VALIDITIES, VALIDITY_LABELS } from "@/lib/documents/labels";
import { searchParamsSchema } from "@/lib/documents/search";
import { browseHref } from "@/lib/documents/browse-path";
import "@/components/catalogue/catalogue.css";

/** The catalogue's filters as given in the URL (validated here). */
export type CatalogueQuery = Record<"q" | "agency" | "category" | "year" | "validity" | "docType" | "sort" | "page", string>;

const SORT_LABELS = { relevance: "按相关度", date: "按发布日期（新→旧）", date_asc: "按发布日期（旧→新）", title: "按标题" } as const;

/**
 * 法定主动公开内容: browse by agency, category and year; search (条例第二十四条: 检索、查阅、下载).
 * Shared by the search page (dynamic) and the cached list pages (browse/[filters]).
 */
export async function CatalogueView({ raw }: { raw: CatalogueQuery }) {
  const params = searchParamsSchema.parse({
    q: raw.q.slice(0, 100),
    agencyCode: raw.agency,
    categoryCode: raw.category,
    year: raw.year || undefined,
    validity: raw.validity || undefined,
    docType: raw.docType || undefined,
    sort: raw.sort || undefined,
    page: raw.page || 1,
    pageSize: 20,
  });
  const [tree, result, years] = await Promise.all([
    cachedCatalogueTree(),
    cachedSearch(params),
    cachedYears(params.agencyCode, params.categoryCode),
  ]);
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const agency = tree.find((entry) => entry.code === params.agencyCode);
  const navTree = agency ?? tree[0];
  // A search narrows by the top-level branches (the whole tree is the list pages' navigation): less to render per request.
  const navNodes = params.q ? (navTree?.categories ?? []).map((node) => ({ ...node, children: [] })) : (navTree?.categories ?? []);
  const kept = { q: params.q, agency: params.agencyCode, category: params.categoryCode, year: params.year?.toString(), validity: params.validity, docType: params.docType, sort: params.sort };
  // Lists link to their cacheable path; a search keeps its query string.
  const hrefWith = (changes: Record<string, string | undefined>) => {
    const merged = { ...kept, ...changes };
    if (!merged.q) return browseHref(merged);
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(merged)) if (value) next.set(key, value);
    return `/catalogue?${next.toString()}`;
  };
  const categoryName = (() => {
    const walk = (nodes: typeof tree[number]["categories"]): string | undefined => {
      for (const node of nodes) {
        if (node.code === params.categoryCode) return node.name;
        const found = walk(node.children);
        if (found) return found;
      }
    };
    return params.categoryCode ? walk(navTree?.categories ?? []) : undefined;
  })();

  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/">政府信息公开</Link> › <Link href="/catalogue">法定主动公开内容</Link>
        {categoryName ? <> › {categoryName}</> : null}
      </nav>
      <h1>{params.q ? `检索“${params.q}”` : (categoryName ?? "法定主动公开内容")}</h1>
      <div className="catalogue-layout">
        <aside className="panel category-nav no-print" aria-label="目录分类">
          <CollapsibleOnNarrow summary="按发布机构和主题分类浏览">
            <h2>发布机构</h2>
            <ul>
              <li>
                <a href={hrefWith({ agency: undefined, page: undefined })} aria-current={!params.agencyCode ? "page" : undefined}>
                  全部机关
                </a>
              </li>
              {tree.map((entry) => (
                <li key={entry.code}>
                  <a href={hrefWith({ agency: entry.code, page: undefined })} aria-current={entry.code === params.agencyCode ? "page" : undefined}>
                    {entry.shortName}
                  </a>
                </li>
              ))}
            </ul>
            <h2>主题分类</h2>
            <ul>
              <li>
                <a href={hrefWith({ category: undefined })} aria-current={!params.categoryCode ? "page" : undefined}>
                  全部分类
                </a>
              </li>
            </ul>
            <CategoryNav nodes={navNodes} current={params.categoryCode} hrefFor={(code) => hrefWith({ category: code })} />
          </CollapsibleOnNarrow>
        </aside>
        <section>
          <form className="panel filters no-print" action="/catalogue" method="get" role="search" aria-label="检索政府信息">
            <div className="field grow">
              <label htmlFor="q">关键词</label>
              <input id="q" name="q" type="search" defaultValue={params.q} placeholder="标题、文号、索引号、正文，如：法治政府" maxLength={100} />
            </div>
            {params.agencyCode ? <input type="hidden" name="agency" value={params.agencyCode} /> : null}
            {params.categoryCode ? <input type="hidden" name="category" value={params.categoryCode} /> : null}
            <div className="field">
              <label htmlFor="year">发布年份</label>
              <select id="year" name="year" defaultValue={params.year?.toString() ?? ""}>
                <option value="">全部</option>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}年
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="validity">有效性</label>
              <select id="validity" name="validity" defaultValue={params.validity ?? ""}>
                <option value="">全部</option>
                {VALIDITIES.map((validity) => (
                  <option key={validity} value={validity}>
                    {VALIDITY_LABELS[validity]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="docType">文件类型</label>
              <select id="docType" name="docType" defaultValue={params.docType ?? ""}>
                <option value="">全部</option>
                {DOC_TYPES.map((docType) => (
                  <option key={docType} value={docType}>
                    {DOC_TYPE_LABELS[docType]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="sort">排序</label>
              <select id="sort" name="sort" defaultValue={params.sort ?? ""}>
                <option value="">默认</option>
                {Object.entries(SORT_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <button className="button" type="submit">
              检索
            </button>
          </form>
          <p className="result-count" role="status">
            {result.totalCapped ? `超过 ${result.total} 条，可增加检索词或筛选条件缩小范围` : `共 ${result.total} 条`}
            {params.q ? "，标题中含有检索词的排在前面" : ""}。
          </p>
          {result.items.length ? (
            <DocumentTable items={result.items} showAgency={!params.agencyCode} />
          ) : result.total > 0 ? (
            <p className="alert info">
              第 {result.page} 页超出了结果范围（共 {pageCount} 页）。请回到<a href={hrefWith({ page: undefined })}>第 1 页</a>
              {pageCount > 1 ? (
                <>
                  或<a href={hrefWith({ page: String(pageCount) })}>最后一页（第 {pageCount} 页）</a>
                </>
              ) : null}
              。
            </p>
          ) : (
            <p className="alert info">
              没有找到符合条件的政府信息。可以换个关键词或减少筛选条件；仍未找到的，可以通过<a href="/apply">依申请公开</a>
              向行政机关申请获取（《中华人民共和国政府信息公开条例》第二十七条）。
            </p>
          )}
          <Pagination
            total={result.total}
            page={result.page}
            pageSize={result.pageSize}
            basePath="/catalogue"
            params={kept}
            hrefFor={(page) => hrefWith({ page: page > 1 ? String(page) : undefined })}
          />
        </section>
      </div>
    </>
  );
}

import { and, asc, count, desc, eq, gte, ilike, inArray, lt, sql, type SQL } from "drizzle-orm";
import { agencies, categories, documents } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { z } from "@/lib/validation/zod";
import { ValidationError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { categoryIdsWithDescendants } from "./categories";
import { DOC_TYPES, VALIDITIES, type DocType, type Validity } from "./labels";
import { buildSearchQuery, likePattern, tokenize } from "./search-tokens";
import { highlight, snippet, type Segment } from "./highlight";

export const MAX_PAGE_SIZE = 100;

/** Query parameters of the catalogue, the search page and `GET /api/v1/documents`. */
export const searchParamsSchema = z.object({
  q: z.string().trim().max(100, "检索词不能超过 100 个字。").default(""),
  agencyCode: z.string().trim().max(40).default("").catch(""),
  categoryCode: z.string().trim().max(60).default("").catch(""),
  year: z.coerce.number().int().min(1949).max(2100).optional().catch(undefined),
  validity: z.enum(VALIDITIES).optional().catch(undefined),
  docType: z.enum(DOC_TYPES).optional().catch(undefined),
  /** relevance (default with a query) · date (newest first, default without) · date_asc · title */
  sort: z.enum(["relevance", "date", "date_asc", "title"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(20).default(20),
});
export type SearchParams = z.input<typeof searchParamsSchema>;

export interface SearchHit {
  id: string;
  indexNumber: string;
  title: string;
  docNumber: string | null;
  agency: { code: string; name: string };
  category: { code: string; name: string };
  docType: DocType;
  issuedOn: string;
  publishedAt: Date;
  validity: Validity;
  summary: string;
  /** Title with the matched terms marked, and a piece of the text around the first match. */
  titleSegments: Segment[];
  snippetSegments: Segment[];
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: SearchHit[];
}

/** A two-character Han word: its bigram token alone matches it exactly. */
function isSingleBigram(term: string): boolean {
  return Array.from(term).length === 2 && tokenize(term).length === 3;
}

/**
 * Search and list the published catalogue (条例第二十四条: search, viewing and download).
 * The bigram tsvector narrows by GIN index (also for two-character words); a longer term is then
 * confirmed with ILIKE (its bigrams could occur apart). Relevance: all terms in the title first,
 * then in 文号/索引号/主题词/内容概述, then body-only hits; newest first within each. (No ts_rank:
 * it reads every hit's whole vector, too slow for common words in 100,000 documents.)
 * Withdrawn and draft documents never appear.
 * Exported as plain `searchDocuments` for other features (e.g. "这些信息可能已经公开" on the application form).
 */
export async function searchDocuments(db: Queryable, input: SearchParams | unknown): Promise<SearchResult> {
  const parsed = searchParamsSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const params = parsed.data;
  const query = buildSearchQuery(params.q);
  if (params.q && !query) return { total: 0, page: params.page, pageSize: params.pageSize, items: [] };

  const conditions: SQL[] = [eq(documents.status, "published")];
  if (params.agencyCode) conditions.push(eq(agencies.code, params.agencyCode));
  if (params.categoryCode) {
    const rows = await db
      .select({ id: categories.id, parentId: categories.parentId, code: categories.code, agencyId: categories.agencyId })
      .from(categories)
      .innerJoin(agencies, eq(agencies.id, categories.agencyId))
      .where(params.agencyCode ? eq(agencies.code, params.agencyCode) : undefined);
    const ids = categoryIdsWithDescendants(rows, [params.categoryCode]);
    if (ids.length === 0) return { total: 0, page: params.page, pageSize: params.pageSize, items: [] };
    conditions.push(inArray(documents.categoryId, ids));
  }
  if (params.year) {
    // 发布日期 in Beijing time.
    conditions.push(gte(documents.publishedAt, new Date(`${params.year}-01-01T00:00:00+08:00`)));
    conditions.push(lt(documents.publishedAt, new Date(`${params.year + 1}-01-01T00:00:00+08:00`)));
  }
  if (params.validity) conditions.push(eq(documents.validity, params.validity));
  if (params.docType) conditions.push(eq(documents.docType, params.docType));
  let titleFirst: SQL | undefined;
  let metadataFirst: SQL | undefined;
  if (query) {
    conditions.push(sql`${documents.searchTokens} @@ ${query.tsquery}::tsquery`);
    for (const term of query.terms) {
      // A term that is exactly one token (a two-character word, one character, one number) is
      // matched exactly by the index; longer terms are confirmed, cheapest columns first.
      if (tokenize(term).length === 1 || isSingleBigram(term)) continue;
      const pattern = likePattern(term);
      conditions.push(
        sql`(${documents.title} ilike ${pattern} or ${documents.docNumber} ilike ${pattern} or ${documents.indexNumber} ilike ${pattern} or ${documents.keywords} ilike ${pattern} or ${documents.summary} ilike ${pattern} or ${documents.bodyText} ilike ${pattern})`,
      );
    }
    const all = (column: SQL | typeof documents.title) => and(...query.terms.map((term) => ilike(column as typeof documents.title, likePattern(term))));
    titleFirst = sql`case when ${all(documents.title)} then 0 else 1 end`;
    // Then hits in the short descriptive fields (文号, 索引号, 主题词, 内容概述) before body-only hits.
    metadataFirst = sql`case when ${all(sql`concat_ws(' ', ${documents.docNumber}, ${documents.indexNumber}, ${documents.keywords}, ${documents.summary})`)} then 0 else 1 end`;
  }
  const where = and(...conditions);
  return inSearchTransaction(db, Boolean(query), (tx) => runSearch(tx, params, query, where, orderByFor(params, titleFirst, metadataFirst)));
}

/**
 * With a text query, run in a transaction that steers the planner to the GIN index even for a very
 * common word: its bitmap needs no recheck, while a sequential scan (which the planner prefers
 * above ~50 % selectivity, not counting the cost of reading TOASTed vectors) reads every vector.
 */
function inSearchTransaction<T>(db: Queryable, withQuery: boolean, work: (tx: Queryable) => Promise<T>): Promise<T> {
  if (!withQuery) return work(db);
  const run = async (tx: Queryable) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return work(tx);
  };
  return "rollback" in db ? run(db) : (db as Db).transaction(run);
}

function orderByFor(params: { sort?: string }, titleFirst: SQL | undefined, metadataFirst: SQL | undefined): SQL[] {
  const sort = params.sort ?? (titleFirst ? "relevance" : "date");
  return sort === "relevance" && titleFirst && metadataFirst
    ? [asc(titleFirst), asc(metadataFirst), desc(documents.publishedAt), desc(documents.indexNumber)]
    : sort === "date_asc"
      ? [asc(documents.publishedAt), asc(documents.indexNumber)]
      : sort === "title"
        ? [asc(documents.title), desc(documents.publishedAt)]
        : [desc(documents.publishedAt), desc(documents.indexNumber)];
}

async function runSearch(
  db: Queryable,
  params: z.output<typeof searchParamsSchema>,
  query: ReturnType<typeof buildSearchQuery>,
  where: SQL | undefined,
  orderBy: SQL[],
): Promise<SearchResult> {
  const [totalRow] = await db
    .select({ total: count() })
    .from(documents)
    .innerJoin(agencies, eq(agencies.id, documents.agencyId))
    .where(where);
  // Step 1: only the ids of the page, sorted on narrow columns (a wide select list would be
  // computed for every hit before the sort: the body of 80,000 documents for a common word).
  const page = await db
    .select({ id: documents.id })
    .from(documents)
    .innerJoin(agencies, eq(agencies.id, documents.agencyId))
    .where(where)
    .orderBy(...orderBy)
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize);
  const ids = page.map((row) => row.id);
  // Step 2: the details of those rows.
  const details = ids.length
    ? await db
        .select({
          id: documents.id,
          indexNumber: documents.indexNumber,
          title: documents.title,
          docNumber: documents.docNumber,
          agencyCode: agencies.code,
          agencyName: agencies.name,
          categoryCode: categories.code,
          categoryName: categories.name,
          docType: documents.docType,
          issuedOn: documents.issuedOn,
          publishedAt: documents.publishedAt,
          validity: documents.validity,
          summary: documents.summary,
          // Only what a snippet needs: the first 20 000 characters of the body.
          bodyStart: query ? sql<string>`left(${documents.bodyText}, 20000)` : sql<string>`''`,
        })
        .from(documents)
        .innerJoin(agencies, eq(agencies.id, documents.agencyId))
        .innerJoin(categories, eq(categories.id, documents.categoryId))
        .where(inArray(documents.id, ids))
    : [];
  const byId = new Map(details.map((row) => [row.id, row]));
  const rows = ids.map((id) => byId.get(id)!).filter(Boolean);

  const terms = query?.terms ?? [];
  return {
    total: Number(totalRow?.total ?? 0),
    page: params.page,
    pageSize: params.pageSize,
    items: rows.map((row) => ({
      id: row.id,
      indexNumber: row.indexNumber,
      title: row.title,
      docNumber: row.docNumber,
      agency: { code: row.agencyCode, name: row.agencyName },
      category: { code: row.categoryCode, name: row.categoryName },
      docType: row.docType,
      issuedOn: row.issuedOn,
      publishedAt: row.publishedAt!,
      validity: row.validity,
      summary: row.summary,
      titleSegments: highlight(row.title, terms),
      snippetSegments: terms.length ? snippet([row.docNumber ?? "", row.indexNumber, row.summary, row.bodyStart].join("\n"), terms) : [],
    })),
  };
}

import { and, asc, count, desc, eq, gte, ilike, inArray, lt, sql, type SQL } from "drizzle-orm";
import { agencies, categories, documents } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { z } from "@/lib/validation/zod";
import { singleLineText } from "@/lib/validation/text";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { ValidationError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { categoryIdsWithDescendants } from "./categories";
import { DOC_TYPES, VALIDITIES, type DocType, type Validity } from "./labels";
import { buildSearchQuery, likePattern, queryTokens } from "./search-tokens";
import { highlight, hitSnippet, type Segment } from "./highlight";

export const MAX_PAGE_SIZE = 100;

/** Query parameters of the catalogue, the search page and `GET /api/v1/documents`. */
export const searchParamsSchema = z.object({
  q: singleLineText().trim().max(100, "检索词不能超过 100 个字。").default(""),
  agencyCode: singleLineText().trim().max(40).default("").catch(""),
  categoryCode: singleLineText().trim().max(60).default("").catch(""),
  year: z.coerce.number().int().min(1949).max(2100).optional().catch(undefined),
  validity: z.enum(VALIDITIES).optional().catch(undefined),
  docType: z.enum(DOC_TYPES).optional().catch(undefined),
  /** relevance (default with a query) · date (newest first, default without) · date_asc · title */
  sort: z.enum(["relevance", "date", "date_asc", "title"]).optional().catch(undefined),
  page: pageNumberSchema(),
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
  /** Title and 文号 with the matched terms marked, and a piece of the text around the first match. */
  titleSegments: Segment[];
  docNumberSegments: Segment[];
  snippetSegments: Segment[];
}

export interface SearchResult {
  /** The number of hits; with a search term, at most the count cap (see `totalCapped`). */
  total: number;
  /** True when a search term has more hits than the count cap: `total` is then a lower bound ("超过 N 条"). */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  items: SearchHit[];
}

/**
 * A search term with more hits than this is "common" (预算 is in 84 % of 100,000 documents): its
 * total is shown as "超过 N 条" instead of counting every hit, and its page is assembled tier by
 * tier from indexes, so its cost does not grow with the number of hits.
 */
export const SEARCH_COUNT_CAP = 1000;

/**
 * Search and list the published catalogue (条例第二十四条: search, viewing and download).
 * The bigram tsvector narrows by GIN index (also for two-character words); a longer term is then
 * confirmed with ILIKE (its bigrams could occur apart). Relevance: all terms in the title first,
 * then in 文号/索引号/主题词/内容概述, then body-only hits; newest first within each. (No ts_rank:
 * it reads every hit's whole vector, too slow for common words in 100,000 documents.)
 * Withdrawn and draft documents never appear.
 * Exported as plain `searchDocuments` for other features (e.g. "这些信息可能已经公开" on the application form).
 */
export async function searchDocuments(
  db: Queryable,
  input: SearchParams | unknown,
  { countCap = SEARCH_COUNT_CAP }: { countCap?: number } = {},
): Promise<SearchResult> {
  const parsed = searchParamsSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const params = parsed.data;
  const query = buildSearchQuery(params.q);
  const none = { total: 0, totalCapped: false, page: params.page, pageSize: params.pageSize, items: [] };
  if (params.q && !query) return none;

  const conditions: SQL[] = [eq(documents.status, "published")];
  // By id, so the hit queries need no join (one lookup per hit otherwise).
  if (params.agencyCode) conditions.push(inArray(documents.agencyId, db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, params.agencyCode))));
  if (params.categoryCode) {
    const rows = await db
      .select({ id: categories.id, parentId: categories.parentId, code: categories.code, agencyId: categories.agencyId })
      .from(categories)
      .innerJoin(agencies, eq(agencies.id, categories.agencyId))
      .where(params.agencyCode ? eq(agencies.code, params.agencyCode) : undefined);
    const ids = categoryIdsWithDescendants(rows, [params.categoryCode]);
    if (ids.length === 0) return none;
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
  let inTitle: SQL | undefined;
  let inMetadata: SQL | undefined;
  let tiers: Tier[] | undefined;
  const filters = and(...conditions);
  if (query) {
    conditions.push(sql`${documents.searchTokens} @@ ${query.tsquery}::tsquery`);
    for (const term of query.terms) {
      // A term that is one token (one character, a two-character word, one number, a number and
      // the character it touches such as 27号) is matched exactly by the index; longer terms are
      // confirmed, cheapest columns first.
      if (queryTokens(term).length === 1) continue;
      const pattern = likePattern(term);
      conditions.push(
        sql`(${documents.title} ilike ${pattern} or ${documents.docNumber} ilike ${pattern} or ${documents.indexNumber} ilike ${pattern} or ${documents.keywords} ilike ${pattern} or ${documents.summary} ilike ${pattern} or ${documents.bodyText} ilike ${pattern})`,
      );
    }
    const all = (column: SQL | typeof documents.title) => and(...query.terms.map((term) => ilike(column as typeof documents.title, likePattern(term))));
    inTitle = all(documents.title)!;
    // Then hits in the short descriptive fields (文号, 索引号, 主题词, 内容概述) before body-only hits.
    inMetadata = all(sql`concat_ws(' ', ${documents.docNumber}, ${documents.indexNumber}, ${documents.keywords}, ${documents.summary})`)!;
    titleFirst = sql`case when ${inTitle} then 0 else 1 end`;
    metadataFirst = sql`case when ${inMetadata} then 0 else 1 end`;
    // The same order as tiers, each narrowed by an index: a token's weight in the vector is the best
    // field it occurs in (A title; B 文号/索引号/主题词; C 内容概述), so ts_filter keeps the tokens
    // of those fields (indexes documents_search_title_idx / documents_search_head_idx). A term found
    // in the title or metadata needs no check against the whole vector (reading it is the cost).
    const titleTokens = sql`ts_filter(${documents.searchTokens}, '{a}') @@ ${query.tsquery}::tsquery`;
    const headTokens = sql`ts_filter(${documents.searchTokens}, '{a,b,c}') @@ ${query.tsquery}::tsquery`;
    const titleAndMetadata = and(inTitle, inMetadata)!;
    const titleOnly = and(inTitle, sql`not ${inMetadata}`)!;
    const metadataOnly = and(sql`not ${inTitle}`, inMetadata)!;
    tiers = [
      { filters, match: titleAndMetadata, indexed: and(filters, titleTokens, titleAndMetadata)! },
      { filters, match: titleOnly, indexed: and(filters, titleTokens, titleOnly)! },
      { filters, match: metadataOnly, indexed: and(filters, headTokens, metadataOnly)! },
      { indexed: and(...conditions, sql`not ${inTitle}`, sql`not ${inMetadata}`)! },
    ];
  }
  const where = and(...conditions);
  const orderBy = orderByFor(params, titleFirst, metadataFirst);
  const offset = (params.page - 1) * params.pageSize;
  return inSearchTransaction(db, Boolean(query), async (tx) => {
    if (!query || !inTitle || !inMetadata) {
      const [row] = await tx.select({ total: count() }).from(documents).where(where);
      const ids = await pageIds(tx, where, orderBy, params.pageSize, offset);
      return pageOfHits(tx, params, query, ids, { total: Number(row?.total ?? 0), totalCapped: false });
    }
    // A search term: read at most cap + 1 hits, unsorted (stops early for a common word).
    const found = await firstHits(tx, where, inTitle, inMetadata, countCap + 1);
    const sort = params.sort ?? "relevance";
    if (found.length <= countCap) {
      // Every hit is in hand: sort them here rather than scan the candidates a second time.
      const ids = sort === "title" ? await pageIds(tx, where, orderBy, params.pageSize, offset) : sortHits(found, sort).slice(offset, offset + params.pageSize).map((hit) => hit.id);
      return pageOfHits(tx, params, query, ids, { total: found.length, totalCapped: false });
    }
    const ids = sort === "relevance" ? await tieredPageIds(tx, tiers!, params.pageSize, offset) : await pageIds(tx, where, orderBy, params.pageSize, offset);
    return pageOfHits(tx, params, query, ids, { total: countCap, totalCapped: true });
  });
}

interface FoundHit {
  id: string;
  inTitle: boolean;
  inMetadata: boolean;
  publishedAt: Date;
  indexNumber: string;
}

/** Up to `limit` hits in no particular order, with what relevance and date order need. */
async function firstHits(db: Queryable, where: SQL | undefined, inTitle: SQL, inMetadata: SQL, limit: number): Promise<FoundHit[]> {
  // Within the search transaction. For a common word and a LIMIT the planner would walk the date
  // index and test every row's whole vector (read from TOAST); the GIN bitmap needs no such test.
  await db.execute(sql`set local enable_indexscan = off`);
  const rows = await db
    .select({
      id: documents.id,
      inTitle: sql<boolean>`${inTitle}`.mapWith(Boolean),
      inMetadata: sql<boolean>`${inMetadata}`.mapWith(Boolean),
      publishedAt: documents.publishedAt,
      indexNumber: documents.indexNumber,
    })
    .from(documents)
    .where(where)
    .limit(limit);
  await db.execute(sql`set local enable_indexscan = on`);
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

/** The order of `orderByFor` (relevance, date, date_asc), for hits already read. 索引号 are ASCII: code-unit order is the database's. */
function sortHits<T extends FoundHit>(hits: T[], sort: string): T[] {
  const newest = (a: T, b: T) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.indexNumber < b.indexNumber ? 1 : a.indexNumber > b.indexNumber ? -1 : 0);
  const compare =
    sort === "date_asc"
      ? (a: T, b: T) => -newest(a, b)
      : sort === "relevance"
        ? (a: T, b: T) => Number(b.inTitle) - Number(a.inTitle) || Number(b.inMetadata) - Number(a.inMetadata) || newest(a, b)
        : newest;
  return [...hits].sort(compare);
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

/** The ids of one page: sorted on narrow columns (a wide select list would be computed for every hit before the sort). */
async function pageIds(db: Queryable, where: SQL | undefined, orderBy: SQL[], limit: number, offset: number): Promise<string[]> {
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(where)
    .orderBy(...orderBy)
    .limit(limit)
    .offset(offset);
  return rows.map((row) => row.id);
}

/**
 * A relevance tier of a common term. `indexed` finds all its hits through a GIN index (then sorts
 * them: cost grows with the tier); `match` tests a row on inline columns only (title, 文号, 索引号,
 * 主题词, 内容概述), so a dense tier's newest rows can be found by walking the date index instead.
 */
interface Tier {
  indexed: SQL;
  filters?: SQL;
  match?: SQL;
}

/** Rows of the date walk looked at before giving up on it (a sparse tier); one page needs far fewer when the tier is dense. */
const WALK_BUDGET = 2000;

/**
 * One page of relevance order for a common term, tier after tier (title and metadata, title,
 * metadata, body only: the order of `orderByFor`), each newest first: a tier is read only as far as
 * the page needs, instead of sorting every hit.
 */
async function tieredPageIds(db: Queryable, tiers: Tier[], limit: number, offset: number): Promise<string[]> {
  const newestFirst = [desc(documents.publishedAt), desc(documents.indexNumber)];
  const ids: string[] = [];
  for (const tier of tiers) {
    const needed = offset + limit - ids.length;
    if (needed <= 0) break;
    const walked = tier.match && needed * 20 <= WALK_BUDGET ? await walkNewest(db, tier.filters, tier.match, needed) : [];
    ids.push(...(walked.length === needed ? walked : await pageIds(db, tier.indexed, newestFirst, needed, 0)));
  }
  return ids.slice(offset, offset + limit);
}

/**
 * The newest `needed` rows that match, looking at no more than WALK_BUDGET rows of the date index.
 * The outer query keeps the walk's order (no sort, no join above it), so it stops at the `needed`th match.
 */
async function walkNewest(db: Queryable, filters: SQL | undefined, match: SQL, needed: number): Promise<string[]> {
  const walk = db
    .select({ id: documents.id, match: sql<boolean>`${match}`.as("match") })
    .from(documents)
    .where(filters)
    .orderBy(desc(documents.publishedAt), desc(documents.indexNumber))
    .limit(WALK_BUDGET)
    .as("walk");
  const rows = await db.select({ id: walk.id }).from(walk).where(sql`${walk.match}`).limit(needed);
  return rows.map((row) => row.id);
}

/** The hits of one page (ids in page order) with their details, highlights and snippets. */
async function pageOfHits(
  db: Queryable,
  params: z.output<typeof searchParamsSchema>,
  query: ReturnType<typeof buildSearchQuery>,
  ids: string[],
  counted: { total: number; totalCapped: boolean },
): Promise<SearchResult> {
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
    ...counted,
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
      docNumberSegments: highlight(row.docNumber ?? "", terms),
      snippetSegments: hitSnippet(row.summary, row.bodyStart, terms),
    })),
  };
}

import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { agencies, documents } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { queryTokens, tokenize } from "./search-tokens";

/**
 * Published documents whose title, 主题词 or 内容概述 share most of the tokens of a free text — what
 * "这些信息可能已经公开" needs while an applicant types an item title. The catalogue search wants
 * every term (AND, confirmed as a substring), so a typed title found nothing unless it was nearly
 * a piece of a document's title; here the same tokens (search-tokens.ts) are matched with OR by the
 * head index (documents_search_head_idx: weights A title, B 文号/索引号/主题词, C 内容概述) and ranked
 * the way the catalogue ranks — the title before the descriptive fields — by the share of tokens found.
 */
export interface SimilarDocument {
  id: string;
  title: string;
  docNumber: string | null;
  agencyName: string;
  publishedAt: Date;
  score: number;
}

/** Tokens too weak to suggest anything on their own: single characters (implied by the bigrams). */
const meaningful = (token: string) => [...token].length > 1;

/** Candidates read per request, whatever the catalogue's size (the GIN bitmap stops there). */
const CANDIDATES = 500;
/** Re-ranked here after ts_rank's first cut. */
const RANKED = 50;
/** A suggestion shares at least this share of the text's tokens (title tokens count 1, others ½). */
export const MIN_SCORE = 0.4;

/**
 * The share of `tokens` a document covers: 1 for a token in its title, ½ for one only in its 主题词
 * or 内容概述 — the catalogue's order of relevance (title first, then the descriptive fields).
 */
export function similarityScore(tokens: readonly string[], doc: { title: string; keywords: string; summary: string }): number {
  if (tokens.length === 0) return 0;
  const inTitle = new Set(tokenize(doc.title));
  const inHead = new Set(tokenize(`${doc.keywords} ${doc.summary}`));
  const points = tokens.reduce((sum, token) => sum + (inTitle.has(token) ? 1 : inHead.has(token) ? 0.5 : 0), 0);
  return points / tokens.length;
}

/**
 * The tokens of the text that can tell documents apart: the agency's own name is in almost every
 * title of its catalogue (八里台镇…), so its tokens are left out when the search is within it.
 */
export function distinctiveTokens(text: string, agencyName?: string): string[] {
  const common = new Set(agencyName ? tokenize(agencyName) : []);
  return queryTokens(text.slice(0, 200)).filter((token) => meaningful(token) && !common.has(token)).slice(0, 40);
}

function quote(token: string): string {
  return `'${token.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

export async function searchSimilarDocuments(
  db: Queryable,
  { text, agencyCode, limit }: { text: string; agencyCode?: string; limit: number },
): Promise<SimilarDocument[]> {
  const agency = agencyCode
    ? (await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.code, agencyCode)).limit(1))[0]
    : undefined;
  if (agencyCode && !agency) return [];
  const tokens = distinctiveTokens(text, agency?.name);
  if (tokens.length === 0) return [];
  const anyToken = tokens.map(quote).join(" | ");
  const head = sql`ts_filter(${documents.searchTokens}, '{a,b,c}')`;
  const filters = and(eq(documents.status, "published"), agency ? eq(documents.agencyId, agency.id) : undefined, sql`${head} @@ ${anyToken}::tsquery`);
  const candidates = db.select({ id: documents.id }).from(documents).where(filters).limit(CANDIDATES);
  const rows = await db
    .select({
      id: documents.id,
      title: documents.title,
      docNumber: documents.docNumber,
      keywords: documents.keywords,
      summary: documents.summary,
      publishedAt: documents.publishedAt,
      agencyName: agencies.name,
    })
    .from(documents)
    .innerJoin(agencies, eq(agencies.id, documents.agencyId))
    .where(inArray(documents.id, candidates))
    .orderBy(sql`ts_rank(${head}, ${anyToken}::tsquery) desc`, desc(documents.publishedAt))
    .limit(RANKED);
  return rows
    .map((row) => ({ id: row.id, title: row.title, docNumber: row.docNumber, agencyName: row.agencyName, publishedAt: row.publishedAt!, score: similarityScore(tokens, row) }))
    .filter((row) => row.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, limit);
}

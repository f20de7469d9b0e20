import type { Queryable } from "@/db/types";
import { documentUrl } from "@/lib/documents/public";
import { searchSimilarDocuments } from "@/lib/documents/search-similar";
import { chinaDate } from "@/lib/documents/timeliness";

/**
 * "这些信息可能已经公开" (application-form.md): while the applicant types an item title, published
 * catalogue documents that may already answer it. The form depends only on this small interface.
 */
export interface DocumentSuggestion {
  id: string;
  title: string;
  docNumber: string | null;
  agencyName: string;
  publishedOn: string | null;
  url: string;
}

export type DocumentSuggester = (db: Queryable, query: { q: string; agencyCode?: string }) => Promise<DocumentSuggestion[]>;

export const MAX_SUGGESTIONS = 5;

/**
 * The catalogue's tokens and ranking over title, 主题词 and 内容概述 (lib/documents/search-similar.ts):
 * a typed title need not be a piece of a document's title to find it.
 */
export const suggestPublishedDocuments: DocumentSuggester = async (db, { q, agencyCode }) => {
  const text = q.trim();
  if ([...text].length < 2) return [];
  const hits = await searchSimilarDocuments(db, { text, agencyCode, limit: MAX_SUGGESTIONS });
  return hits.map((hit) => ({
    id: hit.id,
    title: hit.title,
    docNumber: hit.docNumber,
    agencyName: hit.agencyName,
    publishedOn: chinaDate(hit.publishedAt),
    url: documentUrl(hit.id),
  }));
};

import type { Queryable } from "@/db/types";
import { documentUrl } from "@/lib/documents/public";
import { searchDocuments } from "@/lib/documents/search";
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

/** The catalogue's search (published documents only), mapped to suggestions. */
export const searchCatalogue: DocumentSuggester = async (db, { q, agencyCode }) => {
  const result = await searchDocuments(db, { q, agencyCode: agencyCode ?? "", page: 1, pageSize: MAX_SUGGESTIONS });
  return result.items.map((item) => ({
    id: item.id,
    title: item.title,
    docNumber: item.docNumber,
    agencyName: item.agency.name,
    publishedOn: chinaDate(item.publishedAt),
    url: documentUrl(item.id),
  }));
};

export const suggestPublishedDocuments: DocumentSuggester = async (db, { q, agencyCode }) => {
  const query = q.trim();
  if ([...query].length < 2) return [];
  return (await searchCatalogue(db, { q: query.slice(0, 100), agencyCode })).slice(0, MAX_SUGGESTIONS);
};

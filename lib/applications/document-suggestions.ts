import type { Queryable } from "@/db/types";

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
 * ADAPTER PENDING: the catalogue (lib/documents `searchDocuments`) is being built in another
 * worktree and is not on main yet. Until it lands this suggests nothing; wiring it is a one-line
 * change here (map its hits to DocumentSuggestion).
 */
export const catalogueNotYetAvailable: DocumentSuggester = async () => [];

export const suggestPublishedDocuments: DocumentSuggester = async (db, { q, agencyCode }) => {
  const query = q.trim();
  if ([...query].length < 2) return [];
  return (await catalogueNotYetAvailable(db, { q: query.slice(0, 100), agencyCode })).slice(0, MAX_SUGGESTIONS);
};

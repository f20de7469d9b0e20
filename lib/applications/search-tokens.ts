import { asc, eq } from "drizzle-orm";
import { applications, requestItems } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { buildSearchVector } from "@/lib/documents/search-tokens";

type SearchableItem = { title: string; docNumber?: string | null; indexNumber?: string | null; description: string };

/**
 * The inbox's search columns of one application: the applicant's name (weight A) and each request
 * item's title, 文号, 索引号 and description (D) as character bigrams (the catalogue's tokenizer:
 * Chinese has no spaces, and pg_trgm cannot serve two-character queries), and the same text in
 * one column so a hit is confirmed by one ILIKE instead of a look into every request item.
 */
export function applicationSearchColumns(applicantName: string, items: readonly SearchableItem[]): { searchTokens: string; searchText: string } {
  const texts = items.flatMap((item) => [item.title, item.docNumber ?? "", item.indexNumber ?? "", item.description]);
  return {
    searchTokens: buildSearchVector([{ text: applicantName, weight: "A" }, ...texts.map((text) => ({ text, weight: "D" as const }))]),
    searchText: [applicantName, ...texts].filter(Boolean).join("\n").normalize("NFKC"),
  };
}

/** Rebuild the vector from the stored name and items: after filing, a correction of the items, a split. */
export async function refreshApplicationSearch(tx: Queryable, applicationId: string): Promise<void> {
  const [row] = await tx.select({ name: applications.applicantName }).from(applications).where(eq(applications.id, applicationId));
  if (!row) return;
  const items = await tx
    .select({ title: requestItems.title, docNumber: requestItems.docNumber, indexNumber: requestItems.indexNumber, description: requestItems.description })
    .from(requestItems)
    .where(eq(requestItems.applicationId, applicationId))
    .orderBy(asc(requestItems.position));
  await tx.update(applications).set(applicationSearchColumns(row.name, items)).where(eq(applications.id, applicationId));
}

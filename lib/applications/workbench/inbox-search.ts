import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { applications } from "@/db/schema";
import { buildSearchQuery, likePattern } from "@/lib/documents/search-tokens";
import { normalizePhone } from "../phone";
import { hashTrackingCode, isWellFormedTrackingCode } from "../tracking-code";

/** What may be a phone number: digits with the usual separators, at least 7 digits. */
const PHONE_LIKE = /^\+?[\d\s()-]+$/;

/**
 * The inbox search: one box for the case number (exact), the 查询码 (hashed the way it is stored —
 * the code itself is never kept), the phone number (normalised like the stored one), and words of
 * the applicant's name or the request text (bigram tsvector narrowed by its GIN index, each term
 * then confirmed with (I)LIKE). Any of them matching lists the application.
 */
export function inboxSearchCondition(raw: string): SQL | undefined {
  const q = raw.normalize("NFKC").trim();
  if (q === "") return undefined;
  const ways: SQL[] = [eq(applications.caseNumber, q)];
  if (isWellFormedTrackingCode(q)) ways.push(eq(applications.trackingCodeHash, hashTrackingCode(q)));
  const phone = PHONE_LIKE.test(q) ? normalizePhone(q) : "";
  if (phone.replace(/\D/g, "").length >= 7) ways.push(eq(applications.phoneNormalized, phone));
  const words = buildSearchQuery(q);
  if (words) {
    const confirmed = words.terms.map((term) => {
      const pattern = likePattern(term);
      // A term without upper or lower case (Han characters, digits) matches alike either way; LIKE
      // spares lower-casing every candidate's text, which a word in every request makes thousands.
      const caseless = term.toLowerCase() === term.toUpperCase();
      return caseless ? sql`${applications.searchText} like ${pattern}` : sql`${applications.searchText} ilike ${pattern}`;
    });
    ways.push(and(sql`${applications.searchTokens} @@ ${words.tsquery}::tsquery`, ...confirmed)!);
  }
  return or(...ways);
}

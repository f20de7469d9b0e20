import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { applications, requestItems } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { STATUS_LABELS, type ApplicationStatus } from "@/lib/workflow/status";

/** The earlier application a later one repeats (条例第三十六条第（六）项). */
export interface EarlierApplication {
  id: string;
  caseNumber: string;
  status: ApplicationStatus;
  statusLabel: string;
}

/** Request text as compared: every item's title and description in order, without case or spacing. */
export function requestTextKey(items: readonly { title: string; description: string }[]): string {
  return items.map((item) => `${item.title}\u0001${item.description}`.toLowerCase().replace(/\s+/g, "")).join("\u0002");
}

/**
 * 疑似重复申请: for each given application of the agency, the latest earlier one (submitted before
 * it) by the same applicant (the keyed ID-number hash) with the same request text. 条例第三十六条
 * 第（六）项 lets the agency answer a repeat of an application it has already answered with
 * 不予重复处理; the flag only points the clerk to the earlier case, who decides. Withdrawn
 * applications are no earlier answer, and applications of one split (一事一申请) are not repeats of
 * each other.
 */
export async function findEarlierRepeats(db: Queryable, agencyId: string, ids: readonly string[]): Promise<Map<string, EarlierApplication>> {
  const found = new Map<string, EarlierApplication>();
  if (ids.length === 0) return found;
  const earlier = alias(applications, "earlier");
  const pairs = await db
    .select({ laterId: applications.id, id: earlier.id, caseNumber: earlier.caseNumber, status: earlier.status, submittedAt: earlier.submittedAt })
    .from(applications)
    .innerJoin(
      earlier,
      and(
        eq(earlier.agencyId, applications.agencyId),
        eq(earlier.idNumberHash, applications.idNumberHash),
        lt(earlier.submittedAt, applications.submittedAt),
        sql`${earlier.decision} is distinct from 'withdrawn'`,
        // Not the same split: parent ↔ sub-application, or two sub-applications of one parent.
        sql`${earlier.id} is distinct from ${applications.parentId}`,
        sql`${earlier.parentId} is distinct from ${applications.id}`,
        sql`(${earlier.parentId} is null or ${earlier.parentId} is distinct from ${applications.parentId})`,
      ),
    )
    .where(and(eq(applications.agencyId, agencyId), inArray(applications.id, [...ids])))
    .orderBy(asc(earlier.submittedAt));
  if (pairs.length === 0) return found;

  const involved = [...new Set([...pairs.map((p) => p.laterId), ...pairs.map((p) => p.id)])];
  const items = await db
    .select({ applicationId: requestItems.applicationId, title: requestItems.title, description: requestItems.description })
    .from(requestItems)
    .where(inArray(requestItems.applicationId, involved))
    .orderBy(asc(requestItems.applicationId), asc(requestItems.position));
  const byApplication = new Map<string, { title: string; description: string }[]>();
  for (const item of items) byApplication.set(item.applicationId, [...(byApplication.get(item.applicationId) ?? []), item]);
  const keyOf = (id: string) => {
    const list = byApplication.get(id);
    return list && list.length > 0 ? requestTextKey(list) : null;
  };

  // Ordered oldest first, so the last match kept is the latest earlier application.
  for (const pair of pairs) {
    const key = keyOf(pair.laterId);
    if (key !== null && key === keyOf(pair.id)) {
      found.set(pair.laterId, { id: pair.id, caseNumber: pair.caseNumber, status: pair.status, statusLabel: STATUS_LABELS[pair.status] });
    }
  }
  return found;
}

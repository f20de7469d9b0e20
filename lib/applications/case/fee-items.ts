import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { applicationEvents, applications } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assignItemNumbers } from "@/lib/fees";
import type { CaseFile } from "./load";
import { eventsOfType, parseLedgerEvent } from "./ledger";

const time = (value: unknown) => (value == null ? Number.POSITIVE_INFINITY : new Date(value as string | Date).getTime());

/**
 * This application's 按件计收 item number (fees.md §1): the applicant's received applications to
 * this agency in the natural month of receivedOn, counted by identity (not by account), ordered by
 * (receivedOn, time receipt was confirmed or registered, caseNumber). A split parent is not an item
 * (its sub-applications are). Numbers priced in an issued fee notice stay frozen (lib/fees), and so
 * do those of a proposal awaiting the reviewer's approval.
 */
export async function itemNumberOf(q: Queryable, file: CaseFile): Promise<number> {
  const month = file.row.receivedOn!.slice(0, 7);
  const receivedAt = sql<string | Date | null>`(select min(e.at) from application_events e where e.application_id = ${applications.id} and e.type = 'received')`;
  const rows = await q
    .select({ id: applications.id, receivedOn: applications.receivedOn, caseNumber: applications.caseNumber, receivedAt })
    .from(applications)
    .where(
      and(
        eq(applications.agencyId, file.row.agencyId),
        eq(applications.idNumberHash, file.row.idNumberHash),
        isNotNull(applications.receivedOn),
        sql`to_char(${applications.receivedOn}, 'YYYY-MM') = ${month}`,
        sql`not exists (select 1 from applications c where c.parent_id = ${applications.id})`,
      ),
    );
  rows.sort(
    (a, b) =>
      a.receivedOn!.localeCompare(b.receivedOn!) || time(a.receivedAt) - time(b.receivedAt) || a.caseNumber.localeCompare(b.caseNumber),
  );
  const ids = rows.map((r) => r.id);
  const feeEvents = ids.length
    ? await q
        .select({ applicationId: applicationEvents.applicationId, type: applicationEvents.type, payload: applicationEvents.payload })
        .from(applicationEvents)
        .where(and(inArray(applicationEvents.applicationId, ids), inArray(applicationEvents.type, ["feeProposed", "feeRefused"])))
    : [];
  // A proposal awaiting approval holds its numbers too, so the notice it becomes never shares a
  // number with another; a refused proposal priced nothing and gives them back.
  const typed = feeEvents.flatMap((e) => {
    const event = parseLedgerEvent(e.type, e.payload);
    return event ? [{ applicationId: e.applicationId, ...event }] : [];
  });
  const key = (e: { applicationId: string; payload: { pauseId: string } }) => `${e.applicationId}/${e.payload.pauseId}`;
  const refused = new Set(eventsOfType(typed, "feeRefused").map(key));
  const frozen = new Map<string, readonly number[]>();
  for (const e of eventsOfType(typed, "feeProposed")) {
    const count = e.payload.count;
    if (count?.method !== "perItem" || refused.has(key(e))) continue;
    frozen.set(e.applicationId, count.itemNumbers ?? []);
  }
  const numbers = assignItemNumbers(rows.map((r) => ({ id: r.id, frozen: frozen.get(r.id) ?? [] })));
  return numbers.get(file.row.id)![0]!;
}

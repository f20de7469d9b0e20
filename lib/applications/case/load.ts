import { asc, count, eq } from "drizzle-orm";
import { agencies, applicationEvents, applications, requestItems } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { readAgencyPolicy, type AgencyPolicy } from "@/lib/agencies/policy";
import type { Calendar, LocalDate } from "@/lib/calendar";
import { computeClock, type ClockState } from "@/lib/clock";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";
import { isUuid } from "@/lib/validation/uuid";
import { clockEventsFromLedger } from "../clock-events";
import { clockPolicyOf } from "../clock-view";
import { ledgerRowsOf, type LedgerRow } from "./ledger";
import type { CaseFile } from "./case-file";
import { snapshotOf } from "./snapshot";

export type { CaseFile };


/** lib/clock over the ledger rows (the stored replyDueOn is only its cache). */
export function clockOf(events: readonly LedgerRow[], calendar: Calendar, policy: AgencyPolicy, today: LocalDate): ClockState | null {
  const clockEvents = clockEventsFromLedger(events);
  if (!clockEvents.some((e) => e.type === "received")) return null;
  return computeClock(clockEvents, calendar, clockPolicyOf(policy), today);
}

/**
 * Load an application with its ledger. With `lock`, the application row is taken FOR UPDATE first,
 * so two staff acting on it at once queue and the second one judges the first one's result.
 */
export async function loadCase(q: Queryable, id: string, today: LocalDate, { lock = false } = {}): Promise<CaseFile | null> {
  if (!isUuid(id)) return null;
  const query = q.select().from(applications).where(eq(applications.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) return null;
  // Issued together: postgres.js pipelines them on the transaction's connection (one round trip, not four).
  const [[agency], storedEvents, items, [children], calendar] = await Promise.all([
    q.select().from(agencies).where(eq(agencies.id, row.agencyId)),
    q.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).orderBy(asc(applicationEvents.seq)),
    q.select().from(requestItems).where(eq(requestItems.applicationId, id)).orderBy(asc(requestItems.position)),
    q.select({ n: count() }).from(applications).where(eq(applications.parentId, id)),
    getWorkingCalendar(q),
  ]);
  const events = ledgerRowsOf(storedEvents);
  const policy = readAgencyPolicy(agency!.policy);
  const clock = clockOf(events, calendar, policy, today);
  const snapshot = snapshotOf(row, events, { requestItemCount: items.length, subApplicationCount: Number(children?.n ?? 0) });
  // Before receipt no guard reads the clock (only confirmReceipt, notes, assignment and withdrawal
  // apply); the rules still need a state, so give them the one receipt today would start.
  const envClock = clock ?? computeClock([{ type: "received", on: today }], calendar, clockPolicyOf(policy), today);
  return { row, agency: agency!, policy, events, items, snapshot, clock, env: { calendar, policy, clock: envClock }, calendar, today };
}

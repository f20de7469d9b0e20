import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { applicationEvents, users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import type { Role } from "@/lib/auth/roles";
import { parseLedgerEvent } from "../case/ledger";

export interface StaffRecipient {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Enabled staff of the agency with an e-mail address, matching `who`. */
async function staffWithEmail(q: Queryable, agencyId: string, who: SQL): Promise<StaffRecipient[]> {
  const staff = await q
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.disabled, false), who));
  return staff.filter((s): s is StaffRecipient => !!s.email);
}

/**
 * Who handles an application, for reminders and notices: the staff member last assigned
 * (指定经办人); before any assignment, the clerk who confirmed receipt (or registered it); failing
 * that (or when that account is disabled or has no e-mail), every clerk of the agency, so a notice
 * never goes nowhere.
 */
export async function assigneesOf(q: Queryable, applicationId: string, agencyId: string): Promise<StaffRecipient[]> {
  const [handled] = await q
    .select({ type: applicationEvents.type, actorId: applicationEvents.actorId, payload: applicationEvents.payload })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, applicationId), inArray(applicationEvents.type, ["assigned", "received"])))
    .orderBy(desc(applicationEvents.seq))
    .limit(1);
  const event = handled ? parseLedgerEvent(handled.type, handled.payload) : null;
  const userId = event?.type === "assigned" ? event.payload.assigneeId : handled?.actorId;
  const assignee = userId ? await staffWithEmail(q, agencyId, eq(users.id, userId)) : [];
  return assignee.length > 0 ? assignee : staffWithEmail(q, agencyId, eq(users.role, "clerk"));
}

/** The agency's clerks and reviewers: who reads the daily digest of overdue applications. */
export function digestReaders(q: Queryable, agencyId: string): Promise<StaffRecipient[]> {
  return staffWithEmail(q, agencyId, inArray(users.role, ["clerk", "reviewer"]));
}

import { and, asc, eq } from "drizzle-orm";
import { agencies, applicationEvents, applications, type ApplicationRow } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { STATUS_LABELS, type ApplicationStatus } from "@/lib/workflow/status";
import { applicantClock } from "./clock-view";
import { eventLabel } from "./events";
import type { ClockView } from "./clock-view";

export interface TimelineEntry {
  at: string;
  type: string;
  label: string;
  basis: string | null;
}

/** What an applicant may see of an application's progress: no personal data beyond need. */
export interface ApplicationStatusView {
  caseNumber: string;
  agency: { code: string; name: string };
  status: ApplicationStatus;
  statusLabel: string;
  archived: boolean;
  submittedAt: string;
  receivedOn: string | null;
  replyDueOn: string | null;
  clock: ClockView;
  events: TimelineEntry[];
}

export async function applicantTimeline(db: Queryable, applicationId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .select({ at: applicationEvents.at, type: applicationEvents.type, basis: applicationEvents.basis })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.applicantVisible, true)))
    .orderBy(asc(applicationEvents.seq));
  return rows.map((row) => ({ at: row.at.toISOString(), type: row.type, label: eventLabel(row.type), basis: row.basis }));
}

export async function statusView(db: Queryable, application: ApplicationRow, now: Date): Promise<ApplicationStatusView> {
  const [agency] = await db.select({ code: agencies.code, name: agencies.name }).from(agencies).where(eq(agencies.id, application.agencyId));
  const clock = await applicantClock(db, application, now);
  return {
    caseNumber: application.caseNumber,
    agency: agency!,
    status: application.status,
    statusLabel: STATUS_LABELS[application.status],
    archived: application.archived,
    submittedAt: application.submittedAt.toISOString(),
    receivedOn: application.receivedOn,
    replyDueOn: clock.replyDueOn,
    clock,
    events: await applicantTimeline(db, application.id),
  };
}

/** A sub-application (一事一申请) as its applicant sees it in the list under the split application. */
export interface SubApplicationSummary {
  id: string;
  caseNumber: string;
  status: ApplicationStatus;
  statusLabel: string;
  receivedOn: string | null;
  replyDueOn: string | null;
}

/** The sub-applications split from this application, in case-number order (`-1`, `-2`, …). */
export async function listSubApplications(db: Queryable, parentId: string): Promise<SubApplicationSummary[]> {
  const rows = await db
    .select({
      id: applications.id,
      caseNumber: applications.caseNumber,
      status: applications.status,
      receivedOn: applications.receivedOn,
      replyDueOn: applications.replyDueOn,
    })
    .from(applications)
    .where(eq(applications.parentId, parentId));
  return rows
    .sort((a, b) => a.caseNumber.localeCompare(b.caseNumber, "en", { numeric: true }))
    .map((row) => ({ ...row, statusLabel: STATUS_LABELS[row.status] }));
}

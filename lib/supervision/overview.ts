import { isNull } from "drizzle-orm";
import { listAgencies } from "@/db/queries/agencies";
import { listReportYears } from "@/db/queries/annual-report-records";
import { overdueApplications, queuesByAgency } from "@/db/queries/supervision";
import { supervisionNotes } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { defaultReportYear, reportDueOn } from "@/lib/annual-report/due-date";
import type { Actor } from "@/lib/auth/roles";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";
import { chinaToday } from "@/lib/validation/china-date";
import { STATUS_LABELS } from "@/lib/workflow/status";
import { assertSupervisor } from "./access";

/** Working days ahead that count as "due soon" on the supervision page (the reminders' longest lead, Policy default 3, rounded up to a week). */
export const DUE_SOON_WORKING_DAYS = 5;

export interface AgencySupervision {
  agencyId: string;
  code: string;
  name: string;
  open: number;
  dueSoon: number;
  overdue: number;
  unansweredFeeNotices: number;
  /** Last year's 年度报告 (条例第四十九条: by the agency's due date, Policy default 1月31日), if it is late. */
  lateReport: { year: number; dueOn: string } | null;
  /** The overdue cases by number (no applicant data: 督办 needs none). */
  overdueCases: { caseNumber: string; statusLabel: string; replyDueOn: string | null }[];
  /** 督办 notes the agency has not yet marked handled. */
  openNotes: number;
}

export interface SupervisionOverview {
  today: string;
  dueSoonBy: string;
  agencies: AgencySupervision[];
}

/**
 * The 政务公开办's page (issue 15.2): every agency's open, due-soon and overdue applications, the fee
 * notices waiting for the applicant, a late annual report, and the 督办 notes still open. Counts and
 * case numbers only: supervisors take no step on a case and see no personal data.
 */
export async function loadSupervisionOverview(db: Queryable, actor: Actor | null, now = new Date()): Promise<SupervisionOverview> {
  await assertSupervisor(db, actor);
  const today = chinaToday(now);
  const calendar = await getWorkingCalendar(db);
  let dueSoonBy = today;
  try {
    dueSoonBy = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
  } catch {
    // A year without its 放假安排: "due soon" then stops at today.
  }
  const [agencies, queues, notes] = await Promise.all([
    listAgencies(db),
    queuesByAgency(db, today, dueSoonBy),
    db.select({ agencyId: supervisionNotes.agencyId }).from(supervisionNotes).where(isNull(supervisionNotes.handledAt)),
  ]);
  const lastYear = defaultReportYear(today);
  const rows = await Promise.all(
    agencies.map(async (agency): Promise<AgencySupervision> => {
      const queue = queues.find((q) => q.agencyId === agency.id);
      const dueOn = reportDueOn(lastYear, readAgencyPolicy(agency.policy));
      const published = (await listReportYears(db, agency.id)).some((r) => r.year === lastYear && r.status === "published");
      const overdue = await overdueApplications(db, agency.id, today);
      return {
        agencyId: agency.id,
        code: agency.code,
        name: agency.name,
        open: queue?.open ?? 0,
        dueSoon: queue?.dueSoon ?? 0,
        overdue: queue?.overdue ?? 0,
        unansweredFeeNotices: queue?.unansweredFeeNotices ?? 0,
        lateReport: !published && today > dueOn ? { year: lastYear, dueOn } : null,
        overdueCases: overdue.map((c) => ({ caseNumber: c.caseNumber, statusLabel: STATUS_LABELS[c.status], replyDueOn: c.replyDueOn })),
        openNotes: notes.filter((n) => n.agencyId === agency.id).length,
      };
    }),
  );
  return { today, dueSoonBy, agencies: rows };
}


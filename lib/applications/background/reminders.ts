import { and, asc, count, eq, gte, inArray, isNull, lt, lte, or } from "drizzle-orm";
import { agencies, applications, sentNotices } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { provisionalLabel, type Calendar, type LocalDate } from "@/lib/calendar";
import { enqueueMail } from "@/lib/mail/outbox";
import { chinaDate } from "@/lib/validation/china-date";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";
import { assigneesOf, digestReaders, type StaffRecipient } from "./assignee";
import { publicUrl } from "@/lib/config";

/** The statuses whose reply clock runs (a correction or an unconfirmed receipt has no due date). */
const RUNNING = ["in_progress", "in_review"] as const;
/** The daily digest goes out on working days from this hour (Asia/Shanghai), when the office opens. */
export const DIGEST_HOUR = 8;
const DIGEST_ROWS = 100;

export interface ReminderReport {
  reminders: number;
  digests: number;
}

function safe<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined; // a date in a year without a published calendar: nothing to remind yet
  }
}

/**
 * The reminder a due date calls for: the smallest of the agency's thresholds (workflow.md §4
 * Policy default 3 and 1 working days) that the days left have reached. A worker that missed the
 * exact day still sends the one that applies, and never both at once.
 */
export function reminderThreshold(workingDaysLeft: number, thresholds: readonly number[]): number | null {
  const reached = thresholds.filter((t) => workingDaysLeft <= t);
  return reached.length > 0 ? Math.min(...reached) : null;
}

/**
 * Remind the assignee before a reply due date and send each agency's daily digest of overdue
 * applications. Every message is recorded in `sent_notices` by a key in the same transaction as
 * its outbox row, so a re-run or a second worker never sends it twice. `now` is a parameter so
 * tests can move the clock.
 */
export async function sendReminders(db: Db, now: Date): Promise<ReminderReport> {
  const today = chinaDate(now);
  const calendar = await getWorkingCalendar(db);
  const report: ReminderReport = { reminders: 0, digests: 0 };
  for (const agency of await db.select({ id: agencies.id, policy: agencies.policy }).from(agencies)) {
    const thresholds = readAgencyPolicy(agency.policy).reminderWorkingDays;
    report.reminders += await remindAgency(db, agency.id, thresholds, calendar, today);
    if (isDigestTime(now, calendar)) report.digests += await sendDigest(db, agency.id, calendar, today);
  }
  return report;
}

const isDigestTime = (now: Date, calendar: Calendar) =>
  new Date(now.getTime() + 8 * 3_600_000).getUTCHours() >= DIGEST_HOUR && safe(() => calendar.isWorkingDay(chinaDate(now))) === true;

async function remindAgency(db: Db, agencyId: string, thresholds: readonly number[], calendar: Calendar, today: LocalDate): Promise<number> {
  if (thresholds.length === 0) return 0;
  const reach = Math.max(...thresholds);
  const horizon = safe(() => calendar.addWorkingDays(today, reach)) ?? safe(() => calendar.provisional?.addWorkingDays(today, reach));
  if (!horizon) return 0;
  const due = await db
    .select({
      id: applications.id,
      caseNumber: applications.caseNumber,
      replyDueOn: applications.replyDueOn,
      provisionalReplyDueOn: applications.provisionalReplyDueOn,
    })
    .from(applications)
    .where(
      and(
        eq(applications.agencyId, agencyId),
        inArray(applications.status, RUNNING),
        eq(applications.archived, false),
        or(
          and(gte(applications.replyDueOn, today), lte(applications.replyDueOn, horizon)),
          // Before the year's 放假安排 is published the clerk is reminded by the provisional estimate.
          and(isNull(applications.replyDueOn), gte(applications.provisionalReplyDueOn, today), lte(applications.provisionalReplyDueOn, horizon)),
        ),
      ),
    );
  const wanted = due.flatMap((application) => {
    const estimate = application.replyDueOn === null ? application.provisionalReplyDueOn! : null;
    const dueOn = application.replyDueOn ?? estimate!;
    const left = safe(() => (estimate ? calendar.provisional!.workingDaysBetween(today, estimate) : calendar.workingDaysBetween(today, dueOn)));
    const threshold = left === undefined ? null : reminderThreshold(left, thresholds);
    if (threshold === null) return [];
    const dueLabel = estimate ? provisionalLabel(estimate, Number(estimate.slice(0, 4))) : dueOn;
    return [{ ...application, left: left!, dueLabel, key: `reminder:${application.id}:${estimate ? "p" : ""}${dueOn}:${threshold}` }];
  });
  if (wanted.length === 0) return 0;
  // Most were sent on an earlier pass: skip them without a transaction each (sendOnce still decides).
  const done = new Set(
    (await db.select({ key: sentNotices.key }).from(sentNotices).where(inArray(sentNotices.key, wanted.map((w) => w.key)))).map((r) => r.key),
  );
  let sent = 0;
  for (const application of wanted.filter((w) => !done.has(w.key))) {
    const { left, key } = application;
    const claimed = await sendOnce(db, { key, kind: "reminder", agencyId, applicationId: application.id }, async (tx) => {
      for (const staff of await assigneesOf(tx, application.id, agencyId)) {
        await enqueueMail(tx, {
          kind: "worker_reminder",
          applicationId: application.id,
          to: staff.email,
          subject: `答复期限提醒：${application.caseNumber}${left === 0 ? "今天到期" : `还剩${left}个工作日`}`,
          text: `${staff.name}：\n申请 ${application.caseNumber} 的答复期限为 ${application.dueLabel}（${left === 0 ? "今天到期" : `还剩${left}个工作日`}），请及时办理（条例第三十三条）。\n办理页面：${publicUrl(`/staff/applications/${application.id}`)}`,
        });
      }
    });
    if (claimed) sent++;
  }
  return sent;
}

async function sendDigest(db: Db, agencyId: string, calendar: Calendar, today: LocalDate): Promise<number> {
  const overdue = and(
    eq(applications.agencyId, agencyId),
    inArray(applications.status, RUNNING),
    eq(applications.archived, false),
    lt(applications.replyDueOn, today),
  );
  const [total] = await db.select({ n: count() }).from(applications).where(overdue);
  const n = Number(total?.n ?? 0);
  if (n === 0) return 0;
  const claimed = await sendOnce(db, { key: `digest:${agencyId}:${today}`, kind: "digest", agencyId, applicationId: null }, async (tx) => {
    const rows = await tx
      .select({ id: applications.id, caseNumber: applications.caseNumber, replyDueOn: applications.replyDueOn })
      .from(applications)
      .where(overdue)
      .orderBy(asc(applications.replyDueOn), asc(applications.caseNumber))
      .limit(DIGEST_ROWS);
    const lines = rows.map((r) => {
      const late = safe(() => calendar.workingDaysBetween(r.replyDueOn!, today));
      return `${r.caseNumber}　答复期限 ${r.replyDueOn}　${late === undefined ? "已逾期" : `已逾期${late}个工作日`}`;
    });
    if (n > rows.length) lines.push(`……另有${n - rows.length}件，请在工作台筛选“已逾期”查看。`);
    for (const reader of await digestReaders(tx, agencyId)) await enqueueMail(tx, digestMail(reader, today, n, lines));
  });
  return claimed ? 1 : 0;
}

function digestMail(reader: StaffRecipient, today: LocalDate, n: number, lines: string[]) {
  return {
    kind: "worker_digest",
    to: reader.email,
    subject: `逾期未答复申请日报（${today}）：${n}件`,
    text: `${reader.name}：\n截至${today}，本机关有${n}件申请已超过答复期限仍未答复（条例第三十三条）：\n${lines.join("\n")}\n工作台：${publicUrl("/staff/applications?overdue=1")}`,
  };
}

/**
 * Record the message's key and queue it in one transaction; false when the key was already there
 * (sent before, or by another worker that got there first — its insert holds the key until it commits).
 */
async function sendOnce(
  db: Db,
  notice: { key: string; kind: string; agencyId: string; applicationId: string | null },
  send: (tx: Queryable) => Promise<void>,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(sentNotices).values(notice).onConflictDoNothing().returning({ key: sentNotices.key });
    if (inserted.length === 0) return false;
    await send(tx);
    return true;
  });
}

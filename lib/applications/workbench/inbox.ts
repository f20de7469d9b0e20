import { and, desc, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import { agencies, applicationEvents, applications } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { compareLocalDate, type Calendar, type LocalDate } from "@/lib/calendar";
import { ValidationError } from "@/lib/errors";
import { chinaDate } from "@/lib/validation/china-date";
import { fieldErrors, z } from "@/lib/validation/zod";
import { APPLICATION_STATUSES, isFinished, STATUS_LABELS, type ApplicationStatus } from "@/lib/workflow/status";
import { getWorkingCalendar } from "@/lib/working-calendar";
import { APPLICANT_TYPES, APPLICATION_CHANNELS } from "../vocabulary";

/** Who works the inbox: the agency's clerks and reviewers (and its admin, who assigns). */
export const WORKBENCH_ROLES = ["clerk", "reviewer", "admin"] as const;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
export const inboxFilterSchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(APPLICATION_STATUSES, "办理状态无效。").optional()),
  channel: z.preprocess(blankToUndefined, z.enum(APPLICATION_CHANNELS, "申请方式无效。").optional()),
  applicantType: z.preprocess(blankToUndefined, z.enum(APPLICANT_TYPES, "申请人类型无效。").optional()),
  overdue: z.preprocess(blankToUndefined, z.literal("1").optional()),
  dueWithin: z.preprocess(blankToUndefined, z.coerce.number<number>().int("请填写整数。").min(0, "请填写0至60之间的整数。").max(60, "请填写0至60之间的整数。").optional()),
});
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

/** The inbox's three queues, in the order staff work them (workflow.md §2, §4). */
export type InboxQueue = "unconfirmed" | "correctionExpired" | "open" | "finished";
export const QUEUE_LABELS: Record<InboxQueue, string> = {
  unconfirmed: "待确认收到",
  correctionExpired: "补正期限已届满，待确认",
  open: "办理中",
  finished: "已办结",
};

export type Urgency = "overdue" | "dueSoon" | "normal" | "none";

export interface InboxRow {
  id: string;
  caseNumber: string;
  applicantName: string;
  applicantType: string;
  channel: string;
  status: ApplicationStatus;
  statusLabel: string;
  archived: boolean;
  submittedOn: LocalDate;
  receivedOn: LocalDate | null;
  replyDueOn: LocalDate | null;
  queue: InboxQueue;
  urgency: Urgency;
  /** Text beside the colour (never colour alone): 已逾期N个工作日 / 还剩N个工作日 / 待确认超过N个工作日. */
  urgencyText: string;
  correctionDueOn: LocalDate | null;
}

export interface Inbox {
  rows: InboxRow[];
  counts: Record<InboxQueue, number> & { overdue: number; dueSoon: number; total: number };
  filter: InboxFilter;
}

/** Within this many working days a due date is shown as 即将到期 (the reminder Policy default, 3). */
export const DUE_SOON_WORKING_DAYS = 3;

function safe<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined; // a year without a published calendar: shown as 待定, never blocks the list
  }
}

const QUEUE_ORDER: Record<InboxQueue, number> = { unconfirmed: 0, correctionExpired: 1, open: 2, finished: 3 };

/**
 * 工作台收件箱: unconfirmed online applications first (workflow.md §2 Policy default, flagged when
 * older than the agency's setting), then the 补正期限已届满，待确认 queue, then by due date; overdue
 * and due-soon are told by text and colour. Only the actor's own agency.
 */
export async function listInbox(db: Queryable, actor: Actor, rawFilter: unknown, now = new Date()): Promise<Inbox> {
  assertRole(actor, WORKBENCH_ROLES);
  const parsed = inboxFilterSchema.safeParse(rawFilter ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const filter = parsed.data;
  const today = chinaDate(now);
  const [agency] = await db.select({ policy: agencies.policy }).from(agencies).where(eq(agencies.id, actor.agencyId!));
  const policy = readAgencyPolicy(agency?.policy);
  const calendar = await getWorkingCalendar(db);

  const conditions: SQL[] = [eq(applications.agencyId, actor.agencyId!)];
  if (filter.status) conditions.push(eq(applications.status, filter.status));
  if (filter.channel) conditions.push(eq(applications.channel, filter.channel));
  if (filter.applicantType) conditions.push(eq(applications.applicantType, filter.applicantType));
  const rows = await db
    .select({
      ...getTableColumns(applications),
      // 一事一申请: a split application is handled in its sub-applications.
      // (Spelled out: drizzle leaves a single table's columns unqualified in the select list.)
      split: sql<boolean>`exists (select 1 from applications c where c.parent_id = "applications"."id")`,
    })
    .from(applications)
    .where(and(...conditions))
    .orderBy(desc(applications.submittedAt))
    .limit(1000);

  const waiting = rows.filter((r) => r.status === "awaiting_correction").map((r) => r.id);
  const corrections = waiting.length
    ? await db
        .select({ applicationId: applicationEvents.applicationId, type: applicationEvents.type, payload: applicationEvents.payload })
        .from(applicationEvents)
        .where(and(inArray(applicationEvents.applicationId, waiting), inArray(applicationEvents.type, ["correctionRequested", "correctionAnswered"])))
    : [];
  const dueOf = new Map<string, { dueOn: string | null; answered: boolean }>();
  for (const c of corrections) {
    const entry = dueOf.get(c.applicationId) ?? { dueOn: null, answered: false };
    if (c.type === "correctionRequested") entry.dueOn = typeof c.payload.correctionDueOn === "string" ? c.payload.correctionDueOn : null;
    else entry.answered = true;
    dueOf.set(c.applicationId, entry);
  }

  const soonLimit = safe(() => calendar.addWorkingDays(today, filter.dueWithin ?? DUE_SOON_WORKING_DAYS));
  const all = rows.map((r): InboxRow => {
    const submittedOn = chinaDate(r.submittedAt);
    const correction = dueOf.get(r.id);
    const correctionExpired =
      r.status === "awaiting_correction" && !correction?.answered && !!correction?.dueOn && compareLocalDate(today, correction.dueOn) > 0;
    // workflow.md §4: an online correction is received only when staff confirm it, so an answered
    // correction waits in the first queue beside unconfirmed online applications.
    const correctionToConfirm = r.status === "awaiting_correction" && !!correction?.answered;
    const queue: InboxQueue = isFinished(r.status)
      ? "finished"
      : r.status === "submitted" || correctionToConfirm
        ? "unconfirmed"
        : correctionExpired
          ? "correctionExpired"
          : "open";
    return {
      id: r.id,
      caseNumber: r.caseNumber,
      applicantName: r.applicantName,
      applicantType: r.applicantType,
      channel: r.channel,
      status: r.status,
      statusLabel: STATUS_LABELS[r.status],
      archived: r.archived,
      submittedOn,
      receivedOn: r.receivedOn,
      replyDueOn: r.replyDueOn,
      queue,
      correctionDueOn: correction?.dueOn ?? null,
      ...(r.split
        ? { urgency: "none" as const, urgencyText: "已拆分，在拆分后的申请中办理" }
        : correctionToConfirm
        ? { urgency: "dueSoon" as const, urgencyText: "申请人已在线提交补正，待确认收到" }
        : urgencyOf(r.status, r.replyDueOn, submittedOn, today, calendar, policy.unconfirmedFlagWorkingDays)),
    };
  });

  const filtered = all.filter((row) => {
    if (filter.overdue && row.urgency !== "overdue") return false;
    if (filter.dueWithin !== undefined) {
      if (!row.replyDueOn || isFinished(row.status) || !soonLimit || compareLocalDate(row.replyDueOn, soonLimit) > 0) return false;
    }
    return true;
  });
  filtered.sort(
    (a, b) =>
      QUEUE_ORDER[a.queue] - QUEUE_ORDER[b.queue] ||
      (a.queue === "unconfirmed" ? compareLocalDate(a.submittedOn, b.submittedOn) : 0) ||
      compareDue(a.replyDueOn, b.replyDueOn) ||
      a.caseNumber.localeCompare(b.caseNumber),
  );
  const counts = { unconfirmed: 0, correctionExpired: 0, open: 0, finished: 0, overdue: 0, dueSoon: 0, total: all.length };
  for (const row of all) {
    counts[row.queue]++;
    if (row.urgency === "overdue") counts.overdue++;
    if (row.urgency === "dueSoon") counts.dueSoon++;
  }
  return { rows: filtered, counts, filter };
}

const compareDue = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : compareLocalDate(a, b));

function urgencyOf(
  status: ApplicationStatus,
  replyDueOn: string | null,
  submittedOn: string,
  today: LocalDate,
  calendar: Calendar,
  unconfirmedFlagDays: number,
): { urgency: Urgency; urgencyText: string } {
  if (status === "submitted") {
    const waited = safe(() => calendar.workingDaysBetween(submittedOn, today)) ?? 0;
    return waited > unconfirmedFlagDays
      ? { urgency: "dueSoon", urgencyText: `提交已超过${unconfirmedFlagDays}个工作日未确认` }
      : { urgency: "none", urgencyText: "待确认收到" };
  }
  if (isFinished(status)) return { urgency: "none", urgencyText: "" };
  if (!replyDueOn) return { urgency: "none", urgencyText: status === "awaiting_correction" ? "计时中止（待补正）" : "计时中止或待定" };
  if (compareLocalDate(today, replyDueOn) > 0) {
    const late = safe(() => calendar.workingDaysBetween(replyDueOn, today));
    return { urgency: "overdue", urgencyText: late === undefined ? "已逾期" : `已逾期${late}个工作日` };
  }
  const left = safe(() => calendar.workingDaysBetween(today, replyDueOn));
  if (left === undefined) return { urgency: "normal", urgencyText: "" };
  return left <= DUE_SOON_WORKING_DAYS
    ? { urgency: "dueSoon", urgencyText: left === 0 ? "今天到期" : `即将到期：还剩${left}个工作日` }
    : { urgency: "normal", urgencyText: `还剩${left}个工作日` };
}

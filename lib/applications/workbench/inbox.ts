import { and, count, desc, eq, gte, inArray, lt, lte, notInArray, sql, type SQL } from "drizzle-orm";
import { agencies, applications } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { addDays, compareLocalDate, provisionalLabel, type Calendar, type LocalDate } from "@/lib/calendar";
import { SEARCH_COUNT_CAP } from "@/lib/documents/search";
import { ValidationError } from "@/lib/errors";
import { chinaDate } from "@/lib/validation/china-date";
import { singleLineText } from "@/lib/validation/text";
import { fieldErrors, z } from "@/lib/validation/zod";
import { APPLICATION_STATUSES, isFinished, STATUS_LABELS, type ApplicationStatus } from "@/lib/workflow/status";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";
import { ledgerPayloadField, parseLedgerField } from "../case/ledger-sql";
import { APPLICANT_TYPES, APPLICATION_CHANNELS } from "../vocabulary";
import { correctionAnsweredSql, correctionDeadlinePassedSql } from "./correction-queue";
import { inboxSearchCondition } from "./inbox-search";
import { findEarlierRepeats, type EarlierApplication } from "./repeat-applications";

/** Who works the inbox: the agency's clerks and reviewers (and its admin, who assigns). */
export const WORKBENCH_ROLES = ["clerk", "reviewer", "admin"] as const;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
export const inboxFilterSchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(APPLICATION_STATUSES, "办理状态无效。").optional()),
  channel: z.preprocess(blankToUndefined, z.enum(APPLICATION_CHANNELS, "申请方式无效。").optional()),
  applicantType: z.preprocess(blankToUndefined, z.enum(APPLICANT_TYPES, "申请人类型无效。").optional()),
  overdue: z.preprocess(blankToUndefined, z.literal("1").optional()),
  dueWithin: z.preprocess(blankToUndefined, z.coerce.number<number>().int("请填写整数。").min(0, "请填写0至60之间的整数。").max(60, "请填写0至60之间的整数。").optional()),
  /** 受理编号, 申请人姓名或名称, 联系电话, 查询码, or words of the request. */
  q: z.preprocess(blankToUndefined, singleLineText().trim().max(100, "搜索内容不能超过100个字。").optional()),
  /** Only the applications assigned to the actor (指定经办人, else who confirmed receipt). */
  mine: z.preprocess(blankToUndefined, z.literal("1", "“我的”筛选无效。").optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number<number>().int("页码应为整数。").min(1, "页码应在1至10000之间。").max(10_000, "页码应在1至10000之间。").optional()),
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
  /** The estimate while replyDueOn waits for a year's 放假安排 (lib/clock provisional): sorts and warns, never overdue. */
  provisionalReplyDueOn: LocalDate | null;
  /** What the 答复期限 column shows: the date, 预计 …（…推算）, or 待定. */
  replyDueLabel: string;
  queue: InboxQueue;
  urgency: Urgency;
  /** Text beside the colour (never colour alone): 已逾期N个工作日 / 还剩N个工作日 / 待确认超过N个工作日. */
  urgencyText: string;
  correctionDueOn: LocalDate | null;
  /** 疑似重复申请 (条例第三十六条第（六）项): the earlier case with the same applicant and request text (open cases only). */
  repeatOf: { id: string; caseNumber: string } | null;
  /** 第三方已在线提交意见 (条例第三十二条, issue 16.4): an online opinion no staff step has followed yet. */
  onlineOpinion: boolean;
}

export interface Inbox {
  rows: InboxRow[];
  /** With a search, `finished` is at most the count cap (see `finishedCapped`). */
  counts: Record<InboxQueue, number> & { overdue: number; dueSoon: number; total: number };
  /** Applications matching the filter (all pages); `rows` is page `page` of `pages`. */
  listed: number;
  /**
   * A search whose finished hits exceed the count cap: `listed` is then a lower bound, shown as
   * "超过 N 件" (the catalogue's way, lib/documents/search.ts), and the pages reach that far.
   */
  listedCapped: boolean;
  /** `counts.finished` (and `counts.total`) is a lower bound: a search found more finished cases than the cap. */
  finishedCapped: boolean;
  page: number;
  pages: number;
  filter: InboxFilter;
}

/** Rows per inbox page (open ones first, then the finished ones, latest first); the counts cover them all. */
export const INBOX_PAGE_SIZE = 50;
/**
 * A search counts the finished applications it finds up to this many, as the catalogue does: a word
 * in every request (请求公开) would otherwise count years of finished cases on every keystroke. The
 * open cases — an agency's working set, a few thousand at most — are always counted exactly.
 */
export const INBOX_COUNT_CAP = SEARCH_COUNT_CAP;
const OPEN_STATUSES = APPLICATION_STATUSES.filter((s) => !isFinished(s));
const FINISHED_STATUSES = APPLICATION_STATUSES.filter(isFinished);

/** The reply clock runs: received (not merely submitted) and not finished. */
export const clockRunningSql = () => notInArray(applications.status, ["submitted", ...FINISHED_STATUSES]);
/** Past the reply due date with the clock still running (《条例》第三十三条): the inbox's 已超期 and the metrics' overdue count. */
export const overdueSql = (today: LocalDate) => and(clockRunningSql(), lt(applications.replyDueOn, today))!;

/** Within this many working days a due date is shown as 即将到期 (the reminder Policy default, 3). */
export const DUE_SOON_WORKING_DAYS = 3;

function safe<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined; // a year without a published calendar: shown as 待定, never blocks the list
  }
}

/**
 * 工作台收件箱: unconfirmed online applications first (workflow.md §2 Policy default, flagged when
 * older than the agency's setting), then the 补正期限已届满，待确认 queue, then by due date; overdue
 * and due-soon are told by text and colour; the latest finished ones last. Only the actor's own
 * agency. The database searches, sorts, counts and cuts to the page, so the inbox stays fast when an
 * agency's table holds years of finished applications.
 */
export async function listInbox(
  db: Queryable,
  actor: Actor,
  rawFilter: unknown,
  now = new Date(),
  { countCap = INBOX_COUNT_CAP }: { countCap?: number } = {},
): Promise<Inbox> {
  assertRole(actor, WORKBENCH_ROLES);
  const parsed = inboxFilterSchema.safeParse(rawFilter ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const filter = parsed.data;
  // A search's statements run with plans made for their values: a plan cached for any word
  // (postgres.js prepares every statement) cannot tell a word in every request from a rare one, and
  // then reads the whole agency for each; the values let the planner pick the GIN index or the
  // ordered walk. Each in a transaction of its own, so that they still run side by side.
  const planned = <T,>(query: (db: Queryable) => PromiseLike<T>): Promise<T> => (filter.q ? inCustomPlans(db, query) : Promise.resolve(query(db)));
  const today = chinaDate(now);
  const [agency] = await db.select({ policy: agencies.policy }).from(agencies).where(eq(agencies.id, actor.agencyId!));
  const policy = readAgencyPolicy(agency?.policy);
  const calendar = await getWorkingCalendar(db);

  const base: SQL[] = [eq(applications.agencyId, actor.agencyId!)];
  if (filter.status) base.push(eq(applications.status, filter.status));
  if (filter.channel) base.push(eq(applications.channel, filter.channel));
  if (filter.applicantType) base.push(eq(applications.applicantType, filter.applicantType));
  if (filter.mine) base.push(eq(applications.assigneeId, actor.userId));
  const search = filter.q ? inboxSearchCondition(filter.q) : undefined;
  if (search) base.push(search);
  const page = filter.page ?? 1;
  const offset = (page - 1) * INBOX_PAGE_SIZE;

  // The same readings as urgencyOf below, as SQL: overdue, due within N working days, unconfirmed too long.
  const expired = correctionDeadlinePassedSql(today);
  const unconfirmed = sql`(applications.status = 'submitted' or ${correctionAnsweredSql()})`;
  const running = clockRunningSql();
  const overdue = overdueSql(today);
  const dueBy = (limit: LocalDate | undefined) => (limit ? and(running, lte(applications.replyDueOn, limit))! : sql`false`);
  // Due soon also by the provisional estimate (it warns; only the official date makes a case overdue).
  const soonLimit = safe(() => calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS)) ?? safe(() => calendar.provisional?.addWorkingDays(today, DUE_SOON_WORKING_DAYS));
  const soon = soonLimit ? and(running, gte(DUE_OR_ESTIMATE, today), lte(DUE_OR_ESTIMATE, soonLimit))! : sql`false`;
  const flagDay = unconfirmedFlagDay(calendar, today, policy.unconfirmedFlagWorkingDays);
  const waitedTooLong = flagDay ? and(eq(applications.status, "submitted"), lt(applications.submittedAt, new Date(`${flagDay}T00:00:00+08:00`)))! : sql`false`;
  const listed: SQL =
    filter.overdue
      ? overdue
      : filter.dueWithin !== undefined
        ? dueBy(safe(() => calendar.addWorkingDays(today, filter.dueWithin!)))
        : sql`true`;

  const open = and(...base, inArray(applications.status, OPEN_STATUSES))!;
  const finishedOnly = and(...base, inArray(applications.status, FINISHED_STATUSES))!;
  const rank = sql`case when ${unconfirmed} then 0 when ${expired} then 1 when ${ONLINE_OPINION} then 2 else 3 end`;
  const wantsOpen = !filter.status || !isFinished(filter.status);
  const wantsFinished = !filter.status || isFinished(filter.status);
  const [openRows, [openCounts], [finishedCount]] = await Promise.all([
    wantsOpen
      ? planned((db) =>
          db
            .select({
              ...INBOX_COLUMNS,
              unconfirmed: sql<boolean>`${unconfirmed}`.mapWith(Boolean),
              expired: sql<boolean>`${expired}`.mapWith(Boolean),
              onlineOpinion: sql<boolean>`${ONLINE_OPINION}`.mapWith(Boolean),
              correctionDueOn: CORRECTION_DUE_ON,
            })
            .from(applications)
            .where(and(open, listed))
            .orderBy(
              rank,
              sql`case when ${applications.status} = 'submitted' then ${applications.submittedAt} end`,
              sql`${DUE_OR_ESTIMATE} asc nulls last`,
              applications.caseNumber,
            )
            .limit(INBOX_PAGE_SIZE)
            .offset(offset))
      : [],
    wantsOpen
      ? planned((db) =>
          db
            .select({
              unconfirmed: countWhere(unconfirmed),
              correctionExpired: countWhere(expired),
              overdue: countWhere(overdue),
              dueSoon: countWhere(sql`(${soon}) or (${waitedTooLong})`),
              all: sql<number>`count(*)`.mapWith(Number),
              listed: countWhere(listed),
            })
            .from(applications)
            .where(open))
      : [{ unconfirmed: 0, correctionExpired: 0, overdue: 0, dueSoon: 0, all: 0, listed: 0 }],
    !wantsFinished
      ? [{ n: 0 }]
      : search
        ? // At most cap + 1 hits read, in whatever order they come: stops early for a common word.
          planned((db) => db.select({ n: count() }).from(db.select({ id: applications.id }).from(applications).where(finishedOnly).limit(countCap + 1).as("hits")))
        : db.select({ n: count() }).from(applications).where(finishedOnly),
  ]);
  // Finished applications fill the rest of the list, latest first; they are never overdue nor due.
  const listsFinished = wantsFinished && !filter.overdue && filter.dueWithin === undefined;
  const finishedFound = Number(finishedCount?.n ?? 0);
  // Only a search's count is cut (at cap + 1): without one the count is exact.
  const finishedCapped = search !== undefined && finishedFound > countCap;
  const openListed = openCounts!.listed;
  const finishedOffset = Math.max(0, offset - openListed);
  // A capped search lists as far as its count tells: its pages end at the cap.
  const room = INBOX_PAGE_SIZE - openRows.length;
  const finishedLimit = finishedCapped ? Math.min(room, countCap - finishedOffset) : room;
  const lists = listsFinished && finishedLimit > 0;
  const walked = lists && finishedCapped ? await planned((db) => walkNewestFinished(db, actor.agencyId!, finishedOnly, finishedOffset + finishedLimit)) : undefined;
  const finishedRows = !lists
    ? []
    : walked
      ? await db.select(INBOX_COLUMNS).from(applications).where(inArray(applications.id, walked.slice(finishedOffset))).orderBy(...NEWEST_FIRST)
      : await planned((db) => db.select(INBOX_COLUMNS).from(applications).where(finishedOnly).orderBy(...NEWEST_FIRST).limit(finishedLimit).offset(finishedOffset));

  const toRow = (r: (typeof finishedRows)[number], queue: InboxQueue, correctionDueOn: string | null, onlineOpinion = false): InboxRow => {
    const submittedOn = chinaDate(r.submittedAt);
    return {
      ...r,
      statusLabel: STATUS_LABELS[r.status],
      replyDueLabel: replyDueLabelOf(r.replyDueOn, r.provisionalReplyDueOn),
      submittedOn,
      queue,
      correctionDueOn,
      repeatOf: repeatOf(repeats.get(r.id)),
      onlineOpinion,
      ...(r.split
        ? { urgency: "none" as const, urgencyText: "已拆分，在拆分后的申请中办理" }
        : queue === "unconfirmed" && r.status === "awaiting_correction"
          ? { urgency: "dueSoon" as const, urgencyText: "申请人已在线提交补正，待确认收到" }
          : urgencyOf(r, submittedOn, today, calendar, policy.unconfirmedFlagWorkingDays)),
    };
  };
  // Only the open cases listed need the flag: the clerk decides on them.
  const repeats = await findEarlierRepeats(db, actor.agencyId!, openRows.map((r) => r.id));
  const rows = [
    ...openRows.map(({ unconfirmed: isUnconfirmed, expired: isExpired, onlineOpinion, correctionDueOn, ...r }) =>
      toRow(r, isUnconfirmed ? "unconfirmed" : isExpired ? "correctionExpired" : "open", correctionDueOn, onlineOpinion),
    ),
    ...finishedRows.map((r) => toRow(r, "finished", null)),
  ];
  const finished = finishedCapped ? countCap : finishedFound;
  const c = openCounts!;
  const counts = {
    unconfirmed: c.unconfirmed,
    correctionExpired: c.correctionExpired,
    open: c.all - c.unconfirmed - c.correctionExpired,
    finished,
    overdue: c.overdue,
    dueSoon: c.dueSoon,
    total: c.all + finished,
  };
  const total = c.listed + (listsFinished ? finished : 0);
  const listedCapped = listsFinished && finishedCapped;
  return { rows, counts, listed: total, listedCapped, finishedCapped, page, pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)), filter };
}

/** One statement planned for its values (set local: the setting ends with its transaction). */
function inCustomPlans<T>(db: Queryable, work: (tx: Queryable) => PromiseLike<T>): Promise<T> {
  const run = async (tx: Queryable) => {
    await tx.execute(sql`set local plan_cache_mode = force_custom_plan`);
    return await work(tx);
  };
  return "rollback" in db ? run(db) : (db as Db).transaction(run);
}

/** The finished cases' order: latest first (case number breaks a tie). */
const NEWEST_FIRST = [desc(applications.submittedAt), applications.caseNumber];
/** How many of an agency's newest finished applications a common-word search walks for its page of finished hits. */
const WALK_BUDGET = 5000;

/**
 * The first `needed` finished hits of a search with more than the cap of them, without sorting them
 * all: the agency's newest WALK_BUDGET finished applications in the inbox's order
 * (applications_agency_submitted_idx read backwards), tested against the filter. They are a prefix
 * of the full order, so their hits are exactly the first hits of the full sort. Undefined when the walk holds too few (the page is far
 * back, or the word is rare among the newest cases): the full sort answers then.
 */
async function walkNewestFinished(db: Queryable, agencyId: string, finishedOnly: SQL, needed: number): Promise<string[] | undefined> {
  const walk = db
    .select({ id: applications.id, submittedAt: applications.submittedAt, caseNumber: applications.caseNumber, hit: sql<boolean>`${finishedOnly}`.as("hit") })
    .from(applications)
    .where(and(eq(applications.agencyId, agencyId), inArray(applications.status, FINISHED_STATUSES)))
    .orderBy(...NEWEST_FIRST)
    .limit(WALK_BUDGET)
    .as("walk");
  const hits = await db.select({ id: walk.id }).from(walk).where(sql`${walk.hit}`).orderBy(desc(walk.submittedAt), walk.caseNumber).limit(needed);
  return hits.length === needed ? hits.map((row) => row.id) : undefined;
}

/**
 * 第三方已在线提交意见: a consultee's opinion filed through its invitation (the only
 * consultationAnswered the `system` party records, consultation-online) that no staff step has
 * followed yet — it waits for the clerk, who decides how the reply treats it (条例第三十二条).
 */
const ONLINE_OPINION = sql`exists (
  select 1 from application_events o
  where o.application_id = applications.id and o.type = 'consultationAnswered' and o.actor_kind = 'system'
    and not exists (select 1 from application_events x where x.application_id = o.application_id and x.seq > o.seq and x.actor_kind = 'staff')
)`;

const INBOX_COLUMNS = {
  id: applications.id,
  caseNumber: applications.caseNumber,
  applicantName: applications.applicantName,
  applicantType: applications.applicantType,
  channel: applications.channel,
  status: applications.status,
  archived: applications.archived,
  submittedAt: applications.submittedAt,
  receivedOn: applications.receivedOn,
  replyDueOn: applications.replyDueOn,
  provisionalReplyDueOn: applications.provisionalReplyDueOn,
  // 一事一申请: a split application is handled in its sub-applications.
  split: sql<boolean>`exists (select 1 from applications c where c.parent_id = applications.id)`.mapWith(Boolean),
};

/**
 * The deadline of the correction notice, for the applications waiting for a correction. Columns
 * spelled out with their table: in a select list drizzle leaves them unqualified, and inside the
 * subquery a bare "id" would name the event's.
 */
const CORRECTION_DUE_ON = sql<string | null>`case when applications.status = 'awaiting_correction' then (
  select ${ledgerPayloadField("correctionRequested", "correctionDueOn", "r")} from application_events r
  where r.application_id = applications.id and r.type = 'correctionRequested' order by r.seq desc limit 1
) end`.mapWith((value) => parseLedgerField("correctionRequested", "correctionDueOn", value) ?? null);

const repeatOf = (earlier: EarlierApplication | undefined) => (earlier ? { id: earlier.id, caseNumber: earlier.caseNumber } : null);

/** The official due date, else the provisional estimate: the order clerks work in. */
const DUE_OR_ESTIMATE = sql`coalesce(${applications.replyDueOn}, ${applications.provisionalReplyDueOn})`;

function replyDueLabelOf(replyDueOn: LocalDate | null, provisional: LocalDate | null): string {
  if (replyDueOn) return replyDueOn;
  return provisional ? provisionalLabel(provisional, Number(provisional.slice(0, 4))) : "";
}

const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/**
 * The day from which an unconfirmed submission is not yet flagged: it waited more than n working
 * days (workingDaysBetween(submittedOn, today) > n) exactly when it was submitted before the
 * (n + 1)-th working day counted back from today. Undefined while the calendar lacks the days.
 */
function unconfirmedFlagDay(calendar: Calendar, today: LocalDate, n: number): LocalDate | undefined {
  let day = today;
  for (let seen = 0, i = 0; i < 366; i++, day = addDays(day, -1)) {
    const working = safe(() => calendar.isWorkingDay(day));
    if (working === undefined) return undefined;
    if (working && ++seen === n + 1) return day;
  }
  return undefined;
}

function urgencyOf(
  { status, replyDueOn, provisionalReplyDueOn }: { status: ApplicationStatus; replyDueOn: LocalDate | null; provisionalReplyDueOn: LocalDate | null },
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
  if (!replyDueOn && provisionalReplyDueOn) {
    const left = safe(() => calendar.provisional?.workingDaysBetween(today, provisionalReplyDueOn));
    if (left === undefined) return { urgency: "normal", urgencyText: "" };
    if (left < 0) return { urgency: "dueSoon", urgencyText: "预计期限已过，请尽快答复" };
    return { urgency: left <= DUE_SOON_WORKING_DAYS ? "dueSoon" : "normal", urgencyText: `预计还剩${left}个工作日` };
  }
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

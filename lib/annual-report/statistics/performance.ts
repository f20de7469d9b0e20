import { CalendarUnknownError, type Calendar, type LocalDate } from "@/lib/calendar";
import { ClockEventsError, computeClock, type ClockEvent, type ClockPolicy } from "@/lib/clock";
import { OUTCOME_ROW_KEYS, type OutcomeRow } from "@/lib/annual-report/rules/rows";
import type { FeeTotals } from "@/lib/annual-report/rules/types";
import type { ApplicationStatus } from "@/lib/workflow/status";
import { REPLY_PERIOD_WORKING_DAYS } from "@/lib/clock/rules";
import { decisionBars, decisionRowLabel, type Bar } from "./summary";

/**
 * The public performance page (issue 15 item 4): how an agency — or every agency of the platform —
 * answered its disclosure applications in a year, with timeliness judged from each case's ledger
 * by lib/clock, i.e. net of the legal pauses and of an approved extension (条例第三十三条;
 * workflow.md §4). Pure: the use case (load-performance.ts) loads the cases and their ledgers.
 *
 * Definitions (the page's note, PERFORMANCE_METHOD, says the same in Chinese):
 * - applications per month: applications received (收到申请之日, 条例第三十一条) in each month of the
 *   year, whatever became of them (withdrawn and abandoned ones included); a split parent counts as
 *   its sub-applications, as in table 三.
 * - a reply of the year: an application whose reply (the date of the approved 答复书, `finishedOn`,
 *   workflow.md §4 "Replied and finished") falls in the year. Withdrawn applications and those
 *   closed without a reply (视为放弃, fee not paid, …) have no reply to be late: they are left out of
 *   timeliness and of the working days, and counted in the month they were received and in their
 *   table 三 row.
 * - answered within the legal time limit: the reply day is on or before the reply due date lib/clock
 *   computes from that case's ledger — 20 working days from clockStartOn, plus an approved extension
 *   (条例第三十三条第一款), the working days of counted pauses (consultation 第三十二条/第三十三条第二款,
 *   fee notice to payment, release wait) added, or the later date set under 第三十五条, or the period a
 *   reconsideration or court ordered for a new reply.
 * - working days to reply: the working days after clockStartOn up to and including the reply day,
 *   less the working days of the counted pauses (overlaps once) — lib/clock's workingDaysUsed on the
 *   reply day. After a correction (条例第三十条) the period restarts on the day the corrected
 *   application was received, so the days before it (the applicant's time to correct) are not
 *   counted at all; after an ordered new reply it runs from the day the order was received.
 * - unknown: a reply whose due date cannot be computed (a calendar year without its 放假安排, or an
 *   imported register row, which has no ledger of its own) is neither on time nor late.
 */

/** One application as the performance figures need it: its dates, its row and the clock's input from its ledger. */
export interface PerformanceCase {
  receivedOn: LocalDate;
  /** The reply or closing day; null while open. */
  finishedOn: LocalDate | null;
  status: ApplicationStatus;
  reportRow: OutcomeRow | null;
  /** lib/applications/clock-events.ts over the case's ledger (empty for an imported register row). */
  clockEvents: readonly ClockEvent[];
  /** The agency's clock settings (fee notices pause the clock …), lib/applications/clock-view.ts clockPolicyOf. */
  policy: ClockPolicy;
}

export interface PerformanceInput {
  year: number;
  cases: readonly PerformanceCase[];
  /** Section 六 of the annual report (db/queries/annual-report.ts feesOfYear), summed over the agencies. */
  fees: FeeTotals;
}

/** One reply judged against its own ledger. */
export interface ReplyJudgement {
  /** Null: the due date is unknown (see above). */
  onTime: boolean | null;
  replyDueOn: LocalDate | null;
  /** Working days to reply, net of the counted pauses; null when the calendar cannot count them. */
  netWorkingDays: number | null;
}

export interface Performance {
  year: number;
  /** Applications received in the year. */
  received: number;
  /** 1–12, zeros included: applications received in the month. */
  perMonth: Bar[];
  replies: {
    total: number;
    onTime: number;
    late: number;
    unknown: number;
    /** onTime / (onTime + late), 0–1; null without a reply whose due date is known. */
    onTimeRate: number | null;
    /** Median of the net working days to reply (the mean of the two middle ones for an even count); null without any. */
    medianWorkingDays: number | null;
  };
  /** Finished in the year without a reply (withdrawn, abandoned, fee not paid, …): not in timeliness. */
  closedWithoutReply: number;
  /** Applications finished in the year by table 三 group （一）…（六）. */
  decisionGroups: Bar[];
  /** Every numbered row of table 三, zeros included, in the table's order. */
  decisions: { row: OutcomeRow; label: string; count: number }[];
  fees: FeeTotals;
}

const inYear = (date: LocalDate | null, year: number) => date !== null && date.slice(0, 4) === String(year);

/**
 * A reply against the clock its ledger gives on the reply day (`today` = the reply day, so a pause
 * still running then is open and only the days up to the reply are counted).
 */
export function judgeReply(clockEvents: readonly ClockEvent[], policy: ClockPolicy, repliedOn: LocalDate, calendar: Calendar): ReplyJudgement {
  const unknown: ReplyJudgement = { onTime: null, replyDueOn: null, netWorkingDays: null };
  if (!clockEvents.some((event) => event.type === "received")) return unknown;
  let clock;
  try {
    clock = computeClock(clockEvents, calendar, policy, repliedOn);
  } catch (error) {
    if (error instanceof ClockEventsError) return unknown;
    throw error;
  }
  const replyDueOn = clock.replyDueOn ?? null;
  let netWorkingDays: number | null = clock.workingDaysUsed ?? null;
  if (clock.newReply) {
    try {
      netWorkingDays = calendar.workingDaysBetween(clock.newReply.orderedOn, repliedOn);
    } catch (error) {
      if (!(error instanceof CalendarUnknownError)) throw error;
      netWorkingDays = null;
    }
  }
  return { onTime: replyDueOn === null ? null : repliedOn <= replyDueOn, replyDueOn, netWorkingDays };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function computePerformance(input: PerformanceInput, calendar: Calendar): Performance {
  const { year } = input;
  const perMonth = Array.from({ length: 12 }, (_, i) => ({ label: `${i + 1}月`, value: 0 }));
  const byRow = new Map<OutcomeRow, number>();
  let received = 0;
  let onTime = 0;
  let late = 0;
  let unknown = 0;
  let closedWithoutReply = 0;
  const workingDays: number[] = [];

  for (const c of input.cases) {
    if (inYear(c.receivedOn, year)) {
      received += 1;
      perMonth[Number(c.receivedOn.slice(5, 7)) - 1]!.value += 1;
    }
    if (!inYear(c.finishedOn, year)) continue;
    if (c.reportRow) byRow.set(c.reportRow, (byRow.get(c.reportRow) ?? 0) + 1);
    if (c.status !== "replied") {
      if (c.status === "closed") closedWithoutReply += 1;
      continue;
    }
    const judgement = judgeReply(c.clockEvents, c.policy, c.finishedOn!, calendar);
    if (judgement.onTime === null) unknown += 1;
    else if (judgement.onTime) onTime += 1;
    else late += 1;
    if (judgement.netWorkingDays !== null) workingDays.push(judgement.netWorkingDays);
  }

  return {
    year,
    received,
    perMonth,
    replies: {
      total: onTime + late + unknown,
      onTime,
      late,
      unknown,
      onTimeRate: onTime + late > 0 ? onTime / (onTime + late) : null,
      medianWorkingDays: median(workingDays),
    },
    closedWithoutReply,
    decisionGroups: decisionBars(byRow).decisionGroups,
    decisions: OUTCOME_ROW_KEYS.map((row) => ({ row, label: decisionRowLabel(row), count: byRow.get(row) ?? 0 })),
    fees: { ...input.fees },
  };
}

/** How the figures are computed, in plain language: shown on the page and served with the data. */
export const PERFORMANCE_METHOD: readonly string[] = [
  "每月申请数：按收到申请之日（《条例》第三十一条）统计当月收到的申请，含此后撤回或终止办理的申请；一事一申请拆分的，按拆分后的申请计。",
  `按时答复：答复书落款日期（即答复之日）不晚于该申请的答复期限。答复期限按每件申请的办理记录逐件计算：自答复期限起算日起${REPLY_PERIOD_WORKING_DAYS}个工作日（《条例》第三十三条第一款），经批准延期的再加延长的工作日；征求第三方或其他机关意见（《条例》第三十三条第二款）、收费通知送达至缴费（《政府信息公开信息处理费管理办法》）等不计入答复期限的期间，其工作日不计算在内；行政机关依《条例》第三十五条确定延迟答复期限的，以该期限为准。`,
  "答复用时：自答复期限起算日的次日至答复之日的工作日数，扣除上述不计入答复期限的工作日（重叠的期间只扣一次）。申请内容需要补正的，答复期限自收到补正申请之日起重新计算（《条例》第三十条），补正前的时间不计入；表中为所有答复用时的中位数。",
  "撤回申请、视为放弃或逾期未缴费等终止办理的申请没有答复，不计入按时答复率和答复用时，但计入收到当月的申请数和表三办理结果。",
  "答复期限无法确定的（相应年度放假安排尚未公布，或导入的历史台账没有办理记录），不计为按时，也不计为逾期，单列为“期限待定”。",
  "工作日按本平台公布的工作日历（含调休上班日）计算；统计按答复或办结之日所在年度归入年度。",
];

import { CalendarUnknownError, pendingLabel, provisionalLabel, type Calendar, type LocalDate, type SkippedDay } from "@/lib/calendar";
import { CORRECTION_NOTICE_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS, REPLY_PERIOD_WORKING_DAYS } from "@/lib/clock";

/**
 * A date, or — when it falls in a year without a published holiday arrangement — that year, with
 * the date the 放假办法 alone gives (provisional, shown as 预计) where it can be estimated.
 */
export type MaybeDate = { date: LocalDate } | { unknownYear: number; provisionalDate?: LocalDate };

/** What the JSON calculators say beside a provisional answer. */
export const PROVISIONAL_NOTE = "该年放假安排尚未公布：按《全国年节及纪念日放假办法》的法定节日及补假推算，未含调休，公布后可能变化。";

/** What a calculator shows: the date, 预计 …（YYYY年放假安排公布前按法定节日推算）, or 待定. */
export function maybeDateLabel(value: MaybeDate): string {
  if ("date" in value) return value.date;
  return value.provisionalDate ? provisionalLabel(value.provisionalDate, value.unknownYear) : pendingLabel(value.unknownYear);
}

/**
 * `compute` on the official calendar; when that needs an unpublished year and the caller asked for
 * an estimate, on the provisional one (lib/calendar/provisional.ts), saying so.
 */
export function computeMaybeProvisional<T>(calendar: Calendar, allowProvisional: boolean, compute: (calendar: Calendar) => T): { value: T; provisional: boolean } {
  try {
    return { value: compute(calendar), provisional: false };
  } catch (error) {
    if (!(error instanceof CalendarUnknownError) || !allowProvisional || !calendar.provisional) throw error;
    return { value: compute(calendar.provisional), provisional: true };
  }
}

export interface DeadlineEstimate {
  receivedOn: LocalDate;
  /** 条例第三十条: the one correction notice goes out within 7 working days. */
  correctionNoticeDueOn: MaybeDate;
  /** 条例第三十三条第一款: reply within 20 working days. */
  replyDueOn: MaybeDate;
  /** 条例第三十三条第一款: with the one extension of at most 20 working days. */
  extendedReplyDueOn: MaybeDate;
  /** Non-working days skipped up to the last known deadline. */
  skipped: SkippedDay[];
}

function nthWorkingDay(calendar: Calendar, from: LocalDate, n: number): MaybeDate {
  try {
    return { date: calendar.addWorkingDays(from, n) };
  } catch (error) {
    if (!(error instanceof CalendarUnknownError)) throw error;
    let provisionalDate: LocalDate | undefined;
    try {
      provisionalDate = calendar.provisional?.addWorkingDays(from, n);
    } catch (estimateError) {
      if (!(estimateError instanceof CalendarUnknownError)) throw estimateError;
    }
    return { unknownYear: error.year, ...(provisionalDate && { provisionalDate }) };
  }
}

/**
 * The 答复期限计算器: the statutory deadlines for an application received on `receivedOn`, with no
 * correction, consultation or fee pause (those move the dates; see lib/clock). Computes what it can
 * and names the year that is unknown for the rest (workflow.md §3).
 */
export function estimateDeadlines(calendar: Calendar, receivedOn: LocalDate): DeadlineEstimate {
  const correctionNoticeDueOn = nthWorkingDay(calendar, receivedOn, CORRECTION_NOTICE_WORKING_DAYS);
  const replyDueOn = nthWorkingDay(calendar, receivedOn, REPLY_PERIOD_WORKING_DAYS);
  const extendedReplyDueOn = nthWorkingDay(calendar, receivedOn, REPLY_PERIOD_WORKING_DAYS + MAX_EXTENSION_WORKING_DAYS);
  const lastKnown = [extendedReplyDueOn, replyDueOn, correctionNoticeDueOn].find((d) => "date" in d);
  let skipped: SkippedDay[] = [];
  if (lastKnown && "date" in lastKnown) {
    try {
      skipped = calendar.holidaysBetween(receivedOn, lastKnown.date);
    } catch (error) {
      if (!(error instanceof CalendarUnknownError)) throw error;
    }
  }
  return { receivedOn, correctionNoticeDueOn, replyDueOn, extendedReplyDueOn, skipped };
}

import { CalendarUnknownError, type Calendar, type LocalDate, type SkippedDay } from "@/lib/calendar";
import { CORRECTION_NOTICE_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS, REPLY_PERIOD_WORKING_DAYS } from "@/lib/clock";

/** A date, or — when it falls in a year without a published holiday arrangement — that year. */
export type MaybeDate = { date: LocalDate } | { unknownYear: number };

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
    if (error instanceof CalendarUnknownError) return { unknownYear: error.year };
    throw error;
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

import { addDays, CalendarUnknownError, compareLocalDate, pendingLabel, type Calendar, type LocalDate } from "@/lib/calendar";
import type { ClockState, ConsultationRecord } from "./snapshot";

/**
 * The few dates the workflow guards compare against. They are single working-day offsets, not
 * the reply clock: the reply due date in force always comes from lib/clock (ClockState).
 * lib/clock had no guard helpers when this was written; replace these if it grows them.
 */

/** 条例第三十条: the correction notice is sent within 7 working days after receivedOn. */
export const CORRECTION_NOTICE_WORKING_DAYS = 7;
/** 条例第三十二条、第三十四条: the consultee answers within 15 working days after receiving the letter. */
export const CONSULTATION_WORKING_DAYS = 15;
/** 条例第三十三条第一款: an extension is at most 20 working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;

export type DateCheck = { ok: true } | { ok: false; reason: string };

/**
 * Is `today` still within the 7 working days after `receivedOn` (条例第三十条)? When the end falls
 * in a year without a published calendar (workflow.md §3: nothing is blocked by it) seven calendar
 * days are surely within the period; beyond that we cannot tell, and refuse with the reason.
 */
export function checkCorrectionWindow(calendar: Calendar, receivedOn: LocalDate, today: LocalDate): DateCheck {
  let lastDay: LocalDate;
  try {
    lastDay = calendar.addWorkingDays(receivedOn, CORRECTION_NOTICE_WORKING_DAYS);
  } catch (error) {
    if (!(error instanceof CalendarUnknownError)) throw error;
    if (compareLocalDate(today, addDays(receivedOn, CORRECTION_NOTICE_WORKING_DAYS)) <= 0) return { ok: true };
    return {
      ok: false,
      reason: `补正告知期限${pendingLabel(error.year)}，无法确认是否仍在收到申请后7个工作日内，请管理员先录入放假安排。`,
    };
  }
  if (compareLocalDate(today, lastDay) <= 0) return { ok: true };
  return {
    ok: false,
    reason: `补正告知须在收到申请之日起7个工作日内一次性发出（条例第三十条），本申请的期限已于${lastDay}届满。`,
  };
}

/**
 * Is `date` on or before the reply due date in force (条例第三十三条)? While a pause is open the
 * due date is not defined but lies after today, so a step taken today is in time; a due date that
 * falls in an unpublished year is likewise later than any date of a published year, and
 * workflow.md §3 says an unknown calendar blocks nothing else.
 */
export function checkWithinReplyPeriod(clock: ClockState, date: LocalDate, what: string): DateCheck {
  if (clock.paused || clock.replyDueOn === null) return { ok: true };
  if (compareLocalDate(date, clock.replyDueOn) <= 0) return { ok: true };
  return { ok: false, reason: `${what}须在答复期限（${clock.replyDueOn}）届满前作出，现已逾期，不能办理。` };
}

/** The 15th working day after the consultee received the letter (or after sending, if delivery is unknown). */
export function consultationDeadline(calendar: Calendar, consultation: ConsultationRecord): LocalDate | null {
  try {
    return calendar.addWorkingDays(consultation.deliveredOn ?? consultation.sentOn, CONSULTATION_WORKING_DAYS);
  } catch (error) {
    if (error instanceof CalendarUnknownError) return null;
    throw error;
  }
}

/** letters.md (Policy default): release not before N working days after the third party received the notice. */
export function releaseWaitEnd(calendar: Calendar, deliveredOn: LocalDate, workingDays: number): LocalDate | null {
  try {
    return calendar.addWorkingDays(deliveredOn, workingDays);
  } catch (error) {
    if (error instanceof CalendarUnknownError) return null;
    throw error;
  }
}

/** A deadline that may be unknown (待定) has passed by `today`; an unknown one never has. */
export function hasPassed(deadline: LocalDate | null, today: LocalDate): boolean {
  return deadline !== null && compareLocalDate(today, deadline) > 0;
}

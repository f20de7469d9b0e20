import type { Calendar, LocalDate } from "../calendar";

/**
 * The applicant pays within 20 working days counted from the day after receiving
 * the 收费通知书 (fees.md §3.3; the procedure of 《政府信息公开信息处理费管理办法》).
 */
export const FEE_PAYMENT_WINDOW_WORKING_DAYS = 20;

/** The last day to pay; throws CalendarUnknownError when that year has no calendar. */
export function feePaymentDueOn(calendar: Calendar, noticeReceivedOn: LocalDate): LocalDate {
  return calendar.addWorkingDays(noticeReceivedOn, FEE_PAYMENT_WINDOW_WORKING_DAYS);
}

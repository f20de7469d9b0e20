import { addDays, type LocalDate } from "@/lib/calendar";
import { CONSULTATION_REPLY_WORKING_DAYS } from "@/lib/clock/rules";
import { FEE_PAYMENT_WINDOW_WORKING_DAYS } from "@/lib/fees/payment";

/**
 * The worker's cheap SQL prefilter, by calendar days: a period of N working days lasts at least N
 * calendar days, so a pause whose N working days have passed by `today` started before today − N.
 * The exact deadline is then computed from the calendar for each candidate. N comes from the rule
 * modules, so a changed period moves the prefilter with it.
 */
export function prefilterCutoffs(today: LocalDate): { feeNoticeReceivedBefore: LocalDate; consultationSentBefore: LocalDate } {
  return {
    // fees.md §3.3: 20 working days to pay, counted from the day after the notice is received.
    feeNoticeReceivedBefore: addDays(today, -FEE_PAYMENT_WINDOW_WORKING_DAYS),
    // 条例第三十二条: the consultee has 15 working days from receiving the letter (received on or after it is sent).
    consultationSentBefore: addDays(today, -CONSULTATION_REPLY_WORKING_DAYS),
  };
}

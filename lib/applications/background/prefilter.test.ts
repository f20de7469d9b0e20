import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/calendar";
import { officialCalendar } from "@/lib/calendar/test-support";
import { CONSULTATION_REPLY_WORKING_DAYS } from "@/lib/clock/rules";
import { FEE_PAYMENT_WINDOW_WORKING_DAYS } from "@/lib/fees/payment";
import { prefilterCutoffs } from "./prefilter";

/** Every day of 2024–2025: the first day after each deadline, the prefilter must already let the case through. */
const days = Array.from({ length: 731 }, (_, i) => addDays("2024-01-01", i));

describe("the worker's prefilter never hides a case whose period has run out (calendar of holidays-cn.json)", () => {
  it(`a fee notice received on any day is a candidate the day after its ${FEE_PAYMENT_WINDOW_WORKING_DAYS} working days to pay (fees.md §3.3)`, () => {
    for (const receivedOn of days) {
      const dayAfter = addDays(officialCalendar.addWorkingDays(receivedOn, FEE_PAYMENT_WINDOW_WORKING_DAYS), 1);
      expect(receivedOn < prefilterCutoffs(dayAfter).feeNoticeReceivedBefore, receivedOn).toBe(true);
    }
  });

  it(`a consultation sent on any day is a candidate the day after its ${CONSULTATION_REPLY_WORKING_DAYS} working days to answer (条例第三十二条)`, () => {
    for (const sentOn of days) {
      const dayAfter = addDays(officialCalendar.addWorkingDays(sentOn, CONSULTATION_REPLY_WORKING_DAYS), 1);
      expect(sentOn < prefilterCutoffs(dayAfter).consultationSentBefore, sentOn).toBe(true);
    }
  });

  it("moves with the rule modules' periods", () => {
    expect(prefilterCutoffs("2025-03-31")).toEqual({
      feeNoticeReceivedBefore: addDays("2025-03-31", -FEE_PAYMENT_WINDOW_WORKING_DAYS),
      consultationSentBefore: addDays("2025-03-31", -CONSULTATION_REPLY_WORKING_DAYS),
    });
  });
});

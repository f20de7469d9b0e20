import { describe, expect, it } from "vitest";
import { CalendarUnknownError } from "../calendar";
import { officialCalendar } from "../calendar/test-support";
import { FEE_PAYMENT_WINDOW_WORKING_DAYS, feePaymentDueOn } from "./payment";

describe("payment deadline: 20 working days counted from the day after the notice is received (fees.md §3.3)", () => {
  it.each([
    ["2025-03-10", "2025-04-08", "清明 2025-04-04 skipped"],
    ["2025-09-19", "2025-10-23", "across 国庆、中秋 2025 with two make-up days"],
    ["2026-02-06", "2026-03-12", "across 春节 2026"],
  ])("notice received %s → pay by %s (%s)", (received, due) => {
    expect(FEE_PAYMENT_WINDOW_WORKING_DAYS).toBe(20);
    expect(feePaymentDueOn(officialCalendar, received)).toBe(due);
  });

  it("is unknown when it reaches an unpublished year", () => {
    expect(() => feePaymentDueOn(officialCalendar, "2026-12-20")).toThrow(CalendarUnknownError);
  });
});

import { describe, expect, it } from "vitest";
import { defaultAgencyPolicy } from "@/lib/agencies/policy";
import { defaultReportYear, januaryReminder, reportDueOn } from "./due-date";

describe("annual report due date (条例第四十九条, agency setting annualReportDueOn)", () => {
  it.each([
    ["01-31", 2024, "2025-01-31"],
    ["03-31", 2024, "2025-03-31"],
    ["02-30", 2023, "2024-02-29"],
    ["02-29", 2024, "2025-02-28"],
  ])("%s for the %i report is %s", (annualReportDueOn, year, expected) => {
    expect(reportDueOn(year, { annualReportDueOn })).toBe(expected);
  });

  it("defaults to 01-31 (Policy default for a township)", () => {
    expect(reportDueOn(2024, defaultAgencyPolicy)).toBe("2025-01-31");
  });

  it("works on last year's report by default", () => {
    expect(defaultReportYear("2025-11-27")).toBe(2024);
  });

  it("reminds in January only, until last year's report is published", () => {
    expect(januaryReminder("2025-01-10", defaultAgencyPolicy, false)).toEqual({ year: 2024, dueOn: "2025-01-31" });
    expect(januaryReminder("2025-01-10", defaultAgencyPolicy, true)).toBeNull();
    expect(januaryReminder("2025-02-01", defaultAgencyPolicy, false)).toBeNull();
    expect(januaryReminder("2024-12-31", defaultAgencyPolicy, false)).toBeNull();
  });
});

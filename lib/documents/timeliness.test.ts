import { describe, expect, it } from "vitest";
import { calendarYearsFromJson, createCalendar } from "@/lib/calendar";
import holidaysJson from "@/lib/calendar/holidays-cn.json";
import { chinaDate, publicationDueOn, timeliness } from "./timeliness";

const calendar = createCalendar(calendarYearsFromJson(holidaysJson));

describe("publicationDueOn (条例第二十六条: 20 working days after 成文日期 / 变更日期)", () => {
  it.each([
    // The sample report: made 2024-12-20; New Year's Day 2025-01-01 is skipped.
    ["2024-12-20", null, "2025-01-20"],
    // Across 国庆/中秋 2025 (workflow.md §3 worked example: 2025-09-26 + 20 = 2025-10-30).
    ["2025-09-26", null, "2025-10-30"],
    // A change restarts the clock from 变更日期.
    ["2024-12-20", "2025-09-19", "2025-10-23"],
  ])("made %s, changed %s → due %s", (issuedOn, changedOn, due) => {
    expect(publicationDueOn(calendar, issuedOn, changedOn)).toBe(due);
  });

  it("is undefined while the calendar of the year it reaches is unknown", () => {
    expect(publicationDueOn(calendar, "2026-12-20")).toBeUndefined();
  });
});

describe("timeliness", () => {
  it("says on time or late by the date the version was published", () => {
    expect(timeliness(calendar, { publicationDueOn: "2025-01-20", versionPublishedOn: "2024-12-27" }, "2025-03-01")).toEqual({
      kind: "on_time",
      dueOn: "2025-01-20",
    });
    expect(timeliness(calendar, { publicationDueOn: "2025-01-20", versionPublishedOn: "2025-01-22" }, "2025-03-01")).toEqual({
      kind: "late",
      dueOn: "2025-01-20",
      workingDaysLate: 2,
    });
  });

  it("counts the working days left, or overdue, for an unpublished version", () => {
    expect(timeliness(calendar, { publicationDueOn: "2025-01-20", versionPublishedOn: null }, "2025-01-15")).toEqual({
      kind: "due",
      dueOn: "2025-01-20",
      workingDaysLeft: 3,
    });
    expect(timeliness(calendar, { publicationDueOn: "2025-01-20", versionPublishedOn: null }, "2025-01-21")).toEqual({
      kind: "overdue",
      dueOn: "2025-01-20",
      workingDaysLate: 1,
    });
    expect(timeliness(calendar, { publicationDueOn: null, versionPublishedOn: null }, "2025-01-21")).toEqual({ kind: "unknown" });
  });

  it("takes the date in Beijing time", () => {
    expect(chinaDate(new Date("2024-12-26T16:30:00Z"))).toBe("2024-12-27");
  });
});

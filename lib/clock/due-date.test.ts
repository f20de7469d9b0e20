import { describe, expect, it } from "vitest";
import { officialCalendar as calendar } from "../calendar/test-support";
import { dueDate, excludedWorkingDays, workingDaysUsed, type PauseSpan } from "./due-date";

// March 2025 has no holiday; 2025-03-03 is a Monday and 20 working days later is 03-31.
const START = "2025-03-03";

describe("dueDate: the smallest D with B working days outside the pauses (workflow.md §4 rules 4 and 6)", () => {
  it.each<[string, PauseSpan[], string | undefined]>([
    ["no pause: 条例第三十三条 20 working days", [], "2025-03-31"],
    ["one pause (03-05, 03-14]: 7 working days", [{ startOn: "2025-03-05", endOn: "2025-03-14" }], "2025-04-10"],
    ["overlapping pauses count their union once (V2)", [{ startOn: "2025-03-05", endOn: "2025-03-14" }, { startOn: "2025-03-10", endOn: "2025-03-20" }], "2025-04-16"],
    ["a pause nested in another adds nothing", [{ startOn: "2025-03-05", endOn: "2025-03-14" }, { startOn: "2025-03-07", endOn: "2025-03-10" }], "2025-04-10"],
    ["back-to-back pauses: (05, 10] and (10, 14] make 7", [{ startOn: "2025-03-05", endOn: "2025-03-10" }, { startOn: "2025-03-10", endOn: "2025-03-14" }], "2025-04-10"],
    ["order of the spans does not matter", [{ startOn: "2025-03-10", endOn: "2025-03-20" }, { startOn: "2025-03-05", endOn: "2025-03-14" }], "2025-04-16"],
    ["the part of a pause before clockStartOn is ignored", [{ startOn: "2025-02-25", endOn: "2025-03-05" }], "2025-04-02"],
    ["a pause wholly before clockStartOn is ignored", [{ startOn: "2025-02-20", endOn: "2025-02-27" }], "2025-03-31"],
    ["a pause ending on its start day is empty", [{ startOn: "2025-03-05", endOn: "2025-03-05" }], "2025-03-31"],
    ["an open pause leaves the date undefined (计时中止)", [{ startOn: "2025-03-05" }], undefined],
    ["a pause starting on the due date cannot move it: its days come after D", [{ startOn: "2025-03-31", endOn: "2025-04-10" }], "2025-03-31"],
    ["an open pause starting on the due date: the count is already complete", [{ startOn: "2025-03-31" }], "2025-03-31"],
  ])("%s", (_, spans, expected) => {
    expect(dueDate(calendar, START, 20, spans)).toBe(expected);
  });

  it("an extension is a larger budget (条例第三十三条第一款)", () => {
    // 03-31 + 20: 清明 04-04 skipped, the make-up Sunday 04-27 counts.
    expect(dueDate(calendar, START, 40, [])).toBe("2025-04-28");
  });
});

describe("excludedWorkingDays and workingDaysUsed", () => {
  const spans: PauseSpan[] = [
    { startOn: "2025-03-05", endOn: "2025-03-14" },
    { startOn: "2025-03-10", endOn: "2025-03-20" },
  ];

  it("counts the union of the pauses in (from, to]", () => {
    expect(excludedWorkingDays(calendar, START, "2025-03-31", spans)).toBe(11);
    expect(excludedWorkingDays(calendar, START, "2025-03-12", spans)).toBe(5);
    expect(excludedWorkingDays(calendar, START, "2025-03-05", spans)).toBe(0);
  });

  it("counts an open pause up to the end of the interval", () => {
    expect(excludedWorkingDays(calendar, START, "2025-03-12", [{ startOn: "2025-03-10" }])).toBe(2);
  });

  it("used days are the working days after clockStartOn outside the pauses", () => {
    expect(workingDaysUsed(calendar, START, "2025-03-05", spans)).toBe(2);
    expect(workingDaysUsed(calendar, START, "2025-03-20", spans)).toBe(2);
    expect(workingDaysUsed(calendar, START, "2025-04-16", spans)).toBe(20);
    expect(workingDaysUsed(calendar, START, START, spans)).toBe(0);
    expect(workingDaysUsed(calendar, START, "2025-02-28", spans)).toBe(0);
  });
});

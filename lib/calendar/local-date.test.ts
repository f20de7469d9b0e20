import { describe, expect, it } from "vitest";
import {
  addDays,
  assertLocalDate,
  compareLocalDate,
  fromDayNumber,
  InvalidLocalDateError,
  isLocalDate,
  isWeekend,
  maxLocalDate,
  toDayNumber,
  weekday,
  yearOf,
} from "./local-date";

describe("LocalDate validation", () => {
  it.each(["2025-01-01", "2024-02-29", "2000-02-29", "1970-01-01", "2026-12-31"])("accepts %s", (value) => {
    expect(isLocalDate(value)).toBe(true);
    expect(assertLocalDate(value)).toBe(value);
  });

  it.each([
    "2025-02-29", // not a leap year
    "1900-02-29", // century, not a leap year
    "2025-13-01",
    "2025-00-10",
    "2025-04-31",
    "2025-1-01",
    "2025/01/01",
    "2025-01-01T00:00",
    " 2025-01-01",
    "２０２５-01-01",
    "",
    20250101,
    null,
    undefined,
  ])("refuses %j", (value) => {
    expect(isLocalDate(value)).toBe(false);
    expect(() => assertLocalDate(value)).toThrow(InvalidLocalDateError);
  });

  it("names the bad value in Chinese", () => {
    expect(() => toDayNumber("2025-02-30")).toThrow("「2025-02-30」不是有效的日期（应为 YYYY-MM-DD）");
  });
});

describe("day numbers", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11017],
    ["2025-03-03", 20150],
  ])("%s is day %i", (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it("round-trips every day from 1999 to 2101, in order", () => {
    let previous = toDayNumber("1999-01-01") - 1;
    for (let n = toDayNumber("1999-01-01"); n <= toDayNumber("2101-12-31"); n++) {
      const date = fromDayNumber(n);
      expect(toDayNumber(date)).toBe(previous + 1);
      previous = n;
    }
  });
});

describe("date arithmetic", () => {
  it.each([
    ["2025-02-28", 1, "2025-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2025-03-03", 0, "2025-03-03"],
    ["2025-03-03", 365, "2026-03-03"],
  ])("addDays(%s, %i) = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("refuses a fractional number of days", () => {
    expect(() => addDays("2025-03-03", 1.5)).toThrow(RangeError);
  });

  it.each([
    ["2025-03-03", 1], // Monday
    ["2025-09-28", 7], // Sunday (a 调休上班日, still a Sunday)
    ["2024-02-10", 6], // Saturday
    ["1970-01-01", 4], // Thursday
    ["1969-12-28", 7], // Sunday, before day 0
  ] as const)("weekday(%s) = %i", (date, expected) => {
    expect(weekday(date)).toBe(expected);
    expect(isWeekend(date)).toBe(expected >= 6);
  });

  it("compares and takes the later date", () => {
    expect(compareLocalDate("2025-03-03", "2025-03-04")).toBe(-1);
    expect(compareLocalDate("2025-03-04", "2025-03-04")).toBe(0);
    expect(compareLocalDate("2026-01-01", "2025-12-31")).toBe(1);
    expect(maxLocalDate("2025-03-04", "2025-03-03")).toBe("2025-03-04");
    expect(() => compareLocalDate("2025-03-03", "03/04/2025")).toThrow(InvalidLocalDateError);
  });

  it("yearOf", () => {
    expect(yearOf("2026-12-31")).toBe(2026);
  });
});

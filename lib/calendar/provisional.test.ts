import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { addDays } from "./local-date";
import { createCalendarWithProvisional, missingYears, provisionalCalendarYear } from "./provisional";
import { officialCalendar, officialYears } from "./test-support";

function daysOf(year: number): string[] {
  return provisionalCalendarYear(year).holidays.flatMap(({ from, to }) => {
    const days: string[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
    return days;
  });
}

describe("《全国年节及纪念日放假办法》(2024 revision) applies from 2025", () => {
  it("refuses 2024 (春节 was 3 days without 除夕; 2024-02-09 was a working day)", () => {
    expect(() => provisionalCalendarYear(2024)).toThrow(RangeError);
    expect(officialCalendar.isWorkingDay("2024-02-09")).toBe(true);
  });

  it.each([2025, 2026])("every day it makes a holiday in %i (补假 included) is a holiday in the published arrangement", (year) => {
    const days = daysOf(year);
    expect(days.length).toBeGreaterThanOrEqual(13);
    for (const day of days) {
      expect({ day, holiday: officialCalendar.describeDay(day).holidayName !== undefined }).toEqual({ day, holiday: true });
    }
  });
});

// Verified by hand: lunar dates (除夕, 端午 五月初五, 中秋 八月十五) and 清明 as published in the
// 中国天文年历 / 万年历; weekdays from the Gregorian calendar; 补假 = next weekday(s) after the
// holiday for each statutory day on a Saturday or Sunday (第六条).
const expected: Record<number, [string, string, string][]> = {
  2027: [
    ["元旦", "2027-01-01", "2027-01-01"], // Fri
    ["春节", "2027-02-05", "2027-02-10"], // 除夕 Fri 02-05, 初一 Sat, 初二 Sun, 初三 Mon → 补假 Tue 02-09, Wed 02-10
    ["清明节", "2027-04-05", "2027-04-05"], // Mon
    ["劳动节", "2027-05-01", "2027-05-04"], // Sat, Sun → 补假 Mon 05-03, Tue 05-04
    ["端午节", "2027-06-09", "2027-06-09"], // Wed
    ["中秋节", "2027-09-15", "2027-09-15"], // Wed
    ["国庆节", "2027-10-01", "2027-10-05"], // Fri, Sat, Sun → 补假 Mon 10-04, Tue 10-05
  ],
  2028: [
    ["元旦", "2028-01-01", "2028-01-03"], // Sat → 补假 Mon 01-03
    ["春节", "2028-01-25", "2028-01-28"], // 除夕 Tue 01-25 … 初三 Fri 01-28
    ["清明节", "2028-04-04", "2028-04-04"], // Tue
    ["劳动节", "2028-05-01", "2028-05-02"], // Mon, Tue
    ["端午节", "2028-05-28", "2028-05-29"], // Sun → 补假 Mon 05-29
    ["国庆节、中秋节", "2028-10-01", "2028-10-04"], // 中秋 Tue 10-03 inside 国庆; 10-01 Sun → 补假 Wed 10-04
  ],
  2029: [
    ["元旦", "2029-01-01", "2029-01-01"], // Mon
    ["春节", "2029-02-12", "2029-02-15"], // 除夕 Mon 02-12 … 初三 Thu 02-15
    ["清明节", "2029-04-04", "2029-04-04"], // Wed
    ["劳动节", "2029-05-01", "2029-05-02"], // Tue, Wed
    ["端午节", "2029-06-16", "2029-06-18"], // Sat → 补假 Mon 06-18
    ["中秋节", "2029-09-22", "2029-09-24"], // Sat → 补假 Mon 09-24
    ["国庆节", "2029-10-01", "2029-10-03"], // Mon–Wed
  ],
  2030: [
    ["元旦", "2030-01-01", "2030-01-01"], // Tue
    ["春节", "2030-02-02", "2030-02-07"], // 除夕 Sat 02-02, 初一 Sun, 初二 Mon, 初三 Tue → 补假 Wed 02-06, Thu 02-07
    ["清明节", "2030-04-05", "2030-04-05"], // Fri
    ["劳动节", "2030-05-01", "2030-05-02"], // Wed, Thu
    ["端午节", "2030-06-05", "2030-06-05"], // Wed
    ["中秋节", "2030-09-12", "2030-09-12"], // Thu
    ["国庆节", "2030-10-01", "2030-10-03"], // Tue–Thu
  ],
};

describe("2027–2030: the statutory days and their 补假 (第二条、第六条)", () => {
  it.each(Object.keys(expected).map(Number))("%i", (year) => {
    const got = provisionalCalendarYear(year).holidays.map((h) => [h.name, h.from, h.to]);
    expect(got).toEqual(expected[year]);
    expect(provisionalCalendarYear(year).workdays).toEqual([]);
  });
});

describe("createCalendarWithProvisional", () => {
  it("fills only the missing years, and the official calendar still refuses them", () => {
    expect(missingYears(officialYears)).toEqual([2027, 2028, 2029]);
    const calendar = createCalendarWithProvisional(officialYears);
    expect(() => calendar.addWorkingDays("2026-12-03", 40)).toThrow(/2027年放假安排未公布/);
    // 40 working days from 2026-12-03: 20 in December 2026, then 元旦 2027-01-01 skipped.
    expect(calendar.provisional!.addWorkingDays("2026-12-03", 40)).toBe("2027-01-29");
    expect(createCalendar(officialYears).provisional).toBeUndefined();
  });
});

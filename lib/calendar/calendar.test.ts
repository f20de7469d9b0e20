import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import type { CalendarYear } from "./calendar-data";
import { CalendarDataError, CalendarUnknownError, pendingLabel } from "./errors";
import { InvalidLocalDateError } from "./local-date";
import { officialCalendar as calendar, officialYears } from "./test-support";

/** Catches the error a call throws, to check its type and fields. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

describe("workflow.md §3 worked examples: received → +7 → +20 → +40 working days (条例第三十、三十三条)", () => {
  it.each([
    ["2025-09-19", "2025-09-29", "2025-10-23", "2025-11-20"],
    ["2025-09-26", "2025-10-13", "2025-10-30", "2025-11-27"],
    ["2026-02-06", "2026-02-24", "2026-03-12", "2026-04-10"],
    ["2026-04-30", "2026-05-13", "2026-06-01", "2026-06-30"],
  ])("received %s", (received, plus7, plus20, plus40) => {
    expect(calendar.addWorkingDays(received, 7)).toBe(plus7);
    expect(calendar.addWorkingDays(received, 20)).toBe(plus20);
    expect(calendar.addWorkingDays(received, 40)).toBe(plus40);
    expect(calendar.workingDaysBetween(received, plus20)).toBe(20);
  });
});

describe("addWorkingDays: day 1 is the first working day after the date (workflow.md §3)", () => {
  it.each([
    // 春节 2024: holiday 02-10 (Sat) to 02-17 (Sat); make-up Sundays 02-04 and 02-18.
    ["2024-02-08", 1, "2024-02-09", "除夕 2024-02-09 is an ordinary working day"],
    ["2024-02-09", 1, "2024-02-18", "the make-up Sunday after 春节 is day 1"],
    ["2024-02-09", 2, "2024-02-19", ""],
    ["2024-02-02", 7, "2024-02-18", "make-up Sunday 02-04 counts before the holiday"],
    // 春节 2025: holiday 01-28 (Tue) to 02-04 (Tue); make-up 01-26 (Sun), 02-08 (Sat).
    ["2025-01-24", 1, "2025-01-26", "make-up Sunday before 春节"],
    ["2025-01-24", 3, "2025-02-05", "the whole holiday is skipped"],
    ["2025-01-24", 6, "2025-02-08", "make-up Saturday after 春节"],
    ["2025-01-24", 7, "2025-02-10", ""],
    ["2025-01-27", 20, "2025-03-03", "20-working-day reply period across 春节"],
    // 春节 2026: holiday 02-15 (Sun) to 02-23 (Mon); make-up 02-14 (Sat), 02-28 (Sat).
    ["2026-02-13", 1, "2026-02-14", "make-up Saturday before 春节"],
    ["2026-02-14", 1, "2026-02-24", "nine days of holiday skipped"],
    ["2026-02-27", 1, "2026-02-28", "make-up Saturday after 春节"],
    // 中秋 + 国庆 2024: 09-15 to 09-17 and 10-01 to 10-07; make-up 09-14 (Sat), 09-29 (Sun), 10-12 (Sat).
    ["2024-09-12", 2, "2024-09-14", "make-up Saturday before 中秋"],
    ["2024-09-12", 3, "2024-09-18", "中秋 skipped"],
    ["2024-09-27", 1, "2024-09-29", "make-up Sunday before 国庆"],
    ["2024-09-27", 3, "2024-10-08", "国庆 skipped"],
    ["2024-09-27", 7, "2024-10-12", "make-up Saturday after 国庆"],
    ["2024-09-27", 8, "2024-10-14", ""],
    ["2024-09-13", 20, "2024-10-17", "20 working days across 中秋 and 国庆 with three make-up days"],
    // 国庆、中秋 2025 (one range 10-01 to 10-08); make-up 09-28 (Sun), 10-11 (Sat).
    ["2025-09-26", 1, "2025-09-28", "make-up Sunday"],
    ["2025-09-30", 1, "2025-10-09", "the combined 国庆、中秋 range skipped"],
    ["2025-10-10", 1, "2025-10-11", "make-up Saturday"],
    // 中秋 + 国庆 2026: 09-25 to 09-27 and 10-01 to 10-07; make-up 09-20 (Sun), 10-10 (Sat).
    ["2026-09-18", 1, "2026-09-20", "make-up Sunday"],
    ["2026-09-24", 1, "2026-09-28", "中秋 skipped"],
    ["2026-09-18", 20, "2026-10-22", "20 working days across 中秋 and 国庆 2026"],
    // Other make-up weekends.
    ["2024-04-03", 1, "2024-04-07", "清明 2024, make-up Sunday 04-07"],
    ["2024-04-26", 1, "2024-04-28", "劳动节 2024, make-up Sunday 04-28"],
    ["2024-04-26", 9, "2024-05-11", "劳动节 2024, make-up Saturday 05-11"],
    ["2025-04-25", 1, "2025-04-27", "劳动节 2025, make-up Sunday 04-27"],
    ["2026-05-08", 1, "2026-05-09", "劳动节 2026, make-up Saturday 05-09"],
    ["2025-12-31", 1, "2026-01-04", "across the year end into 元旦 2026 and its make-up Sunday"],
    // Ordinary weeks.
    ["2025-03-07", 1, "2025-03-10", "a plain weekend"],
    ["2025-03-03", 20, "2025-03-31", "March 2025 has no holiday"],
    ["2025-03-03", 0, "2025-03-03", "n = 0 returns the date"],
    ["2025-10-04", 0, "2025-10-04", "n = 0 returns the date even on a holiday"],
  ])("addWorkingDays(%s, %i) = %s  %s", (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });

  it.each([
    ["2024-01-05", -3, "2024-01-02"],
    ["2025-10-09", -1, "2025-09-30"],
    ["2024-02-19", -2, "2024-02-09"],
  ])("counts backwards: addWorkingDays(%s, %i) = %s (for reminders before a due date)", (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
    expect(calendar.workingDaysBetween(expected, date)).toBe(-n);
  });

  it("refuses a fractional n", () => {
    expect(() => calendar.addWorkingDays("2025-03-03", 2.5)).toThrow(RangeError);
  });
});

describe("workingDaysBetween counts working days d with a < d ≤ b (workflow.md §3)", () => {
  it.each([
    ["2024-02-01", "2024-02-29", 17, "February 2024: two make-up Sundays, 春节 skipped"],
    ["2024-09-01", "2024-10-31", 40, "September–October 2024"],
    ["2025-09-30", "2025-10-12", 3, "10-09, 10-10 and the make-up Saturday 10-11"],
    ["2026-09-24", "2026-10-09", 5, "中秋 + 国庆 2026"],
    ["2025-03-03", "2025-03-03", 0, "empty interval"],
    ["2025-10-01", "2025-10-08", 0, "inside a holiday"],
    ["2025-03-07", "2025-03-10", 1, "the end day counts, the start day does not"],
    ["2025-04-07", "2025-03-31", -4, "b before a gives minus the count of b < d ≤ a"],
  ])("(%s, %s] has %i  %s", (a, b, expected) => {
    expect(calendar.workingDaysBetween(a, b)).toBe(expected);
  });
});

describe("describeDay", () => {
  it.each([
    ["2024-02-04", { workingDay: true, reason: "调休上班" }],
    ["2025-09-28", { workingDay: true, reason: "调休上班" }],
    ["2026-02-28", { workingDay: true, reason: "调休上班" }],
    ["2024-02-10", { workingDay: false, reason: "节假日（春节）", holidayName: "春节" }],
    // A weekend inside the range is still 节假日 with the range's name.
    ["2025-10-04", { workingDay: false, reason: "节假日（国庆节、中秋节）", holidayName: "国庆节、中秋节" }],
    ["2026-01-03", { workingDay: false, reason: "节假日（元旦）", holidayName: "元旦" }],
    ["2024-02-03", { workingDay: false, reason: "周末" }],
    ["2024-02-05", { workingDay: true, reason: "工作日" }],
  ])("%s", (date, expected) => {
    expect(calendar.describeDay(date)).toEqual(expected);
    expect(calendar.isWorkingDay(date)).toBe(expected.workingDay);
  });
});

describe("holidaysBetween lists the skipped days for the 答复期限计算器", () => {
  it("lists every non-working day in (a, b] with its reason", () => {
    expect(calendar.holidaysBetween("2025-09-26", "2025-10-10")).toEqual([
      { date: "2025-09-27", workingDay: false, reason: "周末" },
      ...["01", "02", "03", "04", "05", "06", "07", "08"].map((day) => ({
        date: `2025-10-${day}`,
        workingDay: false,
        reason: "节假日（国庆节、中秋节）",
        holidayName: "国庆节、中秋节",
      })),
    ]);
  });

  it("is empty when nothing is skipped or b ≤ a", () => {
    expect(calendar.holidaysBetween("2025-03-03", "2025-03-07")).toEqual([]);
    expect(calendar.holidaysBetween("2025-03-10", "2025-03-03")).toEqual([]);
  });
});

describe("a year with no published arrangement is unknown: never guess (workflow.md §3)", () => {
  it.each([
    ["isWorkingDay(2027-01-04)", () => calendar.isWorkingDay("2027-01-04"), 2027],
    ["describeDay(2023-12-29)", () => calendar.describeDay("2023-12-29"), 2023],
    ["a count from an unknown year", () => calendar.addWorkingDays("2023-12-29", 5), 2023],
    ["a count that runs into 2027", () => calendar.addWorkingDays("2026-12-15", 20), 2027],
    ["a backward count into 2023", () => calendar.addWorkingDays("2024-01-05", -4), 2023],
    ["an interval ending in 2027", () => calendar.workingDaysBetween("2026-12-01", "2027-01-10"), 2027],
    ["an interval starting in 2023", () => calendar.workingDaysBetween("2023-12-31", "2024-01-10"), 2023],
    ["holidays listed into 2027", () => calendar.holidaysBetween("2026-12-01", "2027-01-10"), 2027],
  ])("%s throws CalendarUnknownError naming the year", (_, call, year) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(CalendarUnknownError);
    expect((error as CalendarUnknownError).year).toBe(year);
    expect((error as Error).message).toBe(`${year}年放假安排未公布，无法计算工作日`);
  });

  it("still computes up to the last known day", () => {
    expect(calendar.addWorkingDays("2026-12-01", 20)).toBe("2026-12-29");
    expect(calendar.addWorkingDays("2026-12-30", 1)).toBe("2026-12-31");
  });

  it("does not count across a gap between known years", () => {
    const gapped = createCalendar(officialYears.filter((entry) => entry.year !== 2025));
    expect(gapped.knownYears()).toEqual([2024, 2026]);
    expect((thrown(() => gapped.addWorkingDays("2024-12-20", 20)) as CalendarUnknownError).year).toBe(2025);
    expect((thrown(() => gapped.workingDaysBetween("2026-01-10", "2024-12-01")) as CalendarUnknownError).year).toBe(2025);
    expect((thrown(() => gapped.addWorkingDays("2026-01-06", -5)) as CalendarUnknownError).year).toBe(2025);
    expect(gapped.addWorkingDays("2026-01-05", 1)).toBe("2026-01-06");
  });

  it("an empty calendar knows no year", () => {
    const empty = createCalendar([]);
    expect(empty.knownYears()).toEqual([]);
    expect((thrown(() => empty.addWorkingDays("2025-03-03", 1)) as CalendarUnknownError).year).toBe(2025);
    expect(empty.addWorkingDays("2025-03-03", 0)).toBe("2025-03-03");
  });

  it("pendingLabel is what the UI shows instead of the date", () => {
    expect(pendingLabel(2027)).toBe("待定（2027年放假安排未公布）");
  });

  it("refuses malformed dates with InvalidLocalDateError, not a calendar error", () => {
    expect(() => calendar.addWorkingDays("2025-02-30", 1)).toThrow(InvalidLocalDateError);
    expect(() => calendar.workingDaysBetween("2025-03-03", "tomorrow")).toThrow(InvalidLocalDateError);
  });
});

describe("a calendar change gives new dates (workflow.md §3: recomputed from the data)", () => {
  it("adding a holiday day moves a deadline", () => {
    const withExtraHoliday = createCalendar([
      ...officialYears.filter((entry) => entry.year !== 2025),
      {
        ...officialYears.find((entry) => entry.year === 2025)!,
        holidays: [
          ...officialYears.find((entry) => entry.year === 2025)!.holidays,
          { name: "测试调整", from: "2025-03-20", to: "2025-03-20" },
        ],
      },
    ]);
    expect(calendar.addWorkingDays("2025-03-03", 20)).toBe("2025-03-31");
    expect(withExtraHoliday.addWorkingDays("2025-03-03", 20)).toBe("2025-04-01");
  });

  it("publishing 2027 makes a 2027 deadline computable", () => {
    const with2027 = createCalendar([
      ...officialYears,
      { year: 2027, holidays: [{ name: "元旦", from: "2027-01-01", to: "2027-01-03" }], workdays: [] },
    ]);
    // 2026-12-15 (Tue): 12 working days left in December, then 01-04 … 01-08 and 01-11 … 01-13 (8).
    expect(with2027.addWorkingDays("2026-12-15", 20)).toBe("2027-01-13");
    expect(with2027.knownYears()).toEqual([2024, 2025, 2026, 2027]);
  });
});

describe("the fast tables agree with a day-by-day count of the rules in holidays-cn.json", () => {
  // Direct reading of the file's rule: listed workday → working; in a holiday range → not; else Mon–Fri.
  const isWorkingByRule = (date: string): boolean => {
    const entry = officialYears.find((y) => y.year === Number(date.slice(0, 4)))!;
    if (entry.workdays.includes(date)) return true;
    if (officialYears.some((y) => y.holidays.some((h) => h.from <= date && date <= h.to))) return false;
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    return day !== 0 && day !== 6;
  };
  const allDates: string[] = [];
  for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
    allDates.push(new Date(t).toISOString().slice(0, 10));
  }
  const working = allDates.map(isWorkingByRule);

  it("isWorkingDay matches on every day of 2024–2026", () => {
    allDates.forEach((date, i) => expect(calendar.isWorkingDay(date), date).toBe(working[i]));
  });

  it("addWorkingDays and workingDaysBetween match for n = 0…45 from every day up to 2026-09", () => {
    const last = allDates.indexOf("2026-09-30");
    for (let i = 0; i <= last; i++) {
      let j = i;
      for (let n = 0; n <= 45; n++) {
        if (n > 0) do j++; while (!working[j]);
        const expected = allDates[j]!;
        const actual = calendar.addWorkingDays(allDates[i]!, n);
        if (actual !== expected) expect(actual, `addWorkingDays(${allDates[i]}, ${n})`).toBe(expected);
        const between = calendar.workingDaysBetween(allDates[i]!, expected);
        if (between !== n) expect(between, `workingDaysBetween(${allDates[i]}, ${expected})`).toBe(n);
      }
    }
  });
});

describe("createCalendar refuses inconsistent data (CalendarDataError)", () => {
  const base: CalendarYear = { year: 2025, holidays: [{ name: "春节", from: "2025-01-28", to: "2025-02-04" }], workdays: ["2025-01-26"] };
  it.each([
    ["a duplicated year", [base, base], "2025年重复"],
    ["reversed range", [{ ...base, holidays: [{ name: "春节", from: "2025-02-04", to: "2025-01-28" }] }], "起止日期颠倒"],
    ["a range in another year", [{ ...base, holidays: [{ name: "春节", from: "2026-02-04", to: "2026-02-05" }] }], "不属于2025年"],
    ["an impossible date", [{ ...base, workdays: ["2025-02-29"] }], "调休上班日「2025-02-29」不属于2025年"],
    ["a workday inside a holiday", [{ ...base, workdays: ["2025-01-30"] }], "落在节假日「春节」期间"],
    ["a repeated workday", [{ ...base, workdays: ["2025-01-26", "2025-01-26"] }], "重复"],
    [
      "overlapping ranges",
      [{ ...base, holidays: [...base.holidays, { name: "又一个", from: "2025-02-04", to: "2025-02-05" }] }],
      "日期重叠",
    ],
    ["an empty name", [{ ...base, holidays: [{ name: " ", from: "2025-01-28", to: "2025-01-29" }] }], "未填写名称"],
    ["a bad year", [{ ...base, year: 20255 }], "年份「20255」无效"],
  ])("%s", (_, years, message) => {
    const error = thrown(() => createCalendar(years));
    expect(error).toBeInstanceOf(CalendarDataError);
    expect((error as Error).message).toContain(message);
  });

  it("accepts a New Year range that starts in the previous year (元旦 2023: 2022-12-31 to 2023-01-02)", () => {
    const years: CalendarYear[] = [
      { year: 2022, holidays: [], workdays: [] },
      { year: 2023, holidays: [{ name: "元旦", from: "2022-12-31", to: "2023-01-02" }], workdays: [] },
    ];
    const calendar2023 = createCalendar(years);
    expect(calendar2023.describeDay("2022-12-31")).toEqual({ workingDay: false, reason: "节假日（元旦）", holidayName: "元旦" });
    expect(calendar2023.addWorkingDays("2022-12-30", 1)).toBe("2023-01-03");
  });
});

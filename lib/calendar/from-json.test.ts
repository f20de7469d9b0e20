import { describe, expect, it } from "vitest";
import holidaysJson from "./holidays-cn.json";
import { CalendarDataError } from "./errors";
import { calendarYearsFromJson } from "./from-json";

describe("calendarYearsFromJson parses the holidays-cn.json shape", () => {
  it("reads the three published years with their sources", () => {
    const years = calendarYearsFromJson(holidaysJson);
    expect(years.map((entry) => entry.year)).toEqual([2024, 2025, 2026]);
    const y2025 = years.find((entry) => entry.year === 2025)!;
    expect(y2025.source).toMatch(/^国办发明电〔2024〕12号/);
    expect(y2025.holidays).toContainEqual({ name: "国庆节、中秋节", from: "2025-10-01", to: "2025-10-08" });
    expect(y2025.workdays).toEqual(["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]);
  });

  it("omits an absent source", () => {
    expect(calendarYearsFromJson({ years: { "2030": { holidays: [], workdays: [] } } })).toEqual([
      { year: 2030, holidays: [], workdays: [] },
    ]);
  });

  it.each([
    ["not an object", 42, "（根）"],
    ["a bad year key", { years: { "25": { holidays: [], workdays: [] } } }, "年份应为四位数字"],
    ["an impossible date", { years: { "2025": { holidays: [], workdays: ["2025-02-30"] } } }, "years.2025.workdays.0：应为有效日期（YYYY-MM-DD）"],
    ["a missing list", { years: { "2025": { holidays: [] } } }, "years.2025.workdays"],
    ["a nameless holiday", { years: { "2025": { holidays: [{ name: "", from: "2025-01-01", to: "2025-01-01" }], workdays: [] } } }, "节假日名称不能为空"],
  ])("refuses %s with a Chinese CalendarDataError", (_, json, message) => {
    let error: unknown;
    try {
      calendarYearsFromJson(json);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalendarDataError);
    expect((error as Error).message).toMatch(/^放假安排数据有误：/);
    expect((error as Error).message).toContain(message);
  });
});

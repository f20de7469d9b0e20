import { describe, expect, it } from "vitest";
import { calendarYearsFromJson, createCalendar } from "@/lib/calendar";
import { createCalendarWithProvisional } from "@/lib/calendar/provisional";
import holidays from "@/lib/calendar/holidays-cn.json";
import { computeMaybeProvisional, estimateDeadlines, maybeDateLabel } from "./deadlines";
import { estimateFee } from "./fee-estimate";
import { addWorkingDaysQuery, deadlineQuery, feeEstimateQuery, isWorkingDayQuery } from "./schemas";

const calendar = createCalendar(calendarYearsFromJson(holidays));

describe("答复期限计算器 (workflow.md §3 worked examples)", () => {
  it.each([
    ["2025-09-19", "2025-09-29", "2025-10-23", "2025-11-20"],
    ["2025-09-26", "2025-10-13", "2025-10-30", "2025-11-27"],
    ["2026-02-06", "2026-02-24", "2026-03-12", "2026-04-10"],
    ["2026-04-30", "2026-05-13", "2026-06-01", "2026-06-30"],
  ])("received %s → +7 %s, +20 %s, +40 %s (条例第三十条、第三十三条)", (received, plus7, plus20, plus40) => {
    const estimate = estimateDeadlines(calendar, received);
    expect(estimate.correctionNoticeDueOn).toEqual({ date: plus7 });
    expect(estimate.replyDueOn).toEqual({ date: plus20 });
    expect(estimate.extendedReplyDueOn).toEqual({ date: plus40 });
  });

  it("lists the holidays it skipped (国庆节、中秋节 2025 and the make-up Sunday is not among them)", () => {
    const { skipped } = estimateDeadlines(calendar, "2025-09-26");
    const dates = skipped.map((d) => d.date);
    expect(dates).toContain("2025-10-01");
    expect(dates).not.toContain("2025-09-28"); // 调休上班
    expect(skipped.find((d) => d.date === "2025-10-03")?.reason).toBe("节假日（国庆节、中秋节）");
  });

  it("says which year is unknown instead of guessing (2026-12 → 2027)", () => {
    const estimate = estimateDeadlines(calendar, "2026-12-10");
    expect(estimate.correctionNoticeDueOn).toEqual({ date: "2026-12-21" });
    expect(estimate.replyDueOn).toEqual({ unknownYear: 2027 });
    expect(estimate.extendedReplyDueOn).toEqual({ unknownYear: 2027 });
  });

  it("estimates across the unpublished year when the calendar carries the provisional one, and labels it 预计", () => {
    const estimate = estimateDeadlines(createCalendarWithProvisional(calendarYearsFromJson(holidays)), "2026-12-03");
    expect(estimate.replyDueOn).toEqual({ date: "2026-12-31" });
    expect(estimate.extendedReplyDueOn).toEqual({ unknownYear: 2027, provisionalDate: "2027-01-29" });
    expect(maybeDateLabel(estimate.extendedReplyDueOn)).toBe("预计 2027-01-29（2027年放假安排公布前按法定节日推算）");
    expect(maybeDateLabel({ unknownYear: 2031 })).toBe("待定（2031年放假安排未公布）");
  });

  it("computeMaybeProvisional answers officially when it can, provisionally only when asked", () => {
    const both = createCalendarWithProvisional(calendarYearsFromJson(holidays));
    expect(computeMaybeProvisional(both, true, (c) => c.addWorkingDays("2026-12-03", 5))).toEqual({ value: "2026-12-10", provisional: false });
    expect(computeMaybeProvisional(both, true, (c) => c.addWorkingDays("2026-12-03", 40))).toEqual({ value: "2027-01-29", provisional: true });
    expect(() => computeMaybeProvisional(both, false, (c) => c.addWorkingDays("2026-12-03", 40))).toThrow(/2027年/);
  });
});

describe("信息处理费计算器 (fees.md worked examples)", () => {
  it.each([
    [{ method: "per-item", priorItems: "11", items: "1" }, 100],
    [{ method: "per-item", priorItems: "8", items: "5" }, 300],
    [{ method: "per-page", pages: "150" }, 1700],
    [{ method: "per-page", pages: "2219" }, 83460],
  ])("%o → %i 元", (query, amount) => {
    expect(estimateFee(feeEstimateQuery.parse(query)).amount).toBe(amount);
  });
});

describe("calculator parameters are refused with a Chinese message; the API keeps the parameter in the path", () => {
  it.each([
    [addWorkingDaysQuery, { from: "2025-02-30", days: "3" }, "from", "起算日期必须是有效日期，格式为 YYYY-MM-DD，例如 2025-09-19。"],
    [addWorkingDaysQuery, { from: "2025-09-26", days: "x" }, "days", "工作日数必须是整数。"],
    [addWorkingDaysQuery, { from: "2025-09-26", days: "-1" }, "days", "工作日数必须在 0 到 1,000 之间。"],
    [addWorkingDaysQuery, { days: "3" }, "from", "请填写起算日期。"],
    [isWorkingDayQuery, { date: "20250928" }, "date", "日期必须是有效日期，格式为 YYYY-MM-DD，例如 2025-09-19。"],
    [isWorkingDayQuery, { date: "1999-12-31" }, "date", "日期不能早于 2000 年 1 月 1 日，请检查年份是否填错。"],
    [deadlineQuery, { receivedOn: "" }, "receivedOn", "请填写收到申请之日。"],
    [deadlineQuery, { receivedOn: "0202-09-19" }, "receivedOn", "收到申请之日不能早于 2000 年 1 月 1 日，请检查年份是否填错。"],
    [feeEstimateQuery, { method: "per-item", priorItems: "0", items: "0" }, "items", "本次申请件数必须在 1 到 1,000,000 之间。"],
    [feeEstimateQuery, { method: "per-item", priorItems: "-1", items: "1" }, "priorItems", "本月此前已申请件数必须在 0 到 1,000,000 之间。"],
    [feeEstimateQuery, { method: "per-page", pages: "1.5" }, "pages", "页数必须是整数。"],
    [feeEstimateQuery, { method: "per-page", pages: "   " }, "pages", "请填写页数。"],
    [feeEstimateQuery, { method: "per-page", pages: "1000001" }, "pages", "页数必须在 1 到 1,000,000 之间。"],
    [feeEstimateQuery, { method: "free" }, "method", "请选择计费方式：按件计收（per-item）或按量计收（per-page）。"],
  ] as const)("case %#", (schema, query, parameter, message) => {
    const result = schema.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toHaveLength(1);
    const issue = result.error!.issues[0]!;
    expect(issue.message, JSON.stringify(query)).toBe(message);
    expect(issue.path.join(".") || "method").toBe(parameter);
    expect(issue.message).not.toMatch(/参数|pages|items|receivedOn|from|days/);
  });

  it("reads full-width digits and dashes typed with a Chinese input method", () => {
    expect(feeEstimateQuery.parse({ method: "per-page", pages: "１５０" })).toEqual({ method: "per-page", pages: 150 });
    expect(deadlineQuery.parse({ receivedOn: "２０２５－０９－１９" })).toEqual({ receivedOn: "2025-09-19" });
    expect(addWorkingDaysQuery.parse({ from: " 2025-09-19 ", days: "７" })).toEqual({ from: "2025-09-19", days: 7, provisional: false });
  });
});

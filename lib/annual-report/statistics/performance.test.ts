import { describe, expect, it } from "vitest";
import { officialCalendar as calendar } from "@/lib/calendar/test-support";
import { DEFAULT_CLOCK_POLICY, type ClockEvent } from "@/lib/clock";
import { computePerformance, judgeReply, median, type PerformanceCase } from "./performance";
import { performanceCsv } from "./performance-csv";

// Received 2025-03-03; one 补正告知书, the corrected application received on Friday 03-14, so the
// reply period restarts there (条例第三十条); a fee notice received 03-18 and paid 03-28 (the 8
// working days 03-19 … 03-28 do not count). 20 + 8 working days after 03-14, with 清明 (04-04) off:
// due 2025-04-24.
const correctedAndFee: ClockEvent[] = [
  { type: "received", on: "2025-03-03" },
  { type: "correctionRequested", on: "2025-03-05" },
  { type: "correctionReceived", on: "2025-03-14" },
  { type: "feeNoticeReceived", on: "2025-03-18", pauseId: "fee" },
  { type: "feePaid", on: "2025-03-28", pauseId: "fee" },
];

const replied = (clockEvents: ClockEvent[], finishedOn: string, overrides: Partial<PerformanceCase> = {}): PerformanceCase => ({
  receivedOn: clockEvents[0]?.on ?? "2025-01-02",
  finishedOn,
  status: "replied",
  reportRow: "1",
  clockEvents,
  policy: DEFAULT_CLOCK_POLICY,
  ...overrides,
});
const fees = { noticesIssued: 1, noticesAmount: 200, collected: 200 };

describe("judgeReply: on time by the due date of the case's own ledger, working days net of the pauses", () => {
  it("a case paused for correction and for a fee is on time when its net working days are within the limit", () => {
    // 36 working days after receipt, but 27 after the restart, less the 8 of the fee notice: 19.
    expect(calendar.workingDaysBetween("2025-03-03", "2025-04-23")).toBe(36);
    expect(judgeReply(correctedAndFee, DEFAULT_CLOCK_POLICY, "2025-04-23", calendar)).toEqual({ onTime: true, replyDueOn: "2025-04-24", netWorkingDays: 19 });
    // The due day itself is on time: 20 net working days.
    expect(judgeReply(correctedAndFee, DEFAULT_CLOCK_POLICY, "2025-04-24", calendar)).toEqual({ onTime: true, replyDueOn: "2025-04-24", netWorkingDays: 20 });
    // One working day later it is late: 21.
    expect(judgeReply(correctedAndFee, DEFAULT_CLOCK_POLICY, "2025-04-25", calendar)).toEqual({ onTime: false, replyDueOn: "2025-04-24", netWorkingDays: 21 });
  });

  it("an agency whose fee notices do not pause the clock counts those days", () => {
    const policy = { ...DEFAULT_CLOCK_POLICY, feePausesClock: false };
    expect(judgeReply(correctedAndFee, policy, "2025-04-23", calendar)).toMatchObject({ onTime: false, netWorkingDays: 27 });
  });

  it("an approved extension adds its working days to the limit, not to the days used", () => {
    const extended: ClockEvent[] = [{ type: "received", on: "2025-03-03" }, { type: "extensionApproved", on: "2025-03-20", workingDays: 20 }];
    // 40 working days after 2025-03-03 (清明 04-04 off, Sunday 04-27 a make-up working day): 04-28.
    expect(judgeReply(extended, DEFAULT_CLOCK_POLICY, "2025-04-25", calendar)).toEqual({ onTime: true, replyDueOn: "2025-04-28", netWorkingDays: 38 });
    expect(judgeReply(extended.slice(0, 1), DEFAULT_CLOCK_POLICY, "2025-04-25", calendar)).toMatchObject({ onTime: false, replyDueOn: "2025-03-31" });
  });

  it("a reply without a ledger of its own (an imported register row) is neither on time nor late", () => {
    expect(judgeReply([], DEFAULT_CLOCK_POLICY, "2025-04-23", calendar)).toEqual({ onTime: null, replyDueOn: null, netWorkingDays: null });
  });
});

describe("computePerformance", () => {
  it("counts applications by the month received, replies by the day replied, and leaves closings out of timeliness", () => {
    const plain = (on: string): ClockEvent[] => [{ type: "received", on }];
    const performance = computePerformance(
      {
        year: 2025,
        fees,
        cases: [
          replied(correctedAndFee, "2025-04-23"), // on time, 19
          replied(plain("2025-03-03"), "2025-03-31", { reportRow: "4.1" }), // 20 working days: on time
          replied(plain("2025-03-03"), "2025-04-01", { reportRow: "3.4" }), // 21: late
          replied(plain("2025-01-06"), "2025-01-10"), // 4
          replied([], "2025-06-30", { receivedOn: "2025-06-02" }), // imported: unknown, no working days
          // Withdrawn: counted in March and in row 6.3, not in timeliness.
          { ...replied(plain("2025-03-10"), "2025-03-12", { reportRow: "6.3" }), status: "closed" },
          // Received in 2024, replied in 2025: a 2025 reply, not a 2025 application.
          replied(plain("2024-12-16"), "2025-01-08"),
          // Received in 2025, still open.
          { ...replied(plain("2025-12-22"), "2025-12-22"), finishedOn: null, status: "in_progress", reportRow: null },
        ],
      },
      calendar,
    );
    expect(performance.received).toBe(7);
    expect(performance.perMonth.map((m) => m.value)).toEqual([1, 0, 4, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(performance.replies).toEqual({ total: 6, onTime: 4, late: 1, unknown: 1, onTimeRate: 0.8, medianWorkingDays: 19 });
    expect(performance.closedWithoutReply).toBe(1);
    const count = (row: string) => performance.decisions.find((d) => d.row === row)!.count;
    expect([count("1"), count("3.4"), count("4.1"), count("6.3"), count("2")]).toEqual([4, 1, 1, 1, 0]);
    expect(performance.decisions).toHaveLength(21);
    expect(performance.decisionGroups.map((g) => g.value)).toEqual([4, 0, 1, 1, 0, 1]);
    expect(performance.fees).toEqual(fees);
  });

  it("has no rate and no median without replies", () => {
    const performance = computePerformance({ year: 2025, fees, cases: [] }, calendar);
    expect(performance.replies).toEqual({ total: 0, onTime: 0, late: 0, unknown: 0, onTimeRate: null, medianWorkingDays: null });
    expect(performance.perMonth).toHaveLength(12);
  });

  it("takes the median of the middle two for an even count", () => {
    expect(median([3, 1, 10, 4])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});

describe("performanceCsv", () => {
  it("has one figure a line under the JSON's keys, with a BOM and CRLF", () => {
    const performance = computePerformance({ year: 2025, fees, cases: [replied(correctedAndFee, "2025-04-23")] }, calendar);
    const csv = performanceCsv({ scope: { kind: "district", name: "全区（本平台全部机关）" }, ...performance, method: [] });
    expect(csv.startsWith("\uFEFFsection,item,label,value\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toContain("scope,district,统计范围,全区（本平台全部机关）");
    expect(lines).toContain("perMonth,3,3月收到申请（件）,1");
    expect(lines).toContain("replies,onTimeRate,按时答复率（扣除依法中止期间）,1.0000");
    expect(lines).toContain("replies,medianWorkingDays,答复用时中位数（工作日，扣除依法中止期间）,19");
    expect(lines).toContain("decisions,1,办理结果 （一）予以公开（件）,1");
    expect(lines).toContain("fees,collected,实际收取信息处理费（元）,200");
  });
});

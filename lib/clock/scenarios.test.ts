import { describe, expect, it } from "vitest";
import { createCalendar, InvalidLocalDateError } from "../calendar";
import { officialCalendar as calendar, officialYears } from "../calendar/test-support";
import { computeClock } from "./compute-clock";
import { ClockEventsError, type ClockEvent } from "./events";
import { DEFAULT_CLOCK_POLICY } from "./policy";

const received = (on: string): ClockEvent => ({ type: "received", on });

describe("correction, then consultation, then extension (条例第三十条、第三十二条、第三十三条)", () => {
  const correction: ClockEvent[] = [
    received("2025-03-03"),
    { type: "correctionRequested", on: "2025-03-05" },
    { type: "correctionReceived", on: "2025-03-10" },
  ];
  const consultation: ClockEvent[] = [
    ...correction,
    { type: "consultationSent", on: "2025-03-12", pauseId: "c", consultee: "thirdParty" },
    { type: "consultationDelivered", on: "2025-03-13", pauseId: "c" },
    { type: "consultationAnswered", on: "2025-03-24", pauseId: "c" },
  ];
  const extended: ClockEvent[] = [...consultation, { type: "extensionApproved", on: "2025-04-10", workingDays: 20 }];

  it("while awaiting the correction the clock has not started: 待补正 (条例第三十条)", () => {
    const state = computeClock(correction.slice(0, 2), calendar, DEFAULT_CLOCK_POLICY, "2025-03-07");
    expect(state).toMatchObject({
      receivedOn: "2025-03-03",
      clockStartOn: "2025-03-03",
      correctionNoticeDueOn: "2025-03-12",
      correctionDueOn: "2025-03-26", // policy default: 15 working days from the notice
      correction: { requestedOn: "2025-03-05", noticeLate: false, deadlinePassed: false },
      running: false,
      pausedBecause: "待补正（补正期限至2025-03-26）",
      workingDaysUsed: 0,
      workingDaysRemaining: 20,
    });
    expect(state.replyDueOn).toBeUndefined();
    expect(state.explanation.at(-1)).toEqual({ text: "待补正：答复期限自收到补正后的申请之日起计算", basis: "条例第三十条", detail: "补正期限至2025-03-26" });
  });

  it("a correction deadline that passed sends the case to 补正期限已届满，待确认", () => {
    const state = computeClock(correction.slice(0, 2), calendar, DEFAULT_CLOCK_POLICY, "2025-03-27");
    expect(state.correction?.deadlinePassed).toBe(true);
  });

  it("the deadline stated in the notice wins over the policy default", () => {
    const state = computeClock([received("2025-03-03"), { type: "correctionRequested", on: "2025-03-05", correctionDueOn: "2025-04-30" }], calendar);
    expect(state.correctionDueOn).toBe("2025-04-30");
  });

  it("the correction moves clockStartOn, never receivedOn (条例第三十条、第三十一条)", () => {
    const state = computeClock(correction, calendar);
    expect(state).toMatchObject({ receivedOn: "2025-03-03", clockStartOn: "2025-03-10", replyDueOn: "2025-04-08", running: true });
    expect(state.explanation.map((s) => s.text)).toContain("2025-03-10收到补正后的申请，答复期限自该日起计算");
    expect(state.explanation.map((s) => s.text)).toContain("自2025-03-10收到补正后的申请之日起20个工作日");
  });

  it("the consultation (03-12, 03-24] then excludes 8 working days (条例第三十三条第二款)", () => {
    const state = computeClock(consultation, calendar);
    expect(state.pauses[0]).toMatchObject({ deadlineOn: "2025-04-03", excludedWorkingDays: 8, counts: true });
    expect(state.replyDueOn).toBe("2025-04-18");
  });

  it("and the extension approved on 04-10, before 04-18, adds 20 working days across 劳动节 (条例第三十三条第一款)", () => {
    const state = computeClock(extended, calendar);
    expect(state.extension).toEqual({ approvedOn: "2025-04-10", workingDays: 20 });
    expect(state.budgetWorkingDays).toBe(40);
    expect(state.replyDueOn).toBe("2025-05-20");
  });

  it("across National Day 2024: notice by 10-11, correction on the make-up Saturday 10-12 (条例第三十条)", () => {
    const state = computeClock(
      [received("2024-09-26"), { type: "correctionRequested", on: "2024-09-27" }, { type: "correctionReceived", on: "2024-10-12" }],
      calendar,
    );
    expect(state).toMatchObject({ correctionNoticeDueOn: "2024-10-11", correctionDueOn: "2024-10-23", clockStartOn: "2024-10-12", replyDueOn: "2024-11-08" });
  });

  it("a late correction notice still applies but is flagged (条例第三十条)", () => {
    const state = computeClock([received("2025-03-03"), { type: "correctionRequested", on: "2025-03-13" }], calendar);
    expect(state.correction?.noticeLate).toBe(true);
    expect(state.explanation[1]!.text).toBe("2025-03-13发出补正告知书，晚于应发出的最后一日2025-03-12");
  });

  it("a second correction notice is ignored: only one is allowed (条例第三十条)", () => {
    const state = computeClock([...correction, { type: "correctionRequested", on: "2025-03-11" }], calendar);
    expect(state.clockStartOn).toBe("2025-03-10");
    expect(state.ignoredEvents).toEqual([{ event: { type: "correctionRequested", on: "2025-03-11" }, reason: "补正告知只能一次性发出，不得再次要求补正（条例第三十条）" }]);
  });
});

describe("overlapping pauses are counted once (workflow.md §4 rule 4)", () => {
  const events: ClockEvent[] = [
    received("2025-03-03"),
    { type: "consultationSent", on: "2025-03-05", pauseId: "c1", consultee: "thirdParty" },
    { type: "feeNoticeReceived", on: "2025-03-10", pauseId: "f" },
    { type: "feePaid", on: "2025-03-12", pauseId: "f" },
    { type: "consultationSent", on: "2025-03-19", pauseId: "c2", consultee: "coMakingAgency" },
    { type: "consultationAnswered", on: "2025-03-21", pauseId: "c1" },
    { type: "consultationAnswered", on: "2025-03-26", pauseId: "c2" },
  ];

  it("a nested fee pause and a consultation that outlasts the first give a union of 15 working days", () => {
    const state = computeClock(events, calendar);
    expect(state.pauses.map((p) => [p.id, p.excludedWorkingDays])).toEqual([
      ["c1", 12],
      ["f", 2],
      ["c2", 5],
    ]);
    expect(state.explanation.map((s) => s.text)).toContain("中止期间合计15个工作日不计入答复期限（重叠的日子只计一次）");
    expect(state.replyDueOn).toBe("2025-04-22");
  });

  it("while c2 is open, c1 having ended, the clock is paused with the running consultation deadline (条例第三十四条)", () => {
    const state = computeClock(events.slice(0, 6), calendar, DEFAULT_CLOCK_POLICY, "2025-03-24");
    expect(state.running).toBe(false);
    expect(state.replyDueOn).toBeUndefined();
    expect(state.pausedBecause).toBe("征求共同制作机关意见中（意见期限至2025-04-10）");
    expect(state.workingDaysUsed).toBe(2);
    expect(state.workingDaysRemaining).toBe(18);
    expect(state.explanation.at(-1)).toEqual({ text: "计时中止：征求共同制作机关意见中（意见期限至2025-04-10）", basis: "条例第三十三条第二款", detail: "已用2个工作日，尚余18个工作日" });
  });

  it("the order staff recorded the events in does not matter, only their dates", () => {
    expect(computeClock([...events].reverse(), calendar).replyDueOn).toBe("2025-04-22");
  });
});

describe("a pause starting after the due date in force does not count (workflow.md §4 rule 5)", () => {
  const late: ClockEvent[] = [
    received("2025-03-03"),
    { type: "feeNoticeReceived", on: "2025-04-01", pauseId: "f" },
    { type: "feePaid", on: "2025-04-09", pauseId: "f" },
  ];

  it("a fee notice received the day after the due date leaves the application overdue", () => {
    const state = computeClock(late, calendar);
    expect(state.replyDueOn).toBe("2025-03-31");
    expect(state.pauses[0]).toMatchObject({ counts: false, notCountedReason: "开始于答复期限（2025-03-31）届满之后，不能使已逾期的申请恢复为未逾期" });
  });

  it("an open late pause does not stop the clock: overdue by 4 working days on 04-07", () => {
    const state = computeClock(late.slice(0, 2), calendar, DEFAULT_CLOCK_POLICY, "2025-04-07");
    expect(state).toMatchObject({ running: true, replyDueOn: "2025-03-31", workingDaysUsed: 24, workingDaysRemaining: -4 });
  });

  it("a pause starting on the due date itself counts, but its days all come after that date", () => {
    const state = computeClock(
      [
        received("2025-03-03"),
        { type: "consultationSent", on: "2025-03-31", pauseId: "c", consultee: "thirdParty" },
        { type: "consultationAnswered", on: "2025-04-10", pauseId: "c" },
      ],
      calendar,
    );
    expect(state.pauses[0]!.counts).toBe(true);
    expect(state.replyDueOn).toBe("2025-03-31");
  });

  it("an extension approved before the pause keeps it in time", () => {
    const state = computeClock(
      [
        received("2025-03-03"),
        { type: "extensionApproved", on: "2025-03-28", workingDays: 10 },
        { type: "feeNoticeReceived", on: "2025-04-01", pauseId: "f" },
        { type: "feePaid", on: "2025-04-03", pauseId: "f" },
      ],
      calendar,
    );
    // 03-31 + 10 = 04-15, plus the 2 paused working days 04-02, 04-03.
    expect(state.pauses[0]!.counts).toBe(true);
    expect(state.replyDueOn).toBe("2025-04-17");
  });
});

describe("the fee pause (fees.md §3, Policy default on)", () => {
  const notice: ClockEvent = { type: "feeNoticeReceived", on: "2025-03-10", pauseId: "f" };

  it("notice received 03-10, paid 03-20: 8 working days excluded", () => {
    const state = computeClock([received("2025-03-03"), notice, { type: "feePaid", on: "2025-03-20", pauseId: "f" }], calendar);
    expect(state.pauses[0]).toMatchObject({ deadlineOn: "2025-04-08", endedBy: "paid", excludedWorkingDays: 8 });
    expect(state.replyDueOn).toBe("2025-04-11");
  });

  it("with the agency's fee pause turned off the reply period keeps running", () => {
    const state = computeClock(
      [received("2025-03-03"), notice, { type: "feePaid", on: "2025-03-20", pauseId: "f" }],
      calendar,
      { ...DEFAULT_CLOCK_POLICY, feePausesClock: false },
    );
    expect(state.replyDueOn).toBe("2025-03-31");
    expect(state.pauses[0]).toMatchObject({ counts: false, deadlineOn: "2025-04-08", notCountedReason: "本机关未将此期间设为中止计算答复期限" });
  });

  it("unpaid: 待缴费, with the payment deadline 20 working days after receipt", () => {
    const state = computeClock([received("2025-03-03"), notice], calendar, DEFAULT_CLOCK_POLICY, "2025-03-12");
    expect(state).toMatchObject({ running: false, pausedBecause: "待缴费（缴费期限至2025-04-08）", workingDaysUsed: 5, workingDaysRemaining: 15 });
    expect(state.pauses[0]!.deadlinePassed).toBe(false);
    expect(state.explanation.at(-1)!.basis).toBe("本机关规定（《政府信息公开信息处理费管理办法》）");
  });

  it("unpaid past the deadline: still paused, flagged for the workflow to close (视为放弃)", () => {
    const state = computeClock([received("2025-03-03"), notice], calendar, DEFAULT_CLOCK_POLICY, "2025-04-09");
    expect(state.pauses[0]).toMatchObject({ open: true, deadlinePassed: true });
    expect(state.replyDueOn).toBeUndefined();
  });

  it("without `today` an unpaid fee keeps the pause open", () => {
    expect(computeClock([received("2025-03-03"), notice], calendar).replyDueOn).toBeUndefined();
  });

  it("a reduction restarts the 20-working-day payment window; the pause goes on (fees.md §3.6)", () => {
    const state = computeClock(
      [received("2025-03-03"), notice, { type: "feeReduced", on: "2025-03-17", pauseId: "f" }, { type: "feePaid", on: "2025-03-25", pauseId: "f" }],
      calendar,
    );
    expect(state.pauses[0]).toMatchObject({ deadlineOn: "2025-04-15", excludedWorkingDays: 11 });
    expect(state.replyDueOn).toBe("2025-04-16");
  });

  it("a cancellation ends the pause that day (fees.md §3.6)", () => {
    const state = computeClock([received("2025-03-03"), notice, { type: "feeCancelled", on: "2025-03-14", pauseId: "f" }], calendar);
    expect(state.pauses[0]).toMatchObject({ endedBy: "cancelled", excludedWorkingDays: 4 });
    expect(state.replyDueOn).toBe("2025-04-07");
  });
});

describe("consultation deadlines (条例第三十二条、第三十四条)", () => {
  const sent: ClockEvent = { type: "consultationSent", on: "2025-03-05", pauseId: "c", consultee: "thirdParty" };

  it("delivery unknown: 15 working days from sending, flagged", () => {
    const state = computeClock([received("2025-03-03"), sent], calendar);
    expect(state.pauses[0]).toMatchObject({ deadlineOn: "2025-03-26", deadlineCountedFromSending: true, endedBy: "deadline" });
    expect(state.replyDueOn).toBe("2025-04-22");
  });

  it.each([
    ["2025-03-20", false],
    ["2025-03-26", false], // the consultee may still answer on its last day
    ["2025-03-27", true],
  ])("with today %s the pause has ended by itself: %s", (today, ended) => {
    const state = computeClock([received("2025-03-03"), sent], calendar, DEFAULT_CLOCK_POLICY, today);
    expect(state.running).toBe(ended);
    expect(state.replyDueOn).toBe(ended ? "2025-04-22" : undefined);
  });

  it("an opinion arriving after the deadline does not lengthen the pause", () => {
    const state = computeClock(
      [received("2025-03-03"), sent, { type: "consultationDelivered", on: "2025-03-07", pauseId: "c" }, { type: "consultationAnswered", on: "2025-04-01", pauseId: "c" }],
      calendar,
    );
    expect(state.pauses[0]).toMatchObject({ endOn: "2025-03-28", endedBy: "deadline" });
    expect(state.replyDueOn).toBe("2025-04-24");
  });

  it("across 春节 2026, with both make-up Saturdays counting", () => {
    const state = computeClock(
      [received("2026-02-06"), { type: "consultationSent", on: "2026-02-10", pauseId: "c", consultee: "otherAgency" }, { type: "consultationAnswered", on: "2026-02-27", pauseId: "c" }],
      calendar,
    );
    expect(state.pauses[0]!.excludedWorkingDays).toBe(8);
    expect(state.replyDueOn).toBe("2026-03-24");
  });
});

describe("the release wait after overruling a third party (letters.md, Policy default on)", () => {
  const events: ClockEvent[] = [
    received("2025-03-03"),
    { type: "consultationSent", on: "2025-03-05", pauseId: "c", consultee: "thirdParty" },
    { type: "consultationAnswered", on: "2025-03-14", pauseId: "c" },
    { type: "releaseWaitStarted", on: "2025-03-17", pauseId: "r" },
  ];

  it("by default the wait ends 15 working days after delivery to the third party", () => {
    const state = computeClock(events, calendar);
    expect(state.pauses[1]).toMatchObject({ deadlineOn: "2025-04-08", endOn: "2025-04-08", excludedWorkingDays: 15 });
    expect(state.replyDueOn).toBe("2025-04-30");
  });

  it("is open until the release date when `today` is before it", () => {
    expect(computeClock(events, calendar, DEFAULT_CLOCK_POLICY, "2025-04-01").pausedBecause).toBe("等待公开（公开日期2025-04-08）");
  });

  it("does not pause when the agency turned it off", () => {
    const state = computeClock(events, calendar, { ...DEFAULT_CLOCK_POLICY, releaseWaitPausesClock: false });
    expect(state.replyDueOn).toBe("2025-04-10");
  });
});

describe("条例第三十五条: a later reply date overrides the computed one (rule 8)", () => {
  const set = (on: string, replyDueOn: string): ClockEvent => ({ type: "laterReplyDateSet", on, replyDueOn });

  it("replaces the due date and says so", () => {
    const state = computeClock([received("2025-03-03"), set("2025-03-20", "2025-05-30")], calendar, DEFAULT_CLOCK_POLICY, "2025-05-28");
    expect(state.replyDueOn).toBe("2025-05-30");
    expect(state.workingDaysRemaining).toBe(2);
    expect(state.explanation.at(-2)).toEqual({
      text: "依条例第三十五条确定延迟答复期限：2025-05-30，取代按条例第三十三条计算的期限（2025-03-31）",
      basis: "条例第三十五条",
      detail: "2025-03-20确定并告知申请人",
    });
    expect(state.explanation.at(-1)).toEqual({ text: "答复期限：2025-05-30", basis: "条例第三十五条" });
  });

  it.each([
    ["set after the due date passed", set("2025-04-02", "2025-05-30"), "答复期限（2025-03-31）已届满，不能再确定延迟答复期限（条例第三十五条）"],
    ["not later than the due date", set("2025-03-20", "2025-03-28"), "延迟答复的期限应晚于现行答复期限（2025-03-31）（条例第三十五条）"],
  ])("is ignored when %s", (_, event, reason) => {
    const state = computeClock([received("2025-03-03"), event], calendar);
    expect(state.replyDueOn).toBe("2025-03-31");
    expect(state.ignoredEvents).toEqual([{ event, reason }]);
  });

  it("a pause started after the override does not move it", () => {
    const state = computeClock(
      [received("2025-03-03"), set("2025-03-20", "2025-05-30"), { type: "feeNoticeReceived", on: "2025-04-10", pauseId: "f" }, { type: "feePaid", on: "2025-04-20", pauseId: "f" }],
      calendar,
    );
    expect(state.replyDueOn).toBe("2025-05-30");
    expect(state.pauses[0]).toMatchObject({ counts: false, notCountedReason: "答复期限已依条例第三十五条确定为2025-05-30，不再顺延" });
  });
});

describe("extensions: once, at most 20 working days, before the due date (条例第三十三条第一款)", () => {
  const ext = (on: string, workingDays: number): ClockEvent => ({ type: "extensionApproved", on, workingDays });

  it.each<[string, ClockEvent[], string, string]>([
    ["a second extension", [ext("2025-03-28", 20), ext("2025-04-20", 10)], "2025-04-28", "延期答复只能一次（条例第三十三条第一款）"],
    ["more than 20 working days", [ext("2025-03-28", 21)], "2025-03-31", "延长的期限应为1至20个工作日（条例第三十三条第一款），不能是「21」"],
    ["zero working days", [ext("2025-03-28", 0)], "2025-03-31", "延长的期限应为1至20个工作日（条例第三十三条第一款），不能是「0」"],
    ["a fraction of a day", [ext("2025-03-28", 2.5)], "2025-03-31", "延长的期限应为1至20个工作日（条例第三十三条第一款），不能是「2.5」"],
    ["approved after the due date", [ext("2025-04-01", 20)], "2025-03-31", "延期须在答复期限（2025-03-31）届满前经负责人同意并告知申请人（条例第三十三条第一款）"],
  ])("%s is ignored and flagged, not thrown", (_, extensions, replyDueOn, reason) => {
    const state = computeClock([received("2025-03-03"), ...extensions], calendar);
    expect(state.replyDueOn).toBe(replyDueOn);
    expect(state.ignoredEvents.map((ignored) => ignored.reason)).toEqual([reason]);
    expect(state.explanation.some((step) => step.detail === reason)).toBe(true);
  });

  it("an extension approved on the due date itself is in time", () => {
    expect(computeClock([received("2025-03-03"), ext("2025-03-31", 20)], calendar).replyDueOn).toBe("2025-04-28");
  });

  it("an extension approved while the clock is paused is in time", () => {
    const state = computeClock(
      [
        received("2025-03-03"),
        { type: "feeNoticeReceived", on: "2025-03-28", pauseId: "f" },
        ext("2025-04-15", 5),
        { type: "feePaid", on: "2025-04-16", pauseId: "f" },
      ],
      calendar,
    );
    expect(state.extension).toEqual({ approvedOn: "2025-04-15", workingDays: 5 });
  });
});

describe("events that cannot apply are ignored with a reason", () => {
  it.each<[string, ClockEvent, string]>([
    ["a second receipt", received("2025-03-05"), "收到申请之日已确定为2025-03-03，不再变更（条例第三十一条）"],
    ["a correction received without a notice", { type: "correctionReceived", on: "2025-03-05" }, "此前未发出补正告知"],
    ["an end for an unknown pause", { type: "feePaid", on: "2025-03-05", pauseId: "nope" }, "未找到此前开始的中止记录「nope」"],
    ["an end of the wrong kind", { type: "feePaid", on: "2025-03-20", pauseId: "c" }, "未找到此前开始的中止记录「c」"],
    ["a second end", { type: "consultationAnswered", on: "2025-03-20", pauseId: "c" }, "中止记录「c」已于2025-03-14结束"],
    ["a duplicate pause id", { type: "consultationSent", on: "2025-03-06", pauseId: "c", consultee: "thirdParty" }, "中止记录「c」重复"],
    ["an event before receipt", { type: "feeNoticeReceived", on: "2025-02-28", pauseId: "f" }, "早于收到申请之日（2025-03-03）"],
  ])("%s", (_, extra, reason) => {
    const state = computeClock([...[received("2025-03-03"), { type: "consultationSent", on: "2025-03-05", pauseId: "c", consultee: "thirdParty" } as const, { type: "consultationAnswered", on: "2025-03-14", pauseId: "c" } as const], extra], calendar);
    expect(state.replyDueOn).toBe("2025-04-10");
    expect(state.ignoredEvents).toEqual([{ event: extra, reason }]);
  });

  it("an end dated before its start is an end without a start", () => {
    const state = computeClock(
      [received("2025-03-03"), { type: "feePaid", on: "2025-03-06", pauseId: "f" }, { type: "feeNoticeReceived", on: "2025-03-10", pauseId: "f" }],
      calendar,
      DEFAULT_CLOCK_POLICY,
      "2025-03-12",
    );
    expect(state.pauses[0]!.open).toBe(true);
    expect(state.ignoredEvents).toHaveLength(1);
  });

  it("events opened and closed the same day, recorded in reverse, still pair up", () => {
    const state = computeClock(
      [received("2025-03-03"), { type: "feePaid", on: "2025-03-10", pauseId: "f" }, { type: "feeNoticeReceived", on: "2025-03-10", pauseId: "f" }],
      calendar,
    );
    expect(state.ignoredEvents).toEqual([]);
    expect(state.replyDueOn).toBe("2025-03-31");
  });

  it("no receipt at all is a data error", () => {
    expect(() => computeClock([{ type: "feePaid", on: "2025-03-10", pauseId: "f" }], calendar)).toThrow(ClockEventsError);
  });

  it("a malformed date is refused", () => {
    expect(() => computeClock([received("2025-02-30")], calendar)).toThrow(InvalidLocalDateError);
    expect(() => computeClock([received("2025-03-03")], calendar, DEFAULT_CLOCK_POLICY, "today")).toThrow(InvalidLocalDateError);
  });
});

describe("no stored state is trusted: recomputing after a calendar change (workflow.md §3)", () => {
  const V1: ClockEvent[] = [
    received("2025-03-03"),
    { type: "consultationSent", on: "2025-03-05", pauseId: "c", consultee: "thirdParty" },
    { type: "consultationAnswered", on: "2025-03-14", pauseId: "c" },
  ];

  it("an added holiday moves the due date", () => {
    const amended = createCalendar(
      officialYears.map((entry) =>
        entry.year === 2025 ? { ...entry, holidays: [...entry.holidays, { name: "临时调整", from: "2025-04-08", to: "2025-04-08" }] } : entry,
      ),
    );
    expect(computeClock(V1, calendar).replyDueOn).toBe("2025-04-10");
    expect(computeClock(V1, amended).replyDueOn).toBe("2025-04-11");
  });
});

describe("a year with no calendar: 待定, never a crash (workflow.md §3)", () => {
  it("received 2026-12-15: the notice deadline is known, the reply deadline is 待定（2027年放假安排未公布）", () => {
    const state = computeClock([received("2026-12-15")], calendar);
    expect(state).toMatchObject({ receivedOn: "2026-12-15", clockStartOn: "2026-12-15", correctionNoticeDueOn: "2026-12-24", unknownYear: 2027, running: true });
    expect(state.replyDueOn).toBeUndefined();
    expect(state.explanation.at(-1)).toEqual({ text: "答复期限：待定（2027年放假安排未公布）", basis: "条例第三十三条" });
  });

  it("once 2027 is published the same events give the date", () => {
    const with2027 = createCalendar([...officialYears, { year: 2027, holidays: [{ name: "元旦", from: "2027-01-01", to: "2027-01-03" }], workdays: [] }]);
    const state = computeClock([received("2026-12-15")], with2027);
    expect(state.replyDueOn).toBe("2027-01-13");
    expect(state.unknownYear).toBeUndefined();
  });

  it("received in an unknown year: receipt still recorded, every date 待定", () => {
    const state = computeClock(
      [received("2027-01-05"), { type: "consultationSent", on: "2027-01-06", pauseId: "c", consultee: "thirdParty" }, { type: "extensionApproved", on: "2027-01-07", workingDays: 10 }],
      calendar,
      DEFAULT_CLOCK_POLICY,
      "2027-01-08",
    );
    expect(state).toMatchObject({ receivedOn: "2027-01-05", unknownYear: 2027, extension: { approvedOn: "2027-01-07", workingDays: 10 } });
    expect(state.correctionNoticeDueOn).toBeUndefined();
    expect(state.pauses[0]).toMatchObject({ open: true, counts: true });
    expect(state.pauses[0]!.deadlineOn).toBeUndefined();
    expect(state.pausedBecause).toBe("征求第三方意见中（意见期限至待定）");
  });

  it("a due date in 2026 stays known while `today` is in unpublished 2027", () => {
    const state = computeClock([received("2026-11-02")], calendar, DEFAULT_CLOCK_POLICY, "2027-01-05");
    expect(state.replyDueOn).toBe("2026-11-30");
    expect(state.workingDaysUsed).toBeUndefined();
    expect(state.unknownYear).toBe(2027);
  });

  it("a consultation whose deadline falls in 2027 but was answered in 2026 still ends", () => {
    const state = computeClock(
      [received("2026-12-01"), { type: "consultationSent", on: "2026-12-21", pauseId: "c", consultee: "thirdParty" }, { type: "consultationAnswered", on: "2026-12-23", pauseId: "c" }],
      calendar,
    );
    expect(state.pauses[0]).toMatchObject({ endOn: "2026-12-23", excludedWorkingDays: 2 });
    expect(state.replyDueOn).toBe("2026-12-31");
  });
});

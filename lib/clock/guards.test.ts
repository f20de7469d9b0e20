import { describe, expect, it } from "vitest";
import { officialCalendar as calendar } from "../calendar/test-support";
import { computeClock } from "./compute-clock";
import type { ClockEvent } from "./events";
import { canApproveExtension, canIssueFeeNotice, canRequestCorrection, canSetLaterReplyDate } from "./guards";
import { DEFAULT_CLOCK_POLICY } from "./policy";

const received: ClockEvent = { type: "received", on: "2025-03-03" };
const stateOn = (events: ClockEvent[], today: string) => computeClock(events, calendar, DEFAULT_CLOCK_POLICY, today);
const fresh = stateOn([received], "2025-03-03");

describe("canRequestCorrection: one notice, within 7 working days of receipt (条例第三十条)", () => {
  it.each([
    ["2025-03-12", { ok: true }],
    ["2025-03-13", { ok: false, reason: "补正告知应自收到申请之日起7个工作日内发出，期限已于2025-03-12届满（条例第三十条）" }],
  ])("on %s", (on, expected) => {
    expect(canRequestCorrection(fresh, on)).toEqual(expected);
  });

  it("never twice", () => {
    const state = stateOn([received, { type: "correctionRequested", on: "2025-03-04" }], "2025-03-05");
    expect(canRequestCorrection(state, "2025-03-05")).toEqual({ ok: false, reason: "补正告知只能一次性发出，不得再次要求补正（条例第三十条）" });
  });
});

describe("canApproveExtension (条例第三十三条第一款)", () => {
  it.each<[number, string, ReturnType<typeof canApproveExtension>]>([
    [20, "2025-03-31", { ok: true }],
    [1, "2025-03-10", { ok: true }],
    [21, "2025-03-20", { ok: false, reason: "延长的期限应为1至20个工作日（条例第三十三条第一款），不能是「21」" }],
    [0, "2025-03-20", { ok: false, reason: "延长的期限应为1至20个工作日（条例第三十三条第一款），不能是「0」" }],
    [20, "2025-04-01", { ok: false, reason: "延期须在答复期限（2025-03-31）届满前经负责人同意并告知申请人（条例第三十三条第一款）" }],
  ])("%i working days on %s", (days, on, expected) => {
    expect(canApproveExtension(fresh, days, on)).toEqual(expected);
  });

  it("only once", () => {
    const state = stateOn([received, { type: "extensionApproved", on: "2025-03-20", workingDays: 5 }], "2025-03-21");
    expect(canApproveExtension(state, 5, "2025-03-21")).toEqual({ ok: false, reason: "延期答复只能一次（条例第三十三条第一款）" });
  });

  it("allowed while the clock is paused (no due date is running out)", () => {
    const state = stateOn([received, { type: "feeNoticeReceived", on: "2025-03-28", pauseId: "f" }], "2025-04-15");
    expect(canApproveExtension(state, 20, "2025-04-15")).toEqual({ ok: true });
  });

  it("an unknown calendar year never blocks it", () => {
    const state = stateOn([{ type: "received", on: "2026-12-15" }], "2026-12-20");
    expect(state.unknownYear).toBe(2027);
    expect(canApproveExtension(state, 20, "2026-12-20")).toEqual({ ok: true });
  });

  it("says exactly what computeClock says when such an event is recorded anyway", () => {
    const guard = canApproveExtension(fresh, 20, "2025-04-01");
    const recorded = computeClock([received, { type: "extensionApproved", on: "2025-04-01", workingDays: 20 }], calendar);
    expect(guard.ok).toBe(false);
    expect(recorded.ignoredEvents[0]!.reason).toBe(guard.ok ? undefined : guard.reason);
  });
});

describe("canSetLaterReplyDate (条例第三十五条)", () => {
  it.each<[string, string, ReturnType<typeof canSetLaterReplyDate>]>([
    ["2025-05-30", "2025-03-20", { ok: true }],
    ["2025-03-28", "2025-03-20", { ok: false, reason: "延迟答复的期限应晚于现行答复期限（2025-03-31）（条例第三十五条）" }],
    ["2025-05-30", "2025-04-01", { ok: false, reason: "答复期限（2025-03-31）已届满，不能再确定延迟答复期限（条例第三十五条）" }],
  ])("date %s set on %s", (date, on, expected) => {
    expect(canSetLaterReplyDate(fresh, date, on)).toEqual(expected);
  });

  it("not earlier than the day it is set, even while paused", () => {
    const state = stateOn([received, { type: "feeNoticeReceived", on: "2025-03-10", pauseId: "f" }], "2025-03-20");
    expect(canSetLaterReplyDate(state, "2025-03-19", "2025-03-20")).toEqual({
      ok: false,
      reason: "延迟答复的期限不能早于确定之日（2025-03-20）（条例第三十五条）",
    });
  });
});

describe("canIssueFeeNotice: within the reply period (fees.md §3.2)", () => {
  it.each([
    ["2025-03-31", { ok: true }],
    ["2025-04-01", { ok: false, reason: "收费通知书应在答复期限（2025-03-31）内发出" }],
  ])("on %s", (on, expected) => {
    expect(canIssueFeeNotice(fresh, on)).toEqual(expected);
  });
});

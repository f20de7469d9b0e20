import { describe, expect, it } from "vitest";
import { officialCalendar as calendar } from "../calendar/test-support";
import { computeClock } from "./compute-clock";
import type { ClockEvent } from "./events";

// workflow.md §4 test vectors, on the calendar of holidays-cn.json.
const V1: ClockEvent[] = [
  { type: "received", on: "2025-03-03" },
  { type: "consultationSent", on: "2025-03-05", pauseId: "third-party", consultee: "thirdParty" },
  { type: "consultationAnswered", on: "2025-03-14", pauseId: "third-party" },
];
const V2: ClockEvent[] = [
  ...V1,
  { type: "feeNoticeReceived", on: "2025-03-10", pauseId: "fee" },
  { type: "feePaid", on: "2025-03-20", pauseId: "fee" },
];
const V3: ClockEvent[] = [
  { type: "received", on: "2025-03-03" },
  { type: "consultationSent", on: "2025-03-05", pauseId: "third-party", consultee: "thirdParty" },
  { type: "consultationDelivered", on: "2025-03-07", pauseId: "third-party" },
];
const V4: ClockEvent[] = [
  { type: "received", on: "2025-09-19" },
  { type: "consultationSent", on: "2025-09-22", pauseId: "third-party", consultee: "thirdParty" },
  { type: "consultationAnswered", on: "2025-10-10", pauseId: "third-party" },
];
const V5: ClockEvent[] = [...V4, { type: "extensionApproved", on: "2025-11-03", workingDays: 20 }];

describe("workflow.md §4 test vectors", () => {
  it.each<[string, ClockEvent[], string]>([
    ["no pause: 20 working days from receipt (条例第三十三条第一款)", [{ type: "received", on: "2025-03-03" }], "2025-03-31"],
    ["V1: consultation 03-05 → 03-14 excludes 7 working days (条例第三十三条第二款)", V1, "2025-04-10"],
    ["V2: V1 plus a fee pause 03-10 → 03-20, union of 11 working days (rule 4)", V2, "2025-04-16"],
    ["V3: delivered 03-07, no opinion: the pause ends at the 15th working day, 03-28 (条例第三十二条)", V3, "2025-04-24"],
    ["V4: consultation 09-22 → 10-10 across 国庆、中秋 (条例第三十三条第二款)", V4, "2025-11-05"],
    ["V5: V4 plus an approved 20-working-day extension (条例第三十三条第一款)", V5, "2025-12-03"],
  ])("%s → %s", (_, events, replyDueOn) => {
    expect(computeClock(events, calendar).replyDueOn).toBe(replyDueOn);
  });

  it.each<[string, ClockEvent[]]>([
    [
      "a consultation (条例第三十三条第二款)",
      [
        { type: "consultationSent", on: "2025-09-28", pauseId: "p", consultee: "otherAgency" },
        { type: "consultationAnswered", on: "2025-10-09", pauseId: "p" },
      ],
    ],
    [
      "a fee pause (fees.md §3.4)",
      [
        { type: "feeNoticeReceived", on: "2025-09-28", pauseId: "p" },
        { type: "feePaid", on: "2025-10-09", pauseId: "p" },
      ],
    ],
    [
      "a release wait (letters.md)",
      [
        { type: "releaseWaitStarted", on: "2025-09-28", pauseId: "p", releaseOn: "2025-10-20" },
        { type: "releaseWaitEnded", on: "2025-10-09", pauseId: "p" },
      ],
    ],
  ])("V6: a pause from the make-up Sunday 09-28 to 10-09 excludes 09-29, 09-30 and 10-09 → 2025-10-28, as %s", (_, pause) => {
    const state = computeClock([{ type: "received", on: "2025-09-19" }, ...pause], calendar);
    expect(state.pauses[0]!.excludedWorkingDays).toBe(3);
    expect(state.replyDueOn).toBe("2025-10-28");
  });

  it("V1 explains itself line by line, each with its legal basis (rule 7)", () => {
    expect(computeClock(V1, calendar).explanation).toEqual([
      { text: "收到申请之日：2025-03-03", basis: "条例第三十一条" },
      { text: "自2025-03-03收到申请之日起20个工作日", basis: "条例第三十三条第一款" },
      {
        text: "征求第三方意见：2025-03-06至2025-03-14（7个工作日）不计入答复期限",
        basis: "条例第三十三条第二款",
        detail: "2025-03-05发出征求意见书，送达日期不详，意见期限自发出之日起算，意见期限至2025-03-26（条例第三十二条），2025-03-14收到意见",
      },
      { text: "答复期限：2025-04-10", basis: "条例第三十三条" },
    ]);
  });

  it("V2 shows each pause and their union", () => {
    const texts = computeClock(V2, calendar).explanation.map((step) => step.text);
    expect(texts).toContain("收费通知至缴费：2025-03-11至2025-03-20（8个工作日）不计入答复期限");
    expect(texts).toContain("中止期间合计11个工作日不计入答复期限（重叠的日子只计一次）");
  });

  it("V3 records the consultee's deadline and that silence ended the pause", () => {
    const [pause] = computeClock(V3, calendar).pauses;
    expect(pause).toMatchObject({ deliveredOn: "2025-03-07", deadlineOn: "2025-03-28", endOn: "2025-03-28", endedBy: "deadline", deadlineCountedFromSending: false, excludedWorkingDays: 17 });
  });

  it("V5 explains the extension (条例第三十三条第一款)", () => {
    expect(computeClock(V5, calendar).explanation).toContainEqual({
      text: "延期答复20个工作日",
      basis: "条例第三十三条第一款",
      detail: "2025-11-03经政府信息公开工作机构负责人同意",
    });
  });
});

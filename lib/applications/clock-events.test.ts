import { describe, expect, it } from "vitest";
import { calendarYearsFromJson, createCalendar } from "@/lib/calendar";
import { computeClock } from "@/lib/clock";
import holidays from "@/lib/calendar/holidays-cn.json";
import { clockEventsFromLedger, typedLedger, type ClockLedgerRow } from "./clock-events";

const calendar = createCalendar(calendarYearsFromJson(holidays));
// Stored rows, parsed as the loaders parse them (case/ledger.ts).
const row = (type: string, occurredOn: string, payload: Record<string, unknown> = {}): ClockLedgerRow => typedLedger([{ type, occurredOn, payload }])[0]!;

describe("the reply clock derived from the ledger (workflow.md §4)", () => {
  it("skips rows that do not touch the clock and keeps the order", () => {
    const events = clockEventsFromLedger([
      row("submitted", "2025-03-01"),
      row("received", "2025-03-03"),
      row("note", "2025-03-04", { text: "x" }),
      row("consultationSent", "2025-03-05", { pauseId: "c1", consultee: "thirdParty" }),
    ]);
    expect(events).toEqual([
      { type: "received", on: "2025-03-03" },
      { type: "consultationSent", on: "2025-03-05", pauseId: "c1", consultee: "thirdParty" },
    ]);
  });

  it("a reduced fee notice sent by post restarts the payment window on its delivery, not on its issue (fees.md §3.6)", () => {
    const events = clockEventsFromLedger([
      row("received", "2025-03-03"),
      row("feeNoticeReceived", "2025-03-05", { pauseId: "f1" }),
      row("feeReduced", "2025-03-10", { pauseId: "f1", amountYuan: 100, awaitsDelivery: true }),
      row("feeNoticeReceived", "2025-03-13", { pauseId: "f1", reducedNotice: true }),
    ]);
    expect(events).toEqual([
      { type: "received", on: "2025-03-03" },
      { type: "feeNoticeReceived", on: "2025-03-05", pauseId: "f1" },
      { type: "feeReduced", on: "2025-03-13", pauseId: "f1" },
    ]);
    const online = clockEventsFromLedger([row("feeReduced", "2025-03-10", { pauseId: "f1", amountYuan: 100 })]);
    expect(online).toEqual([{ type: "feeReduced", on: "2025-03-10", pauseId: "f1" }]);
  });

  it("reproduces V2: consultation and fee notice overlapping (2025-04-16)", () => {
    const events = clockEventsFromLedger([
      row("submitted", "2025-03-02"),
      row("received", "2025-03-03"),
      row("consultationSent", "2025-03-05", { pauseId: "c1", consultee: "thirdParty" }),
      row("feeNoticeReceived", "2025-03-10", { pauseId: "f1" }),
      row("consultationAnswered", "2025-03-14", { pauseId: "c1" }),
      row("feePaid", "2025-03-20", { pauseId: "f1" }),
    ]);
    expect(computeClock(events, calendar).replyDueOn).toBe("2025-04-16");
  });

  it("reproduces V5: consultation across 国庆 plus a 20-day extension (2025-12-03)", () => {
    const events = clockEventsFromLedger([
      row("received", "2025-09-19"),
      row("consultationSent", "2025-09-22", { pauseId: "c1", consultee: "thirdParty" }),
      row("consultationAnswered", "2025-10-10", { pauseId: "c1" }),
      row("extensionApproved", "2025-10-20", { workingDays: 20 }),
    ]);
    expect(computeClock(events, calendar).replyDueOn).toBe("2025-12-03");
  });

  it("an Art. 35 later reply date overrides the computed one", () => {
    const events = clockEventsFromLedger([row("received", "2025-03-03"), row("laterReplyDateSet", "2025-03-20", { replyDueOn: "2025-05-30" })]);
    expect(computeClock(events, calendar).replyDueOn).toBe("2025-05-30");
  });
});

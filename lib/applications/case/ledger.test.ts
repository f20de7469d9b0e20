import { describe, expect, it } from "vitest";
import { eventsOfType, ledgerEvent, parseLedgerEvent } from "./ledger";

/** workflow.md §4: the ledger is the legal record; every stored row must keep loading. */
describe("the typed ledger", () => {
  it("reads a stored payload under its type's names", () => {
    expect(parseLedgerEvent("consultationSent", { pauseId: "c1", consultee: "coMakingAgency", consulteeName: "区财政局", information: "预算" })).toEqual({
      type: "consultationSent",
      payload: { pauseId: "c1", consultee: "coMakingAgency", consulteeName: "区财政局", information: "预算" },
    });
    expect(parseLedgerEvent("extensionApproved", { workingDays: 15 })?.payload).toEqual({ workingDays: 15, reason: undefined });
  });

  it("reads a missing or malformed field as absent instead of refusing the row", () => {
    expect(parseLedgerEvent("correctionRequested", { correctionDueOn: "", guidance: "写明文号" })?.payload).toEqual({ correctionDueOn: undefined, guidance: "写明文号" });
    expect(parseLedgerEvent("feeProposed", { pauseId: 7, method: "byWeight" })?.payload).toMatchObject({ pauseId: "", method: undefined });
    expect(parseLedgerEvent("received", null)).toEqual({ type: "received", payload: {} });
  });

  it("leaves out a type it does not know", () => {
    expect(parseLedgerEvent("somethingElse", {})).toBeNull();
  });

  it("writers name the type once and hand a payload of its shape", () => {
    expect(ledgerEvent("note", { text: "已电话联系" })).toEqual({ type: "note", payload: { text: "已电话联系" } });
  });

  it("finds the events of one type with their typed payloads", () => {
    const events = [parseLedgerEvent("note", { text: "a" })!, parseLedgerEvent("assigned", { assigneeName: "张三" })!];
    expect(eventsOfType(events, "assigned").map((e) => e.payload.assigneeName)).toEqual(["张三"]);
  });
});

import { describe, expect, it } from "vitest";
import { officialCalendar as calendar } from "../calendar/test-support";
import { computeClock } from "./compute-clock";
import type { ClockEvent } from "./events";
import { DEFAULT_CLOCK_POLICY } from "./policy";

// 2025-03-03 received, replied; a reconsideration decision received 2025-05-06 orders a new reply.
const replied: ClockEvent[] = [
  { type: "received", on: "2025-03-03" },
  { type: "consultationSent", on: "2025-03-05", pauseId: "c", consultee: "thirdParty" },
];

describe("a new reply ordered by a reconsideration decision or a judgment (行政复议法、行政诉讼法)", () => {
  it("is due 20 working days after the order was received, replacing the earlier date and any open pause", () => {
    const state = computeClock([...replied, { type: "reopenedForNewReply", on: "2025-05-06" }], calendar, DEFAULT_CLOCK_POLICY, "2025-05-07");
    // 2025-05-06 + 20 working days, across 端午 (05-31 to 06-02): 2025-06-04.
    expect(state.replyDueOn).toBe("2025-06-04");
    expect(state.running).toBe(true);
    expect(state.newReply).toEqual({ orderedOn: "2025-05-06", replyDueOn: "2025-06-04", statedInOrder: false });
    expect(state.explanation.at(-2)!.text).toContain("2025-05-06收到责令重新答复的决定（判决）");
    expect(state.explanation.at(-1)!.basis).toBe("行政复议法、行政诉讼法");
  });

  it("takes the period the order sets when it sets one", () => {
    const state = computeClock([...replied, { type: "reopenedForNewReply", on: "2025-05-06", replyDueOn: "2025-07-31" }], calendar);
    expect(state.replyDueOn).toBe("2025-07-31");
    expect(state.explanation.at(-2)!.text).toContain("决定（判决）确定的期限");
  });
});

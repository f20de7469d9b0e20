import { describe, expect, it } from "vitest";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { DEFAULT_CLOCK_POLICY } from "@/lib/clock";
import { clockPolicyOf } from "./clock-view";

describe("the agency's clock settings are the clock's policy, by the same names", () => {
  it("a stored policy without them reads the clock's defaults (workflow.md §4, fees.md §3.4, letters.md)", () => {
    expect(clockPolicyOf(readAgencyPolicy({}))).toEqual(DEFAULT_CLOCK_POLICY);
  });

  it("every clock setting the agency changes reaches the clock, the release wait's pause included", () => {
    const changed = { feePausesClock: false, releaseWaitPausesClock: false, correctionDeadlineWorkingDays: 10, releaseWaitWorkingDays: 5 };
    expect(clockPolicyOf(readAgencyPolicy(changed))).toEqual(changed);
  });

  it("the online fee notice's receipt on the sending day is a setting, on by default (fees.md §3 step 3)", () => {
    expect(readAgencyPolicy({}).onlineFeeNoticeReceivedWhenSent).toBe(true);
    expect(readAgencyPolicy({ onlineFeeNoticeReceivedWhenSent: false }).onlineFeeNoticeReceivedWhenSent).toBe(false);
  });
});

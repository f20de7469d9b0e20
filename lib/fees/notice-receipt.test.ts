import { describe, expect, it } from "vitest";
import { DEFAULT_ONLINE_FEE_NOTICE_RECEIVED_WHEN_SENT, feeNoticeReceivedOnSendingDay } from "./notice-receipt";

// fees.md §3 step 3, Policy default: an online or e-mail notice is received the day it is sent;
// for a mailed notice staff record the delivery date.
describe("when a 收费通知书 counts as received (fees.md §3 step 3)", () => {
  const byDefault = { onlineFeeNoticeReceivedWhenSent: DEFAULT_ONLINE_FEE_NOTICE_RECEIVED_WHEN_SENT };
  it.each([
    ["online", true],
    ["in_person", false],
    ["registered_mail", false],
    ["ordinary_mail", false],
    ["fax", false],
    ["oral", false],
  ])("by default, an application filed %s → received on the sending day: %s", (channel, expected) => {
    expect(feeNoticeReceivedOnSendingDay(channel, byDefault)).toBe(expected);
  });

  it("the default is on", () => expect(DEFAULT_ONLINE_FEE_NOTICE_RECEIVED_WHEN_SENT).toBe(true));

  it("an agency that turns the default off records the delivery of every notice, online ones too", () => {
    for (const channel of ["online", "in_person", "registered_mail"]) {
      expect(feeNoticeReceivedOnSendingDay(channel, { onlineFeeNoticeReceivedWhenSent: false })).toBe(false);
    }
  });
});

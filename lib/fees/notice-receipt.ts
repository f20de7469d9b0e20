/**
 * When a 收费通知书 counts as received — the day that starts the 20 working days to pay and the
 * fee pause. **Policy default** (fees.md §3 step 3): an online or e-mail notice is received the day
 * it is sent; a mailed one on the delivery date staff record. An agency may turn the default off
 * (setting `onlineFeeNoticeReceivedWhenSent`), so that an online notice too waits for a recorded delivery.
 */
export const DEFAULT_ONLINE_FEE_NOTICE_RECEIVED_WHEN_SENT = true;

export interface FeeNoticeReceiptPolicy {
  onlineFeeNoticeReceivedWhenSent: boolean;
}

/** True: the notice is received on the day it is sent; false: staff record its delivery date. */
export function feeNoticeReceivedOnSendingDay(channel: string, policy: FeeNoticeReceiptPolicy): boolean {
  // E-mail applications are registered as `online` (workflow.md §2: 数据电文 is treated like online).
  return channel === "online" && policy.onlineFeeNoticeReceivedWhenSent;
}

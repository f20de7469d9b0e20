export { bandContaining, bandLabel, PER_ITEM_BANDS, PER_PAGE_BANDS, type FeeBand, type FeeBandTable } from "./bands";
export { FeeInputError } from "./errors";
export { MAX_FEE_COUNT, perItemFee, perPageFee, priceOfItem, type FeeLine, type FeeQuote } from "./fees";
export { FEE_PAYMENT_WINDOW_WORKING_DAYS, feePaymentDueOn } from "./payment";
export { assignItemNumbers, type MonthItem } from "./item-numbers";
export { DEFAULT_ONLINE_FEE_NOTICE_RECEIVED_WHEN_SENT, feeNoticeReceivedOnSendingDay, type FeeNoticeReceiptPolicy } from "./notice-receipt";
export { bandClauses, FEE_METHOD_RULES } from "./band-text";

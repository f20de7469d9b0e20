/**
 * The letters (文书) of letters.md. Every one but the 提交凭证 and the 撤回确认 is numbered
 * `{prefix}〔{year}〕{serial}号` and immutable once issued.
 */
export const LETTER_TITLES = {
  submissionVoucher: "提交凭证（尚未确认收到）",
  receipt: "政府信息公开申请接收回执",
  correctionNotice: "政府信息公开申请补正告知书",
  explanationRequest: "说明理由告知书",
  laterReplyNotice: "延迟答复告知书",
  consultationLetter: "征求意见书",
  thirdPartyNotice: "政府信息公开告知书",
  extensionNotice: "延期答复告知书",
  feeNotice: "收费通知书",
  closingNotice: "终止办理告知书",
  withdrawalConfirmation: "政府信息公开申请撤回确认",
  reply: "政府信息公开申请答复书",
} as const;

export type LetterKind = keyof typeof LETTER_TITLES;
export const LETTER_KINDS = Object.keys(LETTER_TITLES) as LetterKind[];

/** letters.md: the 提交凭证 and the 撤回确认 are not numbered letters. */
export function isNumberedLetter(kind: LetterKind): boolean {
  return kind !== "submissionVoucher" && kind !== "withdrawalConfirmation";
}

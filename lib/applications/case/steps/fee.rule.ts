import { z } from "@/lib/validation/zod";
import { compareLocalDate, type LocalDate } from "@/lib/calendar";
import { canIssueFeeNotice } from "@/lib/clock";
import { FeeInputError, type FeeQuote, perItemFee, perPageFee } from "@/lib/fees";
import { hasPassed, pauseDeadline, refusalOf } from "@/lib/workflow/deadlines";
import { activeFee, first, issuedFee, proposedFee, type Refusal, requirePastDate, requireText } from "@/lib/workflow/guards";
import type { ApplicationSnapshot, GuardContext } from "@/lib/workflow/snapshot";
import { date, defineRule, nothing } from "./rule";
import { dateText, emptyForm, formField, requiredText, stepForm, today } from "./form-fields";
import { singleLineText } from "@/lib/validation/text";

/**
 * 按件计收 or 按量计收 (《政府信息公开信息处理费管理办法》第三条): one method per application, never
 * both. A (sub-)application is one item (第四条), so per item it occupies the number after the
 * applicant's earlier items of the month.
 */
export const feeProposal = z.union([
  z.object({ method: z.literal("perItem"), priorItemsThisMonth: z.number() }),
  z.object({ method: z.literal("perPage"), pages: z.number() }),
]);
export type FeeProposal = z.output<typeof feeProposal>;

function checkFeeProposal(input: FeeProposal): Refusal {
  const raw = input as Record<string, unknown>;
  if ("pages" in raw && "priorItemsThisMonth" in raw) {
    return "同一申请只能选择按件或按量一种方式计收，不能同时按两种方式收费（《政府信息公开信息处理费管理办法》第三条）。";
  }
  const result = quoteFeeProposal(input);
  if ("refusal" in result) return result.refusal;
  if (result.quote.amount <= 0) return "按所选方式计算的费用为0元，无需发出收费通知。";
  return null;
}

/**
 * The fee of a proposal, computed by lib/fees (《政府信息公开信息处理费管理办法》第三至五条). The use case
 * stores this quote with the proposal; the guard refuses what lib/fees refuses.
 */
export function quoteFeeProposal(input: FeeProposal): { quote: FeeQuote } | { refusal: string } {
  try {
    if (input.method === "perItem") return { quote: perItemFee(input.priorItemsThisMonth, 1) };
    if (input.method === "perPage") return { quote: perPageFee(input.pages) };
  } catch (error) {
    if (error instanceof FeeInputError) return { refusal: error.message };
    throw error;
  }
  return { refusal: "请选择按件计收或按量计收。" };
}

/** The last day to pay the issued notice (lib/clock's fee pause; undefined until received, or 待定). */
export function feePaymentDeadline(s: ApplicationSnapshot, ctx: GuardContext): LocalDate | undefined {
  const fee = issuedFee(s);
  // The notice in force not yet received (by post; also a reduced one, fees.md §3.6): no window runs yet.
  return fee?.receivedOn ? pauseDeadline(ctx.clock, "feeNotice", fee.id) : undefined;
}


export const FEE_METHOD_LABELS = { perItem: "按件计收（当月累计件数）", perPage: "按量计收（页数）" } as const;
export const feeProposalForm = stepForm(
  {
    method: formField(z.enum(["perItem", "perPage"], "请选择按件计收或按量计收。"), {
      label: "计收方式",
      widget: "select",
      choices: FEE_METHOD_LABELS,
      initial: "perPage",
    }),
    /** Only for 按量计收; the per-item count is taken from the record. */
    pages: formField(singleLineText().trim().default(""), { label: "页数（按量计收时填写，按A4计）", widget: "number", initial: "" }),
  },
  "按件计收的件数由系统按申请人当月收到的申请自动计算（《政府信息公开信息处理费管理办法》第四条）；报审核人同意后出具《收费通知书》。",
);

export const approveFeeForm = stepForm({}, "同意后出具《收费通知书》；网上申请的通知当日视为送达。");
const reasonField = () => formField(requiredText("理由"), { label: "理由", widget: "textarea" });
export const refuseFeeForm = stepForm({ reason: reasonField() });
export const cancelFeeForm = stepForm({ reason: reasonField() });

export const feeDeliveryForm = stepForm({
  deliveredOn: formField(dateText("收费通知送达日期"), { label: "收费通知送达日期", widget: "date", initial: today }),
});

export const feePaymentForm = stepForm({
  paidOn: formField(dateText("缴费日期"), { label: "缴费日期（以票据为准）", widget: "date", initial: today }),
  receiptNumber: formField(requiredText("财政票据（收据）号码", 100), { label: "财政票据（收据）号码", widget: "text" }),
});

export const feeReductionForm = stepForm(
  {
    amountYuan: formField(z.coerce.number<number>().int("请填写整数金额（元）。").min(1, "减少后的金额至少1元；不收费请使用“取消收费”。"), {
      label: (ctx) => `减少后的金额（元，须少于原金额${ctx.feeAmountYuan ?? ""}元）`,
      widget: "number",
      initial: "",
    }),
    reason: formField(requiredText("减少收费的理由"), { label: "减少收费的理由", widget: "textarea" }),
  },
  "出具新的《收费通知书》并注明替代原通知；缴费期限自申请人收到新通知之次日起重新计算。",
);

/** Fees (条例第四十二条; 《政府信息公开信息处理费管理办法》; fees.md §3), including the worker's closing for an unpaid fee. */
export const FEE_RULES = {
  proposeFee: defineRule({
    input: feeProposal,
    form: feeProposalForm,
    label: "拟收取信息处理费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "feeProposed",
    timeline: "拟收取信息处理费",
    letter: null,
    basis: "条例第四十二条、《政府信息公开信息处理费管理办法》第三条",
    when: (s, { clock, today }) =>
      first(
        () => (s.hasSubApplications ? "本申请已拆分，请在拆分后的申请中收费。" : null),
        () => (activeFee(s) ? "已有收费通知在办理中。" : null),
        () => (s.feeNotices.some((f) => f.state === "paid") ? "本申请已缴费，不能再次收费。" : null),
        () => refusalOf(canIssueFeeNotice(clock, today)),
      ),
    // A cancelled or refused fee charged nothing, so a new proposal may use either method.
    check: (_s, input) => checkFeeProposal(input),
  }),
  approveFee: defineRule({
    input: nothing,
    form: approveFeeForm,
    label: "同意收费并发出收费通知",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    event: "feeNoticeIssued",
    timeline: "发出收费通知书",
    letter: "feeNotice",
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s, { clock, today }) =>
      first(
        () => (proposedFee(s) ? null : "没有待审批的收费。"),
        // fees.md §3.2: the notice is issued within the reply period.
        () => refusalOf(canIssueFeeNotice(clock, today)),
      ),
  }),
  refuseFee: defineRule({
    input: z.object({ reason: z.string() }),
    form: refuseFeeForm,
    label: "不同意收费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    event: "feeRefused",
    timeline: "不同意收费",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (proposedFee(s) ? null : "没有待审批的收费。"),
    check: (_s, input) => requireText(input.reason, "不同意收费的理由"),
  }),
  recordFeeNoticeDelivery: defineRule({
    input: z.object({ deliveredOn: date }),
    form: feeDeliveryForm,
    label: "记录收费通知送达",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "feeNoticeReceived",
    timeline: "收费通知书已送达",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) && !issuedFee(s)!.receivedOn ? null : "没有待记录送达的收费通知。"),
    check: (s, input, { today }) =>
      requirePastDate(input.deliveredOn, "收费通知送达日期", today, { date: issuedFee(s)!.issuedOn!, what: "发出之日" }),
  }),
  acceptFee: defineRule({
    input: nothing,
    form: emptyForm,
    label: "同意缴费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["citizen"],
    event: "feeAccepted",
    timeline: "申请人同意缴费",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) && !issuedFee(s)!.accepted ? null : "没有待确认的收费通知。"),
  }),
  declineFee: defineRule({
    input: z.object({ statement: z.string() }),
    form: emptyForm,
    label: "不同意缴费（终止办理）",
    from: ["in_progress"],
    to: "closed",
    // A clerk records a refusal the applicant declared in writing or in person.
    roles: ["citizen", "clerk"],
    event: "feeDeclined",
    timeline: "申请人拒绝缴费",
    letter: "closingNotice",
    basis: "《政府信息公开信息处理费管理办法》",
    decision: "abandonedFeeUnpaid",
    when: (s) => (issuedFee(s) ? null : "没有待缴费的收费通知。"),
    check: (_s, input, _ctx, actor) => (actor.role === "clerk" ? requireText(input.statement, "申请人不同意缴费的表示（书面或当面）") : null),
  }),
  recordFeePayment: defineRule({
    input: z.object({ paidOn: date, receiptNumber: z.string() }),
    form: feePaymentForm,
    label: "记录缴费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "feePaid",
    timeline: "已缴纳信息处理费",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) ? null : "没有待缴费的收费通知。"),
    check: (s, input, ctx) => {
      const fee = issuedFee(s)!;
      const dueOn = feePaymentDeadline(s, ctx);
      return first(
        () => requirePastDate(input.paidOn, "缴费日期", ctx.today, { date: fee.issuedOn!, what: "收费通知发出之日" }),
        () => requireText(input.receiptNumber, "财政票据（收据）号码"),
        () =>
          dueOn && compareLocalDate(input.paidOn, dueOn) > 0
            ? `缴费日期晚于缴费期限（${dueOn}），申请视为放弃，不能记录为按时缴费。`
            : null,
      );
    },
  }),
  reduceFee: defineRule({
    input: z.object({ amountYuan: z.number(), reason: z.string() }),
    form: feeReductionForm,
    label: "减少收费（重新发出收费通知）",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    event: "feeReduced",
    timeline: "减收信息处理费",
    letter: "feeNotice",
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) ? null : "没有可减少的收费通知。"),
    check: (s, input) =>
      first(
        () => requireText(input.reason, "减少收费的理由"),
        // fees.md §3.6: reduce, never increase; a reduction to nothing is a cancellation.
        () =>
          Number.isInteger(input.amountYuan) && input.amountYuan > 0 && input.amountYuan < issuedFee(s)!.amountYuan
            ? null
            : `减少后的金额须为大于0且小于原金额（${issuedFee(s)!.amountYuan}元）的整数；不收费请使用“取消收费”。`,
      ),
  }),
  cancelFee: defineRule({
    input: z.object({ reason: z.string() }),
    form: cancelFeeForm,
    label: "取消收费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    event: "feeCancelled",
    timeline: "取消收费",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) ? null : "没有可取消的收费通知。"),
    check: (_s, input) => requireText(input.reason, "取消收费的理由"),
  }),
  closeForUnpaidFee: defineRule({
    input: nothing,
    form: emptyForm,
    label: "逾期未缴费，终止办理",
    from: ["in_progress"],
    to: "closed",
    roles: ["system"],
    event: "feeUnpaidClosed",
    timeline: "逾期未缴费，终止办理",
    letter: "closingNotice",
    basis: "《政府信息公开信息处理费管理办法》",
    decision: "abandonedFeeUnpaid",
    when: (s, ctx) => {
      if (!issuedFee(s)) return "没有待缴费的收费通知。";
      const dueOn = feePaymentDeadline(s, ctx);
      if (!dueOn) return "缴费期限尚不确定（未记录送达或放假安排未公布）。";
      return hasPassed(dueOn, ctx.today) ? null : `缴费期限至${dueOn}，尚未届满。`;
    },
  }),
};

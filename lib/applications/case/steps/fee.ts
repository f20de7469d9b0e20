import { z } from "@/lib/validation/zod";
import { compareLocalDate, type LocalDate } from "@/lib/calendar";
import { canIssueFeeNotice } from "@/lib/clock";
import { FeeInputError, type FeeQuote, perItemFee, perPageFee } from "@/lib/fees";
import { hasPassed, pauseDeadline, refusalOf } from "@/lib/workflow/deadlines";
import { activeFee, first, issuedFee, proposedFee, type Refusal, requirePastDate, requireText } from "@/lib/workflow/guards";
import type { ApplicationSnapshot, GuardContext } from "@/lib/workflow/snapshot";
import { date, nothing } from "./rule";
import { dateText, emptyForm, formField, requiredText, stepForm, today } from "./form-fields";
import { singleLineText } from "@/lib/validation/text";
import { feeNoticeReceivedOnSendingDay } from "@/lib/fees/notice-receipt";
import { ValidationError } from "@/lib/errors";
import { buildClosingNotice, buildFeeNotice, type FeeCount } from "@/lib/letters";
import { applicantFacts, letterSettingsOf } from "../facts";
import type { CaseFile } from "../case-file";
import { defineStep, type HandlerContext } from "../step";
import { amount, eventsOfType, flag, opaque, pause, pauseId, text } from "../ledger-schema";

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

async function proposalOf(form: { method: "perItem" | "perPage"; pages: string }, ctx: HandlerContext): Promise<FeeProposal> {
  // 第四条: a (sub-)application is one item; it occupies its item number of the month (fees.md §1).
  if (form.method === "perItem") return { method: "perItem", priorItemsThisMonth: (await ctx.services.feeItemNumber()) - 1 };
  const pages = Number(form.pages);
  if (form.pages === "" || !Number.isInteger(pages)) throw new ValidationError([{ path: "pages", message: "按量计收请填写页数（正整数）。" }]);
  return { method: "perPage", pages };
}

export interface ProposedFee {
  pauseId: string;
  quote: FeeQuote;
  count: FeeCount;
}

/** The fee proposal in play (its event carries the quote and the count it was computed on). */
export function feeProposalOf(ctx: HandlerContext): ProposedFee {
  const fee = ctx.file.snapshot.feeNotices.find((f) => f.state === "proposed" || f.state === "issued")!;
  const event = eventsOfType(ctx.file.events, "feeProposed").findLast((e) => e.payload.pauseId === fee.id)!;
  return { pauseId: fee.id, quote: event.payload.quote!, count: event.payload.count! };
}

/** The fee record a proposal opens: its id (the pause id), method, amount, quote and what was counted. */
async function feeRecordOf(form: { method: "perItem" | "perPage"; pages: string }, ctx: HandlerContext) {
  const proposal = await proposalOf(form, ctx);
  const result = quoteFeeProposal(proposal);
  if ("refusal" in result) throw new ValidationError([{ path: form.method === "perPage" ? "pages" : "method", message: result.refusal }]);
  const count: FeeCount =
    proposal.method === "perPage" ? { method: "perPage", pages: proposal.pages } : { method: "perItem", itemNumbers: [proposal.priorItemsThisMonth + 1] };
  return { pauseId: crypto.randomUUID(), method: proposal.method, amountYuan: result.quote.amount, quote: result.quote, count };
}

/**
 * Policy default (fees.md §3.3), an agency setting: a 收费通知书 to an online applicant is received the
 * day it is sent; one sent by post is received on the delivery day a clerk records (recordFeeNoticeDelivery).
 * The same holds for the new notice of a reduction (fees.md §3.6).
 */
export const feeNoticeReceivedWhenSent = (file: CaseFile): boolean => feeNoticeReceivedOnSendingDay(file.row.channel, file.policy);

/** The fee notice in force (issued, not yet paid or cancelled), with its amount after any reduction. */
export function feeInForce(ctx: HandlerContext) {
  return ctx.file.snapshot.feeNotices.find((f) => f.state === "issued")!;
}

/** What every 收费通知书 of the agency says about paying and the pause (letters.md; fees.md §3.4). */
export function feeNoticeTerms(file: CaseFile) {
  return {
    howToPay: `请持本通知书到${file.agency.name}政府信息公开工作机构办理缴费，或按本机关告知的方式缴入国库，并保存财政票据`,
    feePausesClock: file.policy.feePausesClock,
    feePauseRule: `《${file.agency.name}政府信息公开指南》`,
  };
}

/** The 收费通知书 in force: the latest one issued for this application. */
async function noticeInForce({ services }: HandlerContext): Promise<string> {
  return (await services.latestLetter("feeNotice"))?.number ?? "";
}

/** The computed breakdown with the reduction as its own line, so the new notice shows how the amount came about. */
function reducedQuote(quote: FeeQuote, to: number, reason: string): FeeQuote {
  const cut = to - quote.amount;
  return { amount: to, lines: [...quote.lines, { band: `减少（${reason}）`, units: 1, unitPrice: cut, subtotal: cut }] };
}

/** The last day to pay, as lib/clock counts it (the guard has already checked that it passed). */
function payByOf(file: Parameters<typeof applicantFacts>[0], today: string): string {
  return feePaymentDeadline(file.snapshot, { ...file.env, today })!;
}

/** The fee notice in play: its pause id and the number of its (latest) 收费通知书. */
async function issuedFeeOf(ctx: HandlerContext): Promise<{ pauseId: string; noticeNumber: string }> {
  const fee = ctx.file.snapshot.feeNotices.find((f) => f.state === "issued")!;
  return { pauseId: fee.id, noticeNumber: await noticeInForce(ctx) };
}

/** What each step of this phase records in the ledger: its event's payload (lenient, see case/ledger-fields.ts). */
export const FEE_EVENTS = {
  feeProposed: z.object({
    pauseId,
    method: z.enum(["perItem", "perPage"]).optional().catch(undefined),
    amountYuan: amount,
    quote: opaque<FeeQuote>(),
    count: opaque<FeeCount>(),
  }),
  feeNoticeIssued: pause,
  feeRefused: pause,
  feeNoticeReceived: z.object({ pauseId, reducedNotice: flag }),
  feeAccepted: pause,
  feeDeclined: z.object({ pauseId, feeNoticeNumber: text }),
  feePaid: z.object({ pauseId, receiptNumber: text, amountYuan: amount }),
  feeReduced: z.object({ pauseId, amountYuan: amount, previousAmountYuan: amount, replaces: text, awaitsDelivery: flag }),
  feeCancelled: pause,
  feeUnpaidClosed: z.object({ pauseId, payBy: text }),
};
type FeeEvents = typeof FEE_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends FeeEvents {}
}


/** Fees (条例第四十二条; 《政府信息公开信息处理费管理办法》; fees.md §3), including the worker's closing for an unpaid fee. */
export const FEE_STEPS = {
  /** 拟收取信息处理费: one method, computed by lib/fees; a reviewer approves it (fees.md §3). */
  proposeFee: defineStep({
    input: feeProposal,
    form: feeProposalForm,
    label: "拟收取信息处理费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
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
    toInput: (form, ctx) => proposalOf(form, ctx),
    record: async (form, ctx) => ({ occurredOn: ctx.today, applicantVisible: false, payload: { ...(await feeRecordOf(form, ctx)) } }),
    notifyReviewers: true,
  }),
  /**
   * 同意收费并发出收费通知: the numbered 收费通知书. Received online the day it is sent, so that day
   * starts the pause; a mailed one waits for the recorded delivery (feeNoticeReceivedWhenSent).
   */
  approveFee: defineStep({
    input: nothing,
    form: approveFeeForm,
    label: "同意收费并发出收费通知",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    takenBy: ["staff"],
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
    toInput: () => ({}),
    record: (_form, ctx) => {
      const { pauseId } = feeProposalOf(ctx);
      return {
        occurredOn: ctx.today,
        applicantVisible: true,
        payload: { pauseId },
        followUps: feeNoticeReceivedWhenSent(ctx.file) ? [{ type: "feeNoticeReceived", occurredOn: ctx.today, payload: { pauseId }, applicantVisible: true }] : [],
      };
    },
    letterPlan: (_form, ctx) => ({
      applicantVisible: true,
      build: (issue, { clock }) => {
        const { pauseId, quote, count } = feeProposalOf(ctx);
        const payBy = clock?.pauses.find((p) => p.kind === "feeNotice" && p.id === pauseId)?.deadlineOn ?? null;
        return buildFeeNotice({
          agency: letterSettingsOf(ctx.file.agency),
          issue,
          application: applicantFacts(ctx.file),
          count,
          quote,
          ...feeNoticeTerms(ctx.file),
          payBy,
        });
      },
    }),
  }),
  refuseFee: defineStep({
    input: z.object({ reason: z.string() }),
    form: refuseFeeForm,
    label: "不同意收费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "feeRefused",
    timeline: "不同意收费",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (proposedFee(s) ? null : "没有待审批的收费。"),
    check: (_s, input) => requireText(input.reason, "不同意收费的理由"),
    toInput: (form) => ({ reason: form.reason }),
    record: (form, ctx) => ({ occurredOn: ctx.today, applicantVisible: false, reason: form.reason, payload: { pauseId: feeProposalOf(ctx).pauseId } }),
  }),
  /**
   * A mailed notice: the applicant received it on the recorded day. For the first notice the pause
   * starts then; for the new notice of a reduction (the pause already running) the 20-working-day
   * payment window restarts from then (fees.md §3.6; lib/clock `feeReduced`).
   */
  recordFeeNoticeDelivery: defineStep({
    input: z.object({ deliveredOn: date }),
    form: feeDeliveryForm,
    label: "记录收费通知送达",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "feeNoticeReceived",
    timeline: "收费通知书已送达",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) && !issuedFee(s)!.receivedOn ? null : "没有待记录送达的收费通知。"),
    check: (s, input, { today }) =>
      requirePastDate(input.deliveredOn, "收费通知送达日期", today, { date: issuedFee(s)!.issuedOn!, what: "发出之日" }),
    toInput: (form) => ({ deliveredOn: form.deliveredOn }),
    record: (form, ctx) => {
      const { pauseId } = feeProposalOf(ctx);
      const pauseRunning = ctx.file.events.some((e) => e.type === "feeNoticeReceived" && e.payload.pauseId === pauseId);
      return { occurredOn: form.deliveredOn, applicantVisible: true, payload: { pauseId, ...(pauseRunning && { reducedNotice: true }) } };
    },
  }),
  /** 同意缴费: records the applicant's intent; the pause ends only on payment (fees.md §3.4). */
  acceptFee: defineStep({
    input: nothing,
    form: emptyForm,
    label: "同意缴费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["citizen"],
    takenBy: ["applicant"],
    event: "feeAccepted",
    timeline: "申请人同意缴费",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) && !issuedFee(s)!.accepted ? null : "没有待确认的收费通知。"),
    toInput: () => ({}),
    record: async (_form, ctx) => ({ occurredOn: ctx.today, applicantVisible: true, payload: { pauseId: (await issuedFeeOf(ctx)).pauseId } }),
  }),
  /**
   * 不同意缴费 (fees.md §3.5 Policy default): the application is treated as abandoned on the day of
   * declining — decision （六）2 and a numbered 终止办理告知书 in the agency's name.
   */
  declineFee: defineStep({
    input: z.object({ statement: z.string() }),
    form: emptyForm,
    label: "不同意缴费（终止办理）",
    from: ["in_progress"],
    to: "closed",
    // A clerk records a refusal the applicant declared in writing or in person.
    roles: ["citizen", "clerk"],
    takenBy: ["applicant"],
    event: "feeDeclined",
    timeline: "申请人拒绝缴费",
    letter: "closingNotice",
    basis: "《政府信息公开信息处理费管理办法》",
    decision: "abandonedFeeUnpaid",
    when: (s) => (issuedFee(s) ? null : "没有待缴费的收费通知。"),
    check: (_s, input, _ctx, actor) => (actor.role === "clerk" ? requireText(input.statement, "申请人不同意缴费的表示（书面或当面）") : null),
    // Declining online is itself the applicant's statement (a clerk records one made on paper).
    toInput: () => ({ statement: "" }),
    record: async (_form, ctx) => {
      const { pauseId, noticeNumber } = await issuedFeeOf(ctx);
      return { occurredOn: ctx.today, applicantVisible: true, payload: { pauseId, feeNoticeNumber: noticeNumber } };
    },
    letterPlan: (_form, ctx) => ({
      applicantVisible: true,
      build: async (issue) =>
        buildClosingNotice({
          agency: letterSettingsOf(ctx.file.agency),
          issue,
          application: applicantFacts(ctx.file),
          ground: { kind: "feeDeclined", feeNoticeNumber: (await issuedFeeOf(ctx)).noticeNumber, declinedOn: ctx.today },
        }),
    }),
  }),
  /**
   * 记录缴费: the payment date on the receipt ends the pause (fees.md §3.4). The amount is that of the
   * notice in force — after a reduction, the reduced one (the annual report sums what was collected).
   */
  recordFeePayment: defineStep({
    input: z.object({ paidOn: date, receiptNumber: z.string() }),
    form: feePaymentForm,
    label: "记录缴费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
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
    toInput: (form) => ({ paidOn: form.paidOn, receiptNumber: form.receiptNumber }),
    record: (form, ctx) => {
      const fee = feeInForce(ctx);
      return { occurredOn: form.paidOn, applicantVisible: true, payload: { pauseId: fee.id, receiptNumber: form.receiptNumber, amountYuan: fee.amountYuan } };
    },
  }),
  /**
   * 减少收费 (fees.md §3.6 Policy default): a reviewer lowers an issued fee with a reason, never raises
   * it. The reduction is a new numbered 收费通知书 that refers to the one it replaces; the pause goes on
   * and the 20-working-day payment window restarts from the day after the new notice is received
   * (lib/clock `feeReduced`): online that is the day it is issued; by post it is the delivery day a
   * clerk records (recordFeeNoticeDelivery), until then the event waits (`awaitsDelivery`).
   */
  reduceFee: defineStep({
    input: z.object({ amountYuan: z.number(), reason: z.string() }),
    form: feeReductionForm,
    label: "减少收费（重新发出收费通知）",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    takenBy: ["staff"],
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
    toInput: (form) => ({ amountYuan: form.amountYuan, reason: form.reason }),
    record: async (form, ctx) => {
      const fee = feeInForce(ctx);
      return {
        occurredOn: ctx.today,
        applicantVisible: true,
        reason: form.reason,
        payload: {
          pauseId: fee.id,
          amountYuan: form.amountYuan,
          previousAmountYuan: fee.amountYuan,
          replaces: await noticeInForce(ctx),
          ...(!feeNoticeReceivedWhenSent(ctx.file) && { awaitsDelivery: true }),
        },
      };
    },
    letterPlan: (form, ctx) => ({
      applicantVisible: true,
      build: async (issue, { clock }) => {
        const { pauseId, quote, count } = feeProposalOf(ctx);
        const fee = ctx.file.snapshot.feeNotices.find((f) => f.id === pauseId)!;
        // By post the new window starts on delivery: the notice states the rule, not a date.
        const payBy = feeNoticeReceivedWhenSent(ctx.file)
          ? (clock?.pauses.find((p) => p.kind === "feeNotice" && p.id === pauseId)?.deadlineOn ?? null)
          : null;
        return buildFeeNotice({
          agency: letterSettingsOf(ctx.file.agency),
          issue,
          application: applicantFacts(ctx.file),
          count,
          quote: reducedQuote(quote, form.amountYuan, form.reason),
          ...feeNoticeTerms(ctx.file),
          payBy,
          replaces: { number: await noticeInForce(ctx), amountYuan: fee.amountYuan },
        });
      },
    }),
  }),
  /** 取消收费 (fees.md §3.6 Policy default): a reviewer, with a reason; the pause ends that day. */
  cancelFee: defineStep({
    input: z.object({ reason: z.string() }),
    form: cancelFeeForm,
    label: "取消收费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "feeCancelled",
    timeline: "取消收费",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) ? null : "没有可取消的收费通知。"),
    check: (_s, input) => requireText(input.reason, "取消收费的理由"),
    toInput: (form) => ({ reason: form.reason }),
    record: (form, ctx) => ({ occurredOn: ctx.today, applicantVisible: true, reason: form.reason, payload: { pauseId: feeProposalOf(ctx).pauseId } }),
  }),
  /**
   * 逾期未缴费 (fees.md §3.5; 《政府信息公开信息处理费管理办法》): the application is treated as abandoned
   * and closed with （六）2, an event by `system` and a numbered 终止办理告知书 in the agency's name.
   */
  closeForUnpaidFee: defineStep({
    input: nothing,
    form: emptyForm,
    label: "逾期未缴费，终止办理",
    from: ["in_progress"],
    to: "closed",
    roles: ["system"],
    takenBy: ["system"],
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
    toInput: () => ({}),
    record: (_form, { file, today }) => ({
      occurredOn: today,
      applicantVisible: true,
      payload: { pauseId: file.snapshot.feeNotices.find((f) => f.state === "issued")!.id, payBy: payByOf(file, today) },
    }),
    letterPlan: (_form, { file, services, today }) => ({
      applicantVisible: true,
      build: async (issue) =>
        buildClosingNotice({
          agency: letterSettingsOf(file.agency),
          issue,
          application: applicantFacts(file),
          ground: { kind: "feeUnpaid", feeNoticeNumber: (await services.latestLetter("feeNotice"))?.number ?? "本机关", payBy: payByOf(file, today) },
        }),
    }),
  }),
};

import { letters } from "@/db/schema";
import { feeNoticeReceivedOnSendingDay } from "@/lib/fees/notice-receipt";
import { ValidationError } from "@/lib/errors";
import type { FeeQuote } from "@/lib/fees";
import { buildClosingNotice, buildFeeNotice, type FeeCount } from "@/lib/letters";
import { and, desc, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { itemNumberOf } from "../../workbench/fee-items";
import { applicantFacts, latestLetterNumber } from "../facts";
import { type CaseFile, letterSettingsOf } from "../load";
import { defineStep, type HandlerContext, type StepTable } from "../step";
import { eventsOfType } from "../ledger";
import { FEE_RULES, feePaymentDeadline, type FeeProposal, quoteFeeProposal } from "./fee.rule";

async function proposalOf(form: { method: "perItem" | "perPage"; pages: string }, ctx: HandlerContext): Promise<FeeProposal> {
  // 第四条: a (sub-)application is one item; it occupies its item number of the month (fees.md §1).
  if (form.method === "perItem") return { method: "perItem", priorItemsThisMonth: (await itemNumberOf(ctx.tx, ctx.file)) - 1 };
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
export function proposedFee(ctx: HandlerContext): ProposedFee {
  const fee = ctx.file.snapshot.feeNotices.find((f) => f.state === "proposed" || f.state === "issued")!;
  const event = eventsOfType(ctx.file.events, "feeProposed").findLast((e) => e.payload.pauseId === fee.id)!;
  return { pauseId: fee.id, quote: event.payload.quote!, count: event.payload.count! };
}

/** 拟收取信息处理费: one method, computed by lib/fees; a reviewer approves it (fees.md §3). */
export const proposeFee = defineStep("proposeFee", {
  form: FEE_RULES.proposeFee.form,
  input: (form, ctx) => proposalOf(form, ctx),
  effects: async (form, ctx) => ({ occurredOn: ctx.today, applicantVisible: false, payload: { ...(await feeRecordOf(form, ctx)) } }),
  notifyReviewers: true,
});

/** The fee record a proposal opens: its id (the pause id), method, amount, quote and what was counted. */
async function feeRecordOf(form: { method: "perItem" | "perPage"; pages: string }, ctx: HandlerContext) {
  const proposal = await proposalOf(form, ctx);
  const result = quoteFeeProposal(proposal);
  if ("refusal" in result) throw new ValidationError([{ path: form.method === "perPage" ? "pages" : "method", message: result.refusal }]);
  const count: FeeCount =
    proposal.method === "perPage" ? { method: "perPage", pages: proposal.pages } : { method: "perItem", itemNumbers: [proposal.priorItemsThisMonth + 1] };
  return { pauseId: randomUUID(), method: proposal.method, amountYuan: result.quote.amount, quote: result.quote, count };
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

/**
 * 同意收费并发出收费通知: the numbered 收费通知书. Received online the day it is sent, so that day
 * starts the pause; a mailed one waits for the recorded delivery (feeNoticeReceivedWhenSent).
 */
export const approveFee = defineStep("approveFee", {
  form: FEE_RULES.approveFee.form,
  input: () => ({}),
  effects: (_form, ctx) => {
    const { pauseId } = proposedFee(ctx);
    return {
      occurredOn: ctx.today,
      applicantVisible: true,
      payload: { pauseId },
      followUps: feeNoticeReceivedWhenSent(ctx.file) ? [{ type: "feeNoticeReceived", occurredOn: ctx.today, payload: { pauseId }, applicantVisible: true }] : [],
    };
  },
  letter: (_form, ctx) => ({
    applicantVisible: true,
    build: (issue, { clock }) => {
      const { pauseId, quote, count } = proposedFee(ctx);
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
});

/** What every 收费通知书 of the agency says about paying and the pause (letters.md; fees.md §3.4). */
export function feeNoticeTerms(file: CaseFile) {
  return {
    howToPay: `请持本通知书到${file.agency.name}政府信息公开工作机构办理缴费，或按本机关告知的方式缴入国库，并保存财政票据`,
    feePausesClock: file.policy.feePausesClock,
    feePauseRule: `《${file.agency.name}政府信息公开指南》`,
  };
}

export const refuseFee = defineStep("refuseFee", {
  form: FEE_RULES.refuseFee.form,
  input: (form) => ({ reason: form.reason }),
  effects: (form, ctx) => ({ occurredOn: ctx.today, applicantVisible: false, reason: form.reason, payload: { pauseId: proposedFee(ctx).pauseId } }),
});

/**
 * A mailed notice: the applicant received it on the recorded day. For the first notice the pause
 * starts then; for the new notice of a reduction (the pause already running) the 20-working-day
 * payment window restarts from then (fees.md §3.6; lib/clock `feeReduced`).
 */
export const recordFeeNoticeDelivery = defineStep("recordFeeNoticeDelivery", {
  form: FEE_RULES.recordFeeNoticeDelivery.form,
  input: (form) => ({ deliveredOn: form.deliveredOn }),
  effects: (form, ctx) => {
    const { pauseId } = proposedFee(ctx);
    const pauseRunning = ctx.file.events.some((e) => e.type === "feeNoticeReceived" && e.payload.pauseId === pauseId);
    return { occurredOn: form.deliveredOn, applicantVisible: true, payload: { pauseId, ...(pauseRunning && { reducedNotice: true }) } };
  },
});

/**
 * 记录缴费: the payment date on the receipt ends the pause (fees.md §3.4). The amount is that of the
 * notice in force — after a reduction, the reduced one (the annual report sums what was collected).
 */
export const recordFeePayment = defineStep("recordFeePayment", {
  form: FEE_RULES.recordFeePayment.form,
  input: (form) => ({ paidOn: form.paidOn, receiptNumber: form.receiptNumber }),
  effects: (form, ctx) => {
    const fee = feeInForce(ctx);
    return { occurredOn: form.paidOn, applicantVisible: true, payload: { pauseId: fee.id, receiptNumber: form.receiptNumber, amountYuan: fee.amountYuan } };
  },
});

/** 取消收费 (fees.md §3.6 Policy default): a reviewer, with a reason; the pause ends that day. */
export const cancelFee = defineStep("cancelFee", {
  form: FEE_RULES.cancelFee.form,
  input: (form) => ({ reason: form.reason }),
  effects: (form, ctx) => ({ occurredOn: ctx.today, applicantVisible: true, reason: form.reason, payload: { pauseId: proposedFee(ctx).pauseId } }),
});

/** The 收费通知书 in force: the latest one issued for this application. */
async function noticeInForce({ tx, file }: HandlerContext): Promise<string> {
  const [row] = await tx
    .select({ number: letters.number })
    .from(letters)
    .where(and(eq(letters.applicationId, file.row.id), eq(letters.kind, "feeNotice")))
    .orderBy(desc(letters.issuedAt), desc(letters.serial))
    .limit(1);
  return row?.number ?? "";
}

/** The computed breakdown with the reduction as its own line, so the new notice shows how the amount came about. */
function reducedQuote(quote: FeeQuote, to: number, reason: string): FeeQuote {
  const cut = to - quote.amount;
  return { amount: to, lines: [...quote.lines, { band: `减少（${reason}）`, units: 1, unitPrice: cut, subtotal: cut }] };
}

/**
 * 减少收费 (fees.md §3.6 Policy default): a reviewer lowers an issued fee with a reason, never raises
 * it. The reduction is a new numbered 收费通知书 that refers to the one it replaces; the pause goes on
 * and the 20-working-day payment window restarts from the day after the new notice is received
 * (lib/clock `feeReduced`): online that is the day it is issued; by post it is the delivery day a
 * clerk records (recordFeeNoticeDelivery), until then the event waits (`awaitsDelivery`).
 */
export const reduceFee = defineStep("reduceFee", {
  form: FEE_RULES.reduceFee.form,
  input: (form) => ({ amountYuan: form.amountYuan, reason: form.reason }),
  effects: async (form, ctx) => {
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
  letter: (form, ctx) => ({
    applicantVisible: true,
    build: async (issue, { clock }) => {
      const { pauseId, quote, count } = proposedFee(ctx);
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
});

/**
 * 逾期未缴费 (fees.md §3.5; 《政府信息公开信息处理费管理办法》): the application is treated as abandoned
 * and closed with （六）2, an event by `system` and a numbered 终止办理告知书 in the agency's name.
 */
export const closeForUnpaidFee = defineStep("closeForUnpaidFee", {
  form: FEE_RULES.closeForUnpaidFee.form,
  input: () => ({}),
  effects: (_form, { file, today }) => ({
    occurredOn: today,
    applicantVisible: true,
    payload: { pauseId: file.snapshot.feeNotices.find((f) => f.state === "issued")!.id, payBy: payByOf(file, today) },
  }),
  letter: (_form, { file, tx, today }) => ({
    applicantVisible: true,
    build: async (issue) =>
      buildClosingNotice({
        agency: letterSettingsOf(file.agency),
        issue,
        application: applicantFacts(file),
        ground: { kind: "feeUnpaid", feeNoticeNumber: (await latestLetterNumber(tx, file.row.id, "feeNotice")) ?? "本机关", payBy: payByOf(file, today) },
      }),
  }),
});

/** The last day to pay, as lib/clock counts it (the guard has already checked that it passed). */
function payByOf(file: Parameters<typeof applicantFacts>[0], today: string): string {
  return feePaymentDeadline(file.snapshot, { ...file.env, today })!;
}

/** The fee notice in play: its pause id and the number of its (latest) 收费通知书. */
async function issuedFeeOf({ tx, file }: HandlerContext): Promise<{ pauseId: string; noticeNumber: string }> {
  const fee = file.snapshot.feeNotices.find((f) => f.state === "issued")!;
  const [notice] = await tx
    .select({ number: letters.number })
    .from(letters)
    .where(and(eq(letters.applicationId, file.row.id), eq(letters.kind, "feeNotice")))
    .orderBy(desc(letters.issuedAt))
    .limit(1);
  return { pauseId: fee.id, noticeNumber: notice?.number ?? "" };
}

/** 同意缴费: records the applicant's intent; the pause ends only on payment (fees.md §3.4). */
export const acceptFee = defineStep("acceptFee", {
  form: FEE_RULES.acceptFee.form,
  input: () => ({}),
  effects: async (_form, ctx) => ({ occurredOn: ctx.today, applicantVisible: true, payload: { pauseId: (await issuedFeeOf(ctx)).pauseId } }),
});

/**
 * 不同意缴费 (fees.md §3.5 Policy default): the application is treated as abandoned on the day of
 * declining — decision （六）2 and a numbered 终止办理告知书 in the agency's name.
 */
export const declineFee = defineStep("declineFee", {
  form: FEE_RULES.declineFee.form,
  // Declining online is itself the applicant's statement (a clerk records one made on paper).
  input: () => ({ statement: "" }),
  effects: async (_form, ctx) => {
    const { pauseId, noticeNumber } = await issuedFeeOf(ctx);
    return { occurredOn: ctx.today, applicantVisible: true, payload: { pauseId, feeNoticeNumber: noticeNumber } };
  },
  letter: (_form, ctx) => ({
    applicantVisible: true,
    build: async (issue) =>
      buildClosingNotice({
        agency: letterSettingsOf(ctx.file.agency),
        issue,
        application: applicantFacts(ctx.file),
        ground: { kind: "feeDeclined", feeNoticeNumber: (await issuedFeeOf(ctx)).noticeNumber, declinedOn: ctx.today },
      }),
  }),
});

/** The steps of this phase staff take in the workbench. */
export const staffSteps = { proposeFee, approveFee, refuseFee, recordFeeNoticeDelivery, recordFeePayment, cancelFee, reduceFee } satisfies StepTable;

/** The steps of this phase the background worker takes as `system`. */
export const systemSteps = { closeForUnpaidFee } satisfies StepTable;

/** The steps of this phase the applicant takes online. */
export const applicantSteps = { acceptFee, declineFee } satisfies StepTable;

import { and, desc, eq } from "drizzle-orm";
import { letters } from "@/db/schema";
import type { FeeQuote } from "@/lib/fees";
import { buildFeeNotice } from "@/lib/letters";
import { feeReductionForm } from "../forms";
import { defineStep, type HandlerContext } from "../../case/step";
import { letterSettingsOf } from "../../case/load";
import { applicantFacts } from "../../case/facts";
import { feeInForce, feeNoticeReceivedWhenSent, feeNoticeTerms, proposedFee } from "./fee";

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
  form: feeReductionForm,
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

import { buildClosingNotice } from "@/lib/letters";
import { feePaymentDeadline } from "@/lib/applications/case/steps/fee.rule";
import { emptyForm } from "../forms";
import { defineStep } from "../../case/step";
import { letterSettingsOf } from "../../case/load";
import { applicantFacts, latestLetterNumber } from "../../case/facts";

/**
 * 补正期限已届满 (条例第三十条; workflow.md §4): the worker only records that the deadline passed, which
 * puts the case in the queue 补正期限已届满，待确认; nothing closes by itself. The reviewers decide
 * (confirm the abandonment or accept a late correction), so they are told.
 */
export const correctionDeadlinePassed = defineStep("correctionDeadlinePassed", {
  form: emptyForm,
  input: () => ({}),
  effects: (_form, { file, today }) => ({
    occurredOn: today,
    applicantVisible: false,
    payload: { correctionDueOn: file.snapshot.correction!.deadlineOn },
  }),
  notifyReviewers: true,
});

/**
 * 逾期未缴费 (fees.md §3.5; 《政府信息公开信息处理费管理办法》): the application is treated as abandoned
 * and closed with （六）2, an event by `system` and a numbered 终止办理告知书 in the agency's name.
 */
export const closeForUnpaidFee = defineStep("closeForUnpaidFee", {
  form: emptyForm,
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

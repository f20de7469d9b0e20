import { and, desc, eq } from "drizzle-orm";
import { letters, requestItems } from "@/db/schema";
import { buildClosingNotice, buildWithdrawalConfirmation } from "@/lib/letters";
import type { ActionCode } from "@/lib/applications/case/engine";
import { correctionAnswerSchema } from "../schema";
import { withdrawSchema } from "../withdraw-schema";
import { emptyForm } from "../workbench/forms";
import { defineStep, type HandlerContext, type Step } from "../case/step";
import { applicantFacts } from "../case/facts";
import { letterSettingsOf } from "../case/load";
import { refreshApplicationSearch } from "../search-tokens";

/**
 * 提交补正 (条例第三十条): the applicant's corrected request items replace the old ones (the old
 * ones stay in the event for the record) and the note says what was corrected. The correction is
 * received only when staff confirm it (workflow.md §4), so nothing here moves the clock.
 */
export const answerCorrection = defineStep("answerCorrection", {
  form: correctionAnswerSchema,
  input: (form) => ({ text: form.note }),
  effects: async (form, { tx, file, today }) => {
    const items = form.items.map((item) => ({ ...item, docNumber: item.docNumber || null, indexNumber: item.indexNumber || null }));
    await tx.delete(requestItems).where(eq(requestItems.applicationId, file.row.id));
    await tx.insert(requestItems).values(items.map((item, index) => ({ applicationId: file.row.id, position: index + 1, ...item })));
    await refreshApplicationSearch(tx, file.row.id);
    return {
      occurredOn: today,
      applicantVisible: true,
      reason: form.note,
      payload: {
        note: form.note,
        itemsBefore: file.items.map(({ position, title, docNumber, indexNumber, description }) => ({ position, title, docNumber, indexNumber, description })),
        itemsAfter: items,
      },
    };
  },
});

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
  form: emptyForm,
  input: () => ({}),
  effects: async (_form, ctx) => ({ occurredOn: ctx.today, applicantVisible: true, payload: { pauseId: (await issuedFeeOf(ctx)).pauseId } }),
});

/**
 * 不同意缴费 (fees.md §3.5 Policy default): the application is treated as abandoned on the day of
 * declining — decision （六）2 and a numbered 终止办理告知书 in the agency's name.
 */
export const declineFee = defineStep("declineFee", {
  form: emptyForm,
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

/** 撤回申请 (workflow.md §6, decision （六）3): closed at the applicant's request, with a 撤回确认. */
export const withdraw = defineStep("withdraw", {
  form: withdrawSchema,
  input: (form) => ({ reason: form.reason }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: true, reason: form.reason || null }),
  letter: (_form, { file, today }) => ({
    applicantVisible: true,
    build: () =>
      buildWithdrawalConfirmation({
        agency: file.agency,
        date: today,
        caseNumber: file.row.caseNumber,
        applicantName: file.row.applicantName,
        receivedOn: file.row.receivedOn,
        withdrawnOn: today,
      }),
  }),
});

/** The steps an applicant takes online (lib/workflow TRANSITIONS with role citizen; rating has its own use case). */
export const APPLICANT_HANDLERS = { answerCorrection, acceptFee, declineFee, withdraw } satisfies { [A in ActionCode]?: Step<A> };
export type ApplicantAction = keyof typeof APPLICANT_HANDLERS;
export const isApplicantAction = (value: string): value is ApplicantAction => Object.hasOwn(APPLICANT_HANDLERS, value);

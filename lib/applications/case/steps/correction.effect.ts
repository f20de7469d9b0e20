import { requestItems } from "@/db/schema";
import { buildClosingNotice, buildCorrectionNotice } from "@/lib/letters";
import { eq } from "drizzle-orm";

import { refreshApplicationSearch } from "../../search-tokens";

import { applicantFacts, latestLetterNumber } from "../facts";
import { letterSettingsOf } from "../load";
import { defineStep, type StepTable } from "../step";
import { CORRECTION_RULES } from "./correction.rule";

const pointsOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** 补正告知书 (条例第三十条): once, one consolidated list, a deadline; the clock stops until the correction. */
export const requestCorrection = defineStep("requestCorrection", {
  form: CORRECTION_RULES.requestCorrection.form,
  input: (form) => ({ points: pointsOf(form.points), deadlineOn: form.deadlineOn }),
  effects: (form, { today }) => ({
    occurredOn: today,
    applicantVisible: true,
    payload: { correctionDueOn: form.deadlineOn, points: pointsOf(form.points), guidance: form.guidance },
  }),
  letter: (form, { file }) => ({
    applicantVisible: true,
    build: (issue) =>
      buildCorrectionNotice({
        agency: letterSettingsOf(file.agency),
        issue,
        application: applicantFacts(file),
        points: pointsOf(form.points),
        guidance: form.guidance,
        deadlineOn: form.deadlineOn,
      }),
  }),
});

/** 确认收到补正 (条例第三十条): the reply period runs anew from this day (the new clockStartOn). */
export const confirmCorrection = defineStep("confirmCorrection", {
  form: CORRECTION_RULES.confirmCorrection.form,
  input: (form) => ({ receivedOn: form.receivedOn }),
  effects: (form) => ({ occurredOn: form.receivedOn, applicantVisible: true }),
});

/**
 * 补正期限已届满，待确认 (条例第三十条; workflow.md §4): nothing closes by itself. A reviewer either
 * confirms that the application is treated as abandoned (其他处理-1, a numbered 终止办理告知书) …
 */
export const confirmAbandonment = defineStep("confirmAbandonment", {
  form: CORRECTION_RULES.confirmAbandonment.form,
  input: (form) => ({ reason: form.reason }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: true, reason: form.reason }),
  letter: (_form, { file, tx }) => ({
    applicantVisible: true,
    build: async (issue) => {
      const noticeNumber = await latestLetterNumber(tx, file.row.id, "correctionNotice");
      return buildClosingNotice({
        agency: letterSettingsOf(file.agency),
        issue,
        application: applicantFacts(file),
        ground: { kind: "noCorrection", correctionNoticeNumber: noticeNumber ?? "本机关", deadlineOn: file.snapshot.correction!.deadlineOn },
      });
    },
  }),
});

/**
 * … or accepts a late correction with a recorded reason: the corrected application is received on
 * the day entered and the reply period runs from it (the clock reads the correctionReceived step).
 */
export const acceptLateCorrection = defineStep("acceptLateCorrection", {
  form: CORRECTION_RULES.acceptLateCorrection.form,
  input: (form) => ({ receivedOn: form.receivedOn, reason: form.reason }),
  effects: (form) => ({
    occurredOn: form.receivedOn,
    applicantVisible: true,
    reason: form.reason,
    followUps: [{ type: "correctionReceived", occurredOn: form.receivedOn, payload: { lateAccepted: true }, applicantVisible: true }],
  }),
});

/**
 * 补正期限已届满 (条例第三十条; workflow.md §4): the worker only records that the deadline passed, which
 * puts the case in the queue 补正期限已届满，待确认; nothing closes by itself. The reviewers decide
 * (confirm the abandonment or accept a late correction), so they are told.
 */
export const correctionDeadlinePassed = defineStep("correctionDeadlinePassed", {
  form: CORRECTION_RULES.correctionDeadlinePassed.form,
  input: () => ({}),
  effects: (_form, { file, today }) => ({
    occurredOn: today,
    applicantVisible: false,
    payload: { correctionDueOn: file.snapshot.correction!.deadlineOn },
  }),
  notifyReviewers: true,
});

/**
 * 提交补正 (条例第三十条): the applicant's corrected request items replace the old ones (the old
 * ones stay in the event for the record) and the note says what was corrected. The correction is
 * received only when staff confirm it (workflow.md §4), so nothing here moves the clock.
 */
export const answerCorrection = defineStep("answerCorrection", {
  form: CORRECTION_RULES.answerCorrection.form,
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

/** The steps of this phase staff take in the workbench. */
export const staffSteps = { requestCorrection, confirmCorrection, acceptLateCorrection, confirmAbandonment } satisfies StepTable;

/** The steps of this phase the background worker takes as `system`. */
export const systemSteps = { correctionDeadlinePassed } satisfies StepTable;

/** The steps of this phase the applicant takes online. */
export const applicantSteps = { answerCorrection } satisfies StepTable;

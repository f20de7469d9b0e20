import { ValidationError } from "@/lib/errors";
import { buildReply } from "@/lib/letters";
import { validateDecisionDraft } from "@/lib/workflow";
import { draftFromForm, formPathOf } from "../../workbench/draft";
import { applicantFacts, requestSummary } from "../facts";
import { letterSettingsOf } from "../load";
import { defineStep, type StepTable } from "../step";
import { REPLY_RULES } from "./reply.rule";

/**
 * 起草答复: the clerk's draft must say everything letters.md requires of its decision; the problems
 * come back beside their fields. The draft is kept in the ledger; the latest one is the draft.
 */
export const draftDecision = defineStep("draftDecision", {
  form: REPLY_RULES.draftDecision.form,
  input: (form) => {
    const draft = draftFromForm(form);
    const problems = validateDecisionDraft(draft);
    if (problems.length > 0) throw new ValidationError(problems.map((p) => ({ path: formPathOf(p.path), message: p.message })));
    return draft;
  },
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: false, payload: { draft: draftFromForm(form) } }),
});

/** 提交审核 (条例第四十五条: 审核): the reviewer is told. */
export const submitForReview = defineStep("submitForReview", {
  form: REPLY_RULES.submitForReview.form,
  input: () => ({}),
  effects: (_form, { today }) => ({ occurredOn: today, applicantVisible: false }),
  notifyReviewers: true,
});

/**
 * 审核通过并出具答复书: only an approved reply is issued; its date is the reply date (workflow.md §4:
 * dispatched that day) and it carries the decision's remedy clause.
 */
export const approveReply = defineStep("approveReply", {
  form: REPLY_RULES.approveReply.form,
  input: () => ({}),
  effects: (_form, { today, file }) => ({ occurredOn: today, applicantVisible: true, payload: { decision: file.snapshot.draft?.decision } }),
  letter: (_form, { file }) => ({
    applicantVisible: true,
    build: (issue) =>
      buildReply({ agency: letterSettingsOf(file.agency), issue, application: applicantFacts(file), requestSummary: requestSummary(file), draft: file.snapshot.draft! }),
  }),
});

/** 退回修改: back to the clerk with the reviewer's comment (internal). */
export const returnDraft = defineStep("returnDraft", {
  form: REPLY_RULES.returnDraft.form,
  input: (form) => ({ comment: form.comment }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: false, reason: form.comment, payload: { comment: form.comment } }),
});

/** The steps of this phase staff take in the workbench. */
export const staffSteps = { draftDecision, submitForReview, approveReply, returnDraft } satisfies StepTable;

import { buildExplanationRequest, buildLaterReplyNotice } from "@/lib/letters";
import { explanationForm, laterReplyForm } from "../forms";
import { defineStep } from "../../case/step";
import { letterSettingsOf } from "../../case/load";
import { applicantFacts } from "../../case/facts";

/**
 * 要求申请人说明理由 (条例第三十五条): the 说明理由告知书 says what is asked, by when and what follows.
 * Asking does not pause the reply clock (workflow.md §4.8), so the event carries no clock fact.
 */
export const requestExplanation = defineStep("requestExplanation", {
  form: explanationForm,
  input: (form) => ({ question: form.question, answerBy: form.answerBy }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: true, payload: { question: form.question, answerBy: form.answerBy } }),
  letter: (form, { file }) => ({
    applicantVisible: true,
    build: (issue) =>
      buildExplanationRequest({ agency: letterSettingsOf(file.agency), issue, application: applicantFacts(file), question: form.question, answerBy: form.answerBy }),
  }),
});

/**
 * 确定延迟答复期限 (条例第三十五条): the head of the disclosure office finds the reasons sound but the
 * volume too large for the deadline; the date set replaces the computed one (workflow.md §4.8, lib/clock
 * `laterReplyDateSet` reads `replyDueOn`) and the 延迟答复告知书 states it with the reason.
 */
export const setLaterReplyDate = defineStep("setLaterReplyDate", {
  form: laterReplyForm,
  input: (form) => ({ replyOn: form.replyOn, reason: form.reason }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: true, reason: form.reason, payload: { replyDueOn: form.replyOn } }),
  letter: (form, { file }) => ({
    applicantVisible: true,
    build: (issue) =>
      buildLaterReplyNotice({ agency: letterSettingsOf(file.agency), issue, application: applicantFacts(file), replyOn: form.replyOn, reason: form.reason }),
  }),
});

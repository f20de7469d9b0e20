import { buildExplanationRequest, buildLaterReplyNotice } from "@/lib/letters";

import { createSubApplications } from "../../workbench/split-application";
import { applicantFacts } from "../facts";
import { letterSettingsOf } from "../load";
import { defineStep, staffOf, type StepTable } from "../step";
import { SCOPE_RULES } from "./scope.rule";

/** The form's per-item sub-application numbers (1, 2, …) as lib/workflow's partition of item indexes. */
function partsOf(groups: readonly string[]): number[][] {
  const count = Math.max(...groups.map(Number));
  const parts: number[][] = Array.from({ length: count }, () => []);
  groups.forEach((group, index) => parts[Number(group) - 1]!.push(index));
  return parts;
}

/**
 * 拆分申请 (一事一申请, 《政府信息公开信息处理费管理办法》第四条): with a reason, every request item goes
 * to one of at least two sub-applications (lib/workflow checks the partition). The parent records
 * the split and lists its sub-applications; they carry the decisions, report rows and fee items.
 */
export const split = defineStep("split", {
  form: SCOPE_RULES.split.form,
  input: (form) => ({ reason: form.reason, parts: partsOf(form.groups) }),
  effects: async (form, ctx) => {
    const { tx, file, now, today } = ctx;
    const subs = await createSubApplications(tx, file, partsOf(form.groups), { actor: staffOf(ctx), now, today, reason: form.reason });
    return {
      occurredOn: today,
      applicantVisible: true,
      reason: form.reason,
      payload: { subApplications: subs.map((s) => ({ id: s.id, caseNumber: s.caseNumber, items: s.items })) },
    };
  },
});

/**
 * 要求申请人说明理由 (条例第三十五条): the 说明理由告知书 says what is asked, by when and what follows.
 * Asking does not pause the reply clock (workflow.md §4.8), so the event carries no clock fact.
 */
export const requestExplanation = defineStep("requestExplanation", {
  form: SCOPE_RULES.requestExplanation.form,
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
  form: SCOPE_RULES.setLaterReplyDate.form,
  input: (form) => ({ replyOn: form.replyOn, reason: form.reason }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: true, reason: form.reason, payload: { replyDueOn: form.replyOn } }),
  letter: (form, { file }) => ({
    applicantVisible: true,
    build: (issue) =>
      buildLaterReplyNotice({ agency: letterSettingsOf(file.agency), issue, application: applicantFacts(file), replyOn: form.replyOn, reason: form.reason }),
  }),
});

/** The steps of this phase staff take in the workbench. */
export const staffSteps = { split, requestExplanation, setLaterReplyDate } satisfies StepTable;

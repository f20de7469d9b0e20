import { z } from "@/lib/validation/zod";
import { compareLocalDate } from "@/lib/calendar";
import { decisionDraftSchema, validateDecisionDraft } from "@/lib/workflow/decision-draft";
import { readyForReply, requireText } from "@/lib/workflow/guards";
import { defineRule, nothing } from "./rule";
import { DECISION_CODES, NOT_DISCLOSED_GROUNDS } from "@/lib/workflow/decisions";
import { formField, optionalText, requiredText, stepForm } from "./form-fields";


/**
 * The reply draft as a form: every field a decision may need (letters.md "What each reply must
 * say"); validateDecisionDraft says which ones this decision requires. It has its own component
 * (components/workbench/decision-draft-form.tsx), so its fields carry no rendering metadata.
 */
export const decisionDraftForm = z.object({
  decision: z.enum(DECISION_CODES, "请选择答复类型。"),
  reasons: optionalText(),
  provision: optionalText(),
  releasedFiles: optionalText(),
  whereToObtain: optionalText(),
  disclosedPart: optionalText(),
  withheldParts: z
    .array(z.object({ part: optionalText(), ground: z.enum(NOT_DISCLOSED_GROUNDS, "请选择不予公开的法定情形。"), reason: optionalText() }))
    .default([]),
  governingLaw: optionalText(),
  responsibleAgencyName: optionalText(),
  responsibleAgencyContact: optionalText(),
  responsibleAgencyUndetermined: optionalText(),
  earlierReplyNumber: optionalText(),
  earlierReplyDate: optionalText(),
  stillUnclear: optionalText(),
  properChannel: optionalText(),
  explanationGiven: optionalText(),
  explanationWhyNotAccepted: optionalText(),
  documentAlreadyHeld: optionalText(),
});

export type DecisionDraftFormValues = z.input<typeof decisionDraftForm>;

export const submitForReviewForm = stepForm({}, "提交审核人审核答复书草稿。");
export const approveReplyForm = stepForm({}, "审核通过后出具编号的《政府信息公开申请答复书》，答复日期为今天。");
export const commentForm = stepForm({ comment: formField(requiredText("退回意见"), { label: "退回意见", widget: "textarea" }) });

/** Decision and reply (条例第三十六至三十九条、第四十五条). */
export const REPLY_RULES = {
  draftDecision: defineRule({
    input: decisionDraftSchema,
    form: decisionDraftForm,
    label: "起草答复",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "decisionDrafted",
    timeline: "拟定答复",
    letter: null,
    basis: null,
    when: (s) => (s.hasSubApplications ? "本申请已拆分，请在拆分后的申请中分别答复。" : null),
    check: (s, draft, { today }) => {
      const problems = validateDecisionDraft(draft);
      if (problems.length > 0) return problems[0]!.message;
      if (draft.decision === "unclearAfterCorrection" && !s.correction?.receivedOn) {
        return "只有经补正后仍不明确的申请才能作此答复（条例第三十条）。";
      }
      if (draft.decision === "unreasonableVolume" && !s.explanationRequestedOn) {
        return "须先要求申请人说明理由，方可认定理由不合理（条例第三十五条）。";
      }
      if (draft.decision === "repeat" && compareLocalDate(draft.earlierReply!.date, today) > 0) {
        return "此前答复的日期不能晚于今天。";
      }
      return null;
    },
  }),
  submitForReview: defineRule({
    input: nothing,
    form: submitForReviewForm,
    label: "提交审核",
    from: ["in_progress"],
    to: "in_review",
    roles: ["clerk"],
    event: "draftSubmitted",
    timeline: "提交审核",
    letter: null,
    basis: "条例第四十五条",
    when: (s) => readyForReply(s),
  }),
  approveReply: defineRule({
    input: nothing,
    form: approveReplyForm,
    label: "审核通过并出具答复书",
    from: ["in_review"],
    to: "replied",
    roles: ["reviewer"],
    event: "replyApproved",
    timeline: "作出答复",
    letter: "reply",
    basis: "条例第三十六条",
    decision: "fromDraft",
    when: (s) => readyForReply(s),
  }),
  returnDraft: defineRule({
    input: z.object({ comment: z.string() }),
    form: commentForm,
    label: "退回修改",
    from: ["in_review"],
    to: "in_progress",
    roles: ["reviewer"],
    event: "draftReturned",
    timeline: "退回修改",
    letter: null,
    basis: "条例第四十五条",
    check: (_s, input) => requireText(input.comment, "退回意见"),
  }),
};

import { z } from "zod";
import { compareLocalDate } from "@/lib/calendar";
import { type DecisionDraft, validateDecisionDraft } from "@/lib/workflow/decision-draft";
import { readyForReply, requireText } from "@/lib/workflow/guards";
import { defineRule, nothing } from "./rule";

/** Decision and reply (条例第三十六至三十九条、第四十五条). */
export const REPLY_RULES = {
  draftDecision: defineRule({
    input: z.custom<DecisionDraft>(),
    label: "起草答复",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "decisionDrafted",
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
    label: "提交审核",
    from: ["in_progress"],
    to: "in_review",
    roles: ["clerk"],
    event: "draftSubmitted",
    letter: null,
    basis: "条例第四十五条",
    when: (s) => readyForReply(s),
  }),
  approveReply: defineRule({
    input: nothing,
    label: "审核通过并出具答复书",
    from: ["in_review"],
    to: "replied",
    roles: ["reviewer"],
    event: "replyApproved",
    letter: "reply",
    basis: "条例第三十六条",
    decision: "fromDraft",
    when: (s) => readyForReply(s),
  }),
  returnDraft: defineRule({
    input: z.object({ comment: z.string() }),
    label: "退回修改",
    from: ["in_review"],
    to: "in_progress",
    roles: ["reviewer"],
    event: "draftReturned",
    letter: null,
    basis: "条例第四十五条",
    check: (_s, input) => requireText(input.comment, "退回意见"),
  }),
};

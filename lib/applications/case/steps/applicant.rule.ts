import { z } from "zod";
import { requireText } from "@/lib/workflow/guards";
import { BEFORE_REPLY, defineRule } from "./rule";

/** The applicant's own steps that belong to no other phase: withdrawal and rating. */
export const APPLICANT_RULES = {
  withdraw: defineRule({
    input: z.object({ reason: z.string() }),
    label: "撤回申请",
    from: BEFORE_REPLY,
    to: "closed",
    // A clerk records a withdrawal the applicant made in writing (by post or in person).
    roles: ["citizen", "clerk"],
    event: "withdrawn",
    letter: "withdrawalConfirmation",
    basis: null,
    decision: "withdrawn",
    check: (_s, input, _ctx, actor) => (actor.role === "clerk" ? requireText(input.reason, "申请人撤回申请的方式和日期") : null),
  }),
  rate: defineRule({
    input: z.object({ score: z.number(), comment: z.string() }),
    label: "评价",
    from: ["replied"],
    to: "unchanged",
    roles: ["citizen"],
    event: "rated",
    letter: null,
    basis: null,
    whenArchived: true,
    when: (s) => (s.rated ? "您已评价过本申请。" : null),
    check: (_s, input) => (Number.isInteger(input.score) && input.score >= 1 && input.score <= 5 ? null : "请选择1至5分的评价。"),
  }),
};

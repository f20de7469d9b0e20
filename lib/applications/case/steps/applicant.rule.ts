import { z } from "@/lib/validation/zod";
import { requireText } from "@/lib/workflow/guards";
import { BEFORE_REPLY, defineRule } from "./rule";
import { rateSchema } from "@/lib/applications/rate-schema";
import { dateText, formField, requiredText, stepForm, today } from "./form-fields";


export const WITHDRAWAL_WAY_LABELS = { phone: "电话", in_writing: "书面（信函、传真）", in_person: "当面" } as const;
/** A withdrawal the applicant declared by phone, in writing or in person, recorded by a clerk (online: withdrawSchema). */
export const clerkWithdrawalForm = stepForm(
  {
    way: formField(z.enum(Object.keys(WITHDRAWAL_WAY_LABELS) as [keyof typeof WITHDRAWAL_WAY_LABELS], "请选择申请人撤回的方式。"), {
      label: "申请人撤回的方式",
      widget: "select",
      choices: WITHDRAWAL_WAY_LABELS,
      initial: "phone",
    }),
    withdrawnOn: formField(dateText("申请人撤回之日"), { label: "申请人撤回之日", widget: "date", initial: today }),
    statement: formField(requiredText("申请人撤回的表示（记录要点）"), { label: "申请人撤回的表示（记录要点）", widget: "textarea" }),
  },
  "记录申请人以电话、书面或当面方式撤回申请；申请终止办理，并向申请人出具撤回确认。",
);

/** The applicant's own steps that belong to no other phase: withdrawal and rating. */
export const APPLICANT_RULES = {
  withdraw: defineRule({
    input: z.object({ reason: z.string() }),
    form: clerkWithdrawalForm,
    label: "撤回申请",
    from: BEFORE_REPLY,
    to: "closed",
    // A clerk records a withdrawal the applicant made in writing (by post or in person).
    roles: ["citizen", "clerk"],
    event: "withdrawn",
    timeline: "申请人撤回申请",
    letter: "withdrawalConfirmation",
    basis: null,
    decision: "withdrawn",
    check: (_s, input, _ctx, actor) => (actor.role === "clerk" ? requireText(input.reason, "申请人撤回申请的方式和日期") : null),
  }),
  rate: defineRule({
    input: z.object({ score: z.number(), comment: z.string() }),
    form: rateSchema,
    label: "评价",
    from: ["replied"],
    to: "unchanged",
    roles: ["citizen"],
    event: "rated",
    timeline: "申请人评价",
    letter: null,
    basis: null,
    whenArchived: true,
    when: (s) => (s.rated ? "您已评价过本申请。" : null),
    check: (_s, input) => (Number.isInteger(input.score) && input.score >= 1 && input.score <= 5 ? null : "请选择1至5分的评价。"),
  }),
};

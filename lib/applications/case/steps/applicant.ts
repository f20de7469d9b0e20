import { z } from "@/lib/validation/zod";
import { requireText } from "@/lib/workflow/guards";
import { BEFORE_REPLY, defineRule } from "./rule";
import { rateSchema } from "@/lib/applications/rate-schema";
import { dateText, formField, requiredText, stepForm, today } from "./form-fields";
import { ValidationError } from "@/lib/errors";
import { buildWithdrawalConfirmation } from "@/lib/letters";
import { withdrawSchema } from "../../withdraw-schema";
import { defineStep } from "../step";
import { amount, flag, text } from "../ledger-schema";

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

/** What each step of this phase records in the ledger: its event's payload (lenient, see case/ledger-fields.ts). */
export const APPLICANT_EVENTS = {
  withdrawn: z.object({ way: text, recordedByStaff: flag }),
  rated: z.object({ score: amount.optional(), comment: z.string().nullable().optional().catch(undefined) }),
};
type ApplicantEvents = typeof APPLICANT_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends ApplicantEvents {}
}


/** The applicant's own steps that belong to no other phase: withdrawal and rating. */
export const APPLICANT_STEPS = {
  /**
   * 撤回申请, recorded by a clerk when the applicant withdrew by phone, in writing or in person
   * (workflow.md §5 （六）3, Policy default). The same `withdrawn` event as the applicant's own
   * withdrawal online (lib/applications/withdraw-application.ts), dated the day the applicant
   * withdrew, with how; the 撤回确认 (not numbered) goes to the applicant.
   */
  withdraw: defineStep({
    input: z.object({ reason: z.string() }),
    form: clerkWithdrawalForm,
    label: "撤回申请",
    from: BEFORE_REPLY,
    to: "closed",
    // A clerk records a withdrawal the applicant made in writing (by post or in person).
    roles: ["citizen", "clerk"],
    takenBy: ["staff", "applicant"],
    event: "withdrawn",
    timeline: "申请人撤回申请",
    letter: "withdrawalConfirmation",
    basis: null,
    decision: "withdrawn",
    check: (_s, input, _ctx, actor) => (actor.role === "clerk" ? requireText(input.reason, "申请人撤回申请的方式和日期") : null),
    toInput: (form, { today, file }) => {
      const submittedOn = file.snapshot.submittedOn;
      if (form.withdrawnOn > today) throw new ValidationError([{ path: "withdrawnOn", message: `申请人撤回之日不能晚于今天（${today}）。` }]);
      if (form.withdrawnOn < submittedOn) {
        throw new ValidationError([{ path: "withdrawnOn", message: `申请人撤回之日不能早于申请提交之日（${submittedOn}）。` }]);
      }
      return { reason: `${WITHDRAWAL_WAY_LABELS[form.way]}撤回（${form.withdrawnOn}）：${form.statement}` };
    },
    record: (form) => ({
      occurredOn: form.withdrawnOn,
      applicantVisible: true,
      reason: form.statement,
      payload: { way: form.way, recordedByStaff: true },
    }),
    letterPlan: (form, { file }) => ({
      applicantVisible: true,
      build: (issue) =>
        buildWithdrawalConfirmation({
          agency: file.agency,
          date: issue.date,
          caseNumber: file.row.caseNumber,
          applicantName: file.row.applicantName,
          receivedOn: file.row.receivedOn,
          withdrawnOn: form.withdrawnOn,
        }),
    }),
    /** 撤回申请 online (workflow.md §6, decision （六）3): closed at the applicant's request that day, with a 撤回确认. */
    online: {
      form: withdrawSchema,
      toInput: (form) => ({ reason: form.reason }),
      record: (form, { today }) => ({ occurredOn: today, applicantVisible: true, reason: form.reason || null }),
      letterPlan: (_form, { file, today }) => ({
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
    },
  }),
  /** 评价: the rule only; the applicant rates through its own use case (rate-application.ts). */
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

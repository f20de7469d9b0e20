import { z } from "@/lib/validation/zod";
import { compareLocalDate } from "@/lib/calendar";
import { decisionDraftSchema, validateDecisionDraft } from "@/lib/workflow/decision-draft";
import { readyForReply, requireText } from "@/lib/workflow/guards";
import { nothing } from "./rule";
import { DECISION_CODES, NOT_DISCLOSED_GROUNDS } from "@/lib/workflow/decisions";
import { formField, optionalText, requiredText, stepForm } from "./form-fields";
import { singleLineText } from "@/lib/validation/text";
import { ValidationError } from "@/lib/errors";
import { buildReply } from "@/lib/letters";
import type { DecisionDraft } from "@/lib/workflow";
import { applicantFacts, requestSummary, letterSettingsOf } from "../facts";
import { defineStep } from "../step";
import { none, text } from "../ledger-schema";

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
  /** The responsible agency when it is on this platform (its id), so the applicant can forward the request. */
  responsibleAgencyId: singleLineText().trim().max(64).default(""),
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

type DraftForm = z.output<typeof decisionDraftForm>;

const some = (value: string) => (value.trim() === "" ? undefined : value.trim());

/** The form's flat fields → lib/workflow's DecisionDraft (empty fields left out). */
export function draftFromForm(form: DraftForm): DecisionDraft {
  const files = form.releasedFiles
    .split(/[\n、,，]/)
    .map((f) => f.trim())
    .filter(Boolean);
  const draft: DecisionDraft = { decision: form.decision, reasons: form.reasons.trim() };
  const set = <K extends keyof DecisionDraft>(key: K, value: DecisionDraft[K] | undefined) => {
    if (value !== undefined) draft[key] = value;
  };
  set("provision", some(form.provision));
  set("releasedFiles", files.length ? files : undefined);
  set("whereToObtain", some(form.whereToObtain));
  set("disclosedPart", some(form.disclosedPart));
  set("withheldParts", form.withheldParts.length ? form.withheldParts.map((p) => ({ part: p.part.trim(), ground: p.ground, reason: p.reason.trim() })) : undefined);
  set("governingLaw", some(form.governingLaw));
  if (some(form.responsibleAgencyUndetermined)) draft.responsibleAgency = { undeterminedReason: form.responsibleAgencyUndetermined.trim() };
  else if (some(form.responsibleAgencyName)) {
    draft.responsibleAgency = {
      name: form.responsibleAgencyName.trim(),
      ...(some(form.responsibleAgencyContact) && { contact: form.responsibleAgencyContact.trim() }),
      ...(some(form.responsibleAgencyId) && { agencyId: form.responsibleAgencyId.trim() }),
    };
  }
  if (some(form.earlierReplyNumber) || some(form.earlierReplyDate)) {
    draft.earlierReply = { number: form.earlierReplyNumber.trim(), date: form.earlierReplyDate.trim() };
  }
  set("stillUnclear", some(form.stillUnclear));
  set("properChannel", some(form.properChannel));
  if (some(form.explanationGiven) || some(form.explanationWhyNotAccepted)) {
    draft.explanation = { given: form.explanationGiven.trim(), whyNotAccepted: form.explanationWhyNotAccepted.trim() };
  }
  set("documentAlreadyHeld", some(form.documentAlreadyHeld));
  return draft;
}

/** validateDecisionDraft's paths → the form's field names, so each message shows beside its field. */
const PATHS: Record<string, string> = {
  "responsibleAgency.name": "responsibleAgencyName",
  "responsibleAgency.undeterminedReason": "responsibleAgencyUndetermined",
  "earlierReply.number": "earlierReplyNumber",
  "earlierReply.date": "earlierReplyDate",
  "explanation.given": "explanationGiven",
  "explanation.whyNotAccepted": "explanationWhyNotAccepted",
};
export const formPathOf = (path: string) => PATHS[path] ?? path;

/** What each step of this phase records in the ledger: its event's payload (lenient, see case/ledger-fields.ts). */
export const REPLY_EVENTS = {
  decisionDrafted: z.object({ draft: decisionDraftSchema.optional().catch(undefined) }),
  draftSubmitted: none,
  replyApproved: z.object({ decision: z.enum(DECISION_CODES).optional().catch(undefined) }),
  draftReturned: z.object({ comment: text }),
};
type ReplyEvents = typeof REPLY_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends ReplyEvents {}
}


/** Decision and reply (条例第三十六至三十九条、第四十五条). */
export const REPLY_STEPS = {
  /**
   * 起草答复: the clerk's draft must say everything letters.md requires of its decision; the problems
   * come back beside their fields. The draft is kept in the ledger; the latest one is the draft.
   */
  draftDecision: defineStep({
    input: decisionDraftSchema,
    form: decisionDraftForm,
    label: "起草答复",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
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
    toInput: async (form, { file, services }) => {
      const draft = draftFromForm(form);
      const problems = validateDecisionDraft(draft);
      if (problems.length > 0) throw new ValidationError(problems.map((p) => ({ path: formPathOf(p.path), message: p.message })));
      // 一键转交 needs a real other agency on the platform (条例第三十六条第五项 names the responsible one).
      const onPlatform = draft.responsibleAgency && "agencyId" in draft.responsibleAgency ? draft.responsibleAgency.agencyId : undefined;
      if (onPlatform !== undefined && (onPlatform === file.row.agencyId || !(await services.platformAgency(onPlatform)))) {
        throw new ValidationError([{ path: "responsibleAgencyId", message: "请从列表中选择本平台上的其他行政机关，或留空。" }]);
      }
      return draft;
    },
    record: (form, { today }) => ({ occurredOn: today, applicantVisible: false, payload: { draft: draftFromForm(form) } }),
  }),
  /** 提交审核 (条例第四十五条: 审核): the reviewer is told. */
  submitForReview: defineStep({
    input: nothing,
    form: submitForReviewForm,
    label: "提交审核",
    from: ["in_progress"],
    to: "in_review",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "draftSubmitted",
    timeline: "提交审核",
    letter: null,
    basis: "条例第四十五条",
    when: (s) => readyForReply(s),
    toInput: () => ({}),
    record: (_form, { today }) => ({ occurredOn: today, applicantVisible: false }),
    notifyReviewers: true,
  }),
  /**
   * 审核通过并出具答复书: only an approved reply is issued; its date is the reply date (workflow.md §4:
   * dispatched that day) and it carries the decision's remedy clause.
   */
  approveReply: defineStep({
    input: nothing,
    form: approveReplyForm,
    label: "审核通过并出具答复书",
    from: ["in_review"],
    to: "replied",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "replyApproved",
    timeline: "作出答复",
    letter: "reply",
    basis: "条例第三十六条",
    decision: "fromDraft",
    when: (s) => readyForReply(s),
    toInput: () => ({}),
    record: (_form, { today, file }) => ({ occurredOn: today, applicantVisible: true, payload: { decision: file.snapshot.draft?.decision } }),
    letterPlan: (_form, { file }) => ({
      applicantVisible: true,
      build: (issue) =>
        buildReply({ agency: letterSettingsOf(file.agency), issue, application: applicantFacts(file), requestSummary: requestSummary(file), draft: file.snapshot.draft! }),
    }),
  }),
  /** 退回修改: back to the clerk with the reviewer's comment (internal). */
  returnDraft: defineStep({
    input: z.object({ comment: z.string() }),
    form: commentForm,
    label: "退回修改",
    from: ["in_review"],
    to: "in_progress",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "draftReturned",
    timeline: "退回修改",
    letter: null,
    basis: "条例第四十五条",
    check: (_s, input) => requireText(input.comment, "退回意见"),
    toInput: (form) => ({ comment: form.comment }),
    record: (form, { today }) => ({ occurredOn: today, applicantVisible: false, reason: form.comment, payload: { comment: form.comment } }),
  }),
};

import type { z } from "zod";
import type { DecisionDraft } from "@/lib/workflow";
import type { decisionDraftForm } from "../case/steps/reply.rule";

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
    draft.responsibleAgency = { name: form.responsibleAgencyName.trim(), ...(some(form.responsibleAgencyContact) && { contact: form.responsibleAgencyContact.trim() }) };
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

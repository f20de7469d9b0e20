import { ValidationError } from "@/lib/errors";
import { assertNoApplicantData, buildConsultationLetter, buildThirdPartyNotice } from "@/lib/letters";
import { randomUUID } from "node:crypto";

import { type CaseFile, letterSettingsOf } from "../load";
import { defineStep, type StepTable } from "../step";
import { eventsOfType } from "../ledger";
import { CONSULTATION_RULES } from "./consultation.rule";

/**
 * 征求意见 (条例第三十二、三十三、三十四条): the 征求意见书 goes to the consultee, never with the
 * applicant's personal data; the clock pauses from the day it is sent (workflow.md §4).
 */
export const startConsultation = defineStep("startConsultation", {
  form: CONSULTATION_RULES.startConsultation.form,
  input: (form) => ({ kind: form.kind, consultee: form.consultee, information: form.information, sentOn: form.sentOn }),
  effects: (form) => ({
    occurredOn: form.sentOn,
    applicantVisible: true,
    payload: { pauseId: randomUUID(), consultee: form.kind, consulteeName: form.consultee, information: form.information },
  }),
  letter: (form, { file }) => ({
    applicantVisible: false,
    build: (issue) => {
      const letter = buildConsultationLetter({
        agency: letterSettingsOf(file.agency),
        issue,
        consultee: { name: form.consultee, kind: form.kind },
        information: form.information,
        whyAffected: form.whyAffected,
      });
      try {
        assertNoApplicantData(letter, [file.row.applicantName, file.row.phone, file.row.email ?? "", file.row.contactName ?? ""]);
      } catch (error) {
        if (error instanceof RangeError) throw new ValidationError([{ path: "information", message: error.message }]);
        throw error;
      }
      return letter;
    },
  }),
});

export const recordConsultationDelivery = defineStep("recordConsultationDelivery", {
  form: CONSULTATION_RULES.recordConsultationDelivery.form,
  input: (form) => ({ consultationId: form.consultationId, deliveredOn: form.deliveredOn }),
  effects: (form) => ({ occurredOn: form.deliveredOn, applicantVisible: false, payload: { pauseId: form.consultationId } }),
});

/** The opinion ends the pause (Eᵢ); an objection of a third party binds the later reply (条例第三十二条). */
export const recordConsultationOpinion = defineStep("recordConsultationOpinion", {
  form: CONSULTATION_RULES.recordConsultationOpinion.form,
  input: (form) => ({ consultationId: form.consultationId, receivedOn: form.receivedOn, objects: form.objects === "yes", summary: form.summary }),
  effects: (form) => ({
    occurredOn: form.receivedOn,
    applicantVisible: true,
    payload: { pauseId: form.consultationId, objects: form.objects === "yes", summary: form.summary },
  }),
});

/**
 * 结束征求意见: the consultee's 15 working days passed without an opinion (条例第三十二、三十四条), so
 * the consultation ends and the agency decides on its own (a third party's silence is no consent
 * to withhold). The worker does it; a clerk may do it first. The clock already ended the pause on
 * that deadline; this closes the record.
 */
export const endConsultation = defineStep("endConsultation", {
  form: CONSULTATION_RULES.endConsultation.form,
  input: (form) => ({ consultationId: form.consultationId }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: true, payload: { pauseId: form.consultationId } }),
});

/** The name the 征求意见书 was addressed to (kept in its consultationSent event). */
function consulteeName(file: CaseFile, consultationId: string): string {
  const sent = eventsOfType(file.events, "consultationSent").find((e) => e.payload.pauseId === consultationId);
  return sent?.payload.consulteeName ?? "第三方";
}

/** The applicant's identifiers a letter to a third party must not contain (letters.md). */
export function applicantIdentifiers(file: CaseFile): string[] {
  const r = file.row;
  return [r.applicantName, r.phone, r.email ?? "", r.contactName ?? "", r.legalRepresentative ?? "", r.address ?? "", r.fax ?? ""];
}

/**
 * 告知第三方决定公开 (条例第十五条、第三十二条): the head of the disclosure office decides to disclose
 * over the third party's objection for the public interest; the 告知书 to the third party states
 * the information, the reasons, the release rule (Policy default: not before N working days after
 * delivery — the date is known once delivery is recorded) and the remedy clause, never the
 * applicant's data. The release wait itself starts on delivery (recordThirdPartyDelivery).
 */
export const notifyThirdParty = defineStep("notifyThirdParty", {
  form: CONSULTATION_RULES.notifyThirdParty.form,
  input: (form) => ({ consultationId: form.consultationId, information: form.information, reasons: form.reasons }),
  effects: (form, { today }) => ({
    occurredOn: today,
    applicantVisible: false,
    reason: form.reasons,
    payload: { pauseId: form.consultationId, information: form.information },
  }),
  letter: (form, { file }) => ({
    applicantVisible: false,
    build: (issue) => {
      const letter = buildThirdPartyNotice({
        agency: letterSettingsOf(file.agency),
        issue,
        thirdPartyName: consulteeName(file, form.consultationId),
        information: form.information,
        reasons: form.reasons,
        releaseWaitWorkingDays: file.policy.releaseWaitWorkingDays,
      });
      try {
        assertNoApplicantData(letter, applicantIdentifiers(file));
      } catch (error) {
        if (error instanceof RangeError) throw new ValidationError([{ path: "information", message: error.message }]);
        throw error;
      }
      return letter;
    },
  }),
});

/**
 * 记录告知书送达第三方: the release wait (a pause record, Policy default on) starts on delivery;
 * lib/clock derives its release date from the agency's releaseWaitWorkingDays.
 */
export const recordThirdPartyDelivery = defineStep("recordThirdPartyDelivery", {
  form: CONSULTATION_RULES.recordThirdPartyDelivery.form,
  input: (form) => ({ consultationId: form.consultationId, deliveredOn: form.deliveredOn }),
  effects: (form) => ({
    occurredOn: form.deliveredOn,
    applicantVisible: true,
    payload: { pauseId: randomUUID(), consultationId: form.consultationId },
  }),
});

/**
 * 结束公开前等待期 (on or after the release date, lib/workflow): the wait ends on its release date,
 * not on the later day staff record it, so a late record never lengthens the pause.
 */
export const endReleaseWait = defineStep("endReleaseWait", {
  form: CONSULTATION_RULES.endReleaseWait.form,
  input: (form) => ({ releaseWaitId: form.releaseWaitId }),
  effects: (form, { today, file }) => {
    const releaseOn = file.clock?.pauses.find((p) => p.kind === "releaseWait" && p.id === form.releaseWaitId)?.deadlineOn;
    return { occurredOn: releaseOn && releaseOn < today ? releaseOn : today, applicantVisible: true, payload: { pauseId: form.releaseWaitId } };
  },
});

/** The steps of this phase staff take in the workbench. */
export const staffSteps = { startConsultation, recordConsultationDelivery, recordConsultationOpinion, endConsultation, notifyThirdParty, recordThirdPartyDelivery, endReleaseWait } satisfies StepTable;

/** The steps of this phase the background worker takes as `system`. */
export const systemSteps = { endConsultation } satisfies StepTable;

import { randomUUID } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { assertNoApplicantData, buildConsultationLetter } from "@/lib/letters";
import { consultationDeliveryForm, consultationEndForm, consultationForm, consultationOpinionForm } from "../forms";
import { defineStep } from "../../case/step";
import { letterSettingsOf } from "../../case/load";

/**
 * 征求意见 (条例第三十二、三十三、三十四条): the 征求意见书 goes to the consultee, never with the
 * applicant's personal data; the clock pauses from the day it is sent (workflow.md §4).
 */
export const startConsultation = defineStep("startConsultation", {
  form: consultationForm,
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
  form: consultationDeliveryForm,
  input: (form) => ({ consultationId: form.consultationId, deliveredOn: form.deliveredOn }),
  effects: (form) => ({ occurredOn: form.deliveredOn, applicantVisible: false, payload: { pauseId: form.consultationId } }),
});

/** The opinion ends the pause (Eᵢ); an objection of a third party binds the later reply (条例第三十二条). */
export const recordConsultationOpinion = defineStep("recordConsultationOpinion", {
  form: consultationOpinionForm,
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
  form: consultationEndForm,
  input: (form) => ({ consultationId: form.consultationId }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: true, payload: { pauseId: form.consultationId } }),
});

import { randomUUID } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { assertNoApplicantData, buildThirdPartyNotice } from "@/lib/letters";
import { releaseWaitForm, thirdPartyDeliveryForm, thirdPartyNoticeForm } from "../forms";
import { defineStep } from "../../case/step";
import { letterSettingsOf, type CaseFile } from "../../case/load";

/** The name the 征求意见书 was addressed to (kept in its consultationSent event). */
function consulteeName(file: CaseFile, consultationId: string): string {
  const sent = file.events.find((e) => e.type === "consultationSent" && e.payload.pauseId === consultationId);
  return typeof sent?.payload.consulteeName === "string" ? sent.payload.consulteeName : "第三方";
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
  form: thirdPartyNoticeForm,
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
  form: thirdPartyDeliveryForm,
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
  form: releaseWaitForm,
  input: (form) => ({ releaseWaitId: form.releaseWaitId }),
  effects: (form, { today, file }) => {
    const releaseOn = file.clock?.pauses.find((p) => p.kind === "releaseWait" && p.id === form.releaseWaitId)?.deadlineOn;
    return { occurredOn: releaseOn && releaseOn < today ? releaseOn : today, applicantVisible: true, payload: { pauseId: form.releaseWaitId } };
  },
});

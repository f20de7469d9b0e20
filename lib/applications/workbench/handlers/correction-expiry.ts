import { buildClosingNotice } from "@/lib/letters";
import { abandonmentForm, lateCorrectionForm } from "../forms";
import { defineStep } from "../../case/step";
import { letterSettingsOf } from "../../case/load";
import { applicantFacts, latestLetterNumber } from "../../case/facts";

/**
 * 补正期限已届满，待确认 (条例第三十条; workflow.md §4): nothing closes by itself. A reviewer either
 * confirms that the application is treated as abandoned (其他处理-1, a numbered 终止办理告知书) …
 */
export const confirmAbandonment = defineStep("confirmAbandonment", {
  form: abandonmentForm,
  input: (form) => ({ reason: form.reason }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: true, reason: form.reason }),
  letter: (_form, { file, tx }) => ({
    applicantVisible: true,
    build: async (issue) => {
      const noticeNumber = await latestLetterNumber(tx, file.row.id, "correctionNotice");
      return buildClosingNotice({
        agency: letterSettingsOf(file.agency),
        issue,
        application: applicantFacts(file),
        ground: { kind: "noCorrection", correctionNoticeNumber: noticeNumber ?? "本机关", deadlineOn: file.snapshot.correction!.deadlineOn },
      });
    },
  }),
});

/**
 * … or accepts a late correction with a recorded reason: the corrected application is received on
 * the day entered and the reply period runs from it (the clock reads the correctionReceived step).
 */
export const acceptLateCorrection = defineStep("acceptLateCorrection", {
  form: lateCorrectionForm,
  input: (form) => ({ receivedOn: form.receivedOn, reason: form.reason }),
  effects: (form) => ({
    occurredOn: form.receivedOn,
    applicantVisible: true,
    reason: form.reason,
    followUps: [{ type: "correctionReceived", occurredOn: form.receivedOn, payload: { lateAccepted: true }, applicantVisible: true }],
  }),
});

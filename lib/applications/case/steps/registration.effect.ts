import { publicUrl } from "@/lib/config";
import { buildReceipt } from "@/lib/letters";
import { LOOKUP_PATH } from "../../lookup-path";

import { dueLabel } from "../facts";
import { letterSettingsOf } from "../load";
import { defineStep, type StepTable } from "../step";
import { REGISTRATION_RULES } from "./registration.rule";

/**
 * 确认收到申请 (条例第三十一条): receivedOn is fixed once; the 申请接收回执 quotes it with its rule
 * and the due date. The 查询码 is stored only as a hash, so the receipt points to the 提交凭证 (or the
 * registration slip) that carried it instead of printing it again.
 */
export const confirmReceipt = defineStep("confirmReceipt", {
  form: REGISTRATION_RULES.confirmReceipt.form,
  input: (form) => ({ receivedOn: form.receivedOn }),
  effects: (form) => ({ occurredOn: form.receivedOn, applicantVisible: true, columns: { receivedOn: form.receivedOn } }),
  letter: (form, { file }) => ({
    applicantVisible: true,
    build: (issue, { clock }) => {
      const due = dueLabel(clock);
      return buildReceipt({
        agency: letterSettingsOf(file.agency),
        issue,
        application: {
          caseNumber: file.row.caseNumber,
          trackingCode: "见提交凭证（本机关不保存查询码明文）",
          applicantName: file.row.applicantName,
          channel: file.row.channel,
          receivedOn: form.receivedOn,
        },
        replyDueOn: due.date,
        replyDuePendingLabel: due.label,
        lookupUrl: publicUrl(LOOKUP_PATH),
      });
    },
  }),
});

/** The steps of this phase staff take in the workbench. */
export const staffSteps = { confirmReceipt } satisfies StepTable;

import { publicUrl } from "@/lib/config";
import { buildCorrectionNotice, buildReceipt } from "@/lib/letters";
import { LOOKUP_PATH } from "../../lookup-path";
import { defineStep } from "../../case/step";
import { letterSettingsOf } from "../../case/load";
import { correctionForm, correctionReceivedForm, receivedOnForm } from "../forms";
import { applicantFacts, dueLabel } from "../../case/facts";


/**
 * 确认收到申请 (条例第三十一条): receivedOn is fixed once; the 申请接收回执 quotes it with its rule
 * and the due date. The 查询码 is stored only as a hash, so the receipt points to the 提交凭证 (or the
 * registration slip) that carried it instead of printing it again.
 */
export const confirmReceipt = defineStep("confirmReceipt", {
  form: receivedOnForm,
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

const pointsOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** 补正告知书 (条例第三十条): once, one consolidated list, a deadline; the clock stops until the correction. */
export const requestCorrection = defineStep("requestCorrection", {
  form: correctionForm,
  input: (form) => ({ points: pointsOf(form.points), deadlineOn: form.deadlineOn }),
  effects: (form, { today }) => ({
    occurredOn: today,
    applicantVisible: true,
    payload: { correctionDueOn: form.deadlineOn, points: pointsOf(form.points), guidance: form.guidance },
  }),
  letter: (form, { file }) => ({
    applicantVisible: true,
    build: (issue) =>
      buildCorrectionNotice({
        agency: letterSettingsOf(file.agency),
        issue,
        application: applicantFacts(file),
        points: pointsOf(form.points),
        guidance: form.guidance,
        deadlineOn: form.deadlineOn,
      }),
  }),
});

/** 确认收到补正 (条例第三十条): the reply period runs anew from this day (the new clockStartOn). */
export const confirmCorrection = defineStep("confirmCorrection", {
  form: correctionReceivedForm,
  input: (form) => ({ receivedOn: form.receivedOn }),
  effects: (form) => ({ occurredOn: form.receivedOn, applicantVisible: true }),
});

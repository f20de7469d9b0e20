import { z } from "@/lib/validation/zod";
import { buildReceipt } from "@/lib/letters";
import { first, requirePastDate } from "@/lib/workflow/guards";
import { LOOKUP_PATH } from "../../lookup-path";
import { dueLabel, letterSettingsOf } from "../facts";
import { defineStep } from "../step";
import { dateText, formField, stepForm, today } from "./form-fields";
import { date } from "./rule";
import { none } from "../ledger-schema";

export const receivedOnForm = stepForm(
  {
    receivedOn: formField(dateText("收到申请之日"), {
      label: "收到申请之日",
      widget: "date",
      initial: today,
      hint: "网上申请以本机关确认之日（今天）为收到申请之日（条例第三十一条）。",
    }),
  },
  "确认后出具《申请接收回执》，答复期限自此起算。",
);

/** What each step of this phase records in the ledger: its event's payload (lenient, see case/ledger-fields.ts). */
export const REGISTRATION_EVENTS = {
  received: none,
};
type RegistrationEvents = typeof REGISTRATION_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends RegistrationEvents {}
}


/** Registration (条例第三十一条). */
export const REGISTRATION_STEPS = {
  /**
   * 确认收到申请 (条例第三十一条): receivedOn is fixed once; the 申请接收回执 quotes it with its rule
   * and the due date. The 查询码 is stored only as a hash, so the receipt points to the 提交凭证 (or the
   * registration slip) that carried it instead of printing it again.
   */
  confirmReceipt: defineStep({
    input: z.object({ receivedOn: date }),
    form: receivedOnForm,
    label: "确认收到申请",
    from: ["submitted"],
    to: "in_progress",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "received",
    timeline: "确认收到申请",
    letter: "receipt",
    basis: "条例第三十一条",
    check: (s, input, { today }) =>
      first(
        () => requirePastDate(input.receivedOn, "收到申请之日", today),
        // Online and e-mail: received on the day both sides confirm, i.e. staff's confirmation.
        () =>
          s.channel === "online" && input.receivedOn !== today
            ? "网上申请以本机关确认收到之日为收到申请之日（条例第三十一条），应为今天。"
            : null,
      ),
    toInput: (form) => ({ receivedOn: form.receivedOn }),
    record: (form) => ({ occurredOn: form.receivedOn, applicantVisible: true, columns: { receivedOn: form.receivedOn } }),
    letterPlan: (form, { file, services }) => ({
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
          lookupUrl: services.publicUrl(LOOKUP_PATH),
        });
      },
    }),
  }),
};

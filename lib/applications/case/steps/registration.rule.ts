import { z } from "@/lib/validation/zod";
import { first, requirePastDate } from "@/lib/workflow/guards";
import { date, defineRule } from "./rule";
import { dateText, formField, stepForm, today } from "./form-fields";


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

/** Registration (条例第三十一条). */
export const REGISTRATION_RULES = {
  confirmReceipt: defineRule({
    input: z.object({ receivedOn: date }),
    form: receivedOnForm,
    label: "确认收到申请",
    from: ["submitted"],
    to: "in_progress",
    roles: ["clerk"],
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
  }),
};

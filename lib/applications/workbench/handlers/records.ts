import { deliveryForm, emptyForm, noteForm } from "../forms";
import { defineStep } from "../../case/step";

/** 内部备注: staff only, never on the applicant's timeline. */
export const internalNote = defineStep("internalNote", {
  form: noteForm,
  input: (form) => ({ text: form.text }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: false, payload: { text: form.text } }),
});

/** 送达 (条例第四十五条): recorded apart from the reply date, which decides "on time". */
export const recordDelivery = defineStep("recordDelivery", {
  form: deliveryForm,
  input: (form) => ({ method: form.method, deliveredOn: form.deliveredOn }),
  effects: (form) => ({ occurredOn: form.deliveredOn, applicantVisible: true, payload: { method: form.method } }),
});

/** 归档 (条例第四十五条): a flag beside the status. */
export const archive = defineStep("archive", {
  form: emptyForm,
  input: () => ({}),
  effects: (_form, { today }) => ({ occurredOn: today, applicantVisible: false, columns: { archived: true } }),
});

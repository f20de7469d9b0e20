import { z } from "@/lib/validation/zod";
import { multiLineText, singleLineText } from "@/lib/validation/text";

/**
 * The pieces of the workbench's forms (one per step, beside its rule), shared by the react-hook-form
 * components and the use case. Legal checks (dates against the clock, once-only rules …) stay in the
 * rules; these only fix the shape and say in Chinese what is missing. What the browser renders —
 * label, widget, help, choices, first value — is the schema's metadata (`formField`), so the form
 * component renders from the schema instead of retyping it.
 */

/** What the page knows that a form needs for its choices, first values and labels. */
export interface ActionFormContext {
  today: string;
  openConsultations: { id: string; label: string; delivered: boolean }[];
  /** The agency's default correction deadline (Policy default 15 working days), when computable. */
  correctionDeadline: string | null;
  /** The agency's clerks and reviewers (for 指定经办人). */
  assignees: { id: string; label: string }[];
  /** The request items, in order (for 拆分申请). */
  requestItems: string[];
  /** Third parties that objected and were not yet told of the decision to disclose. */
  objectingThirdParties: { id: string; label: string }[];
  /** Third parties told, whose notice's delivery is not yet recorded. */
  notifiedThirdParties: { id: string; label: string }[];
  /** Open release waits (with their release date in the label). */
  releaseWaits: { id: string; label: string }[];
  /** The amount of the fee notice in force, for 减少收费. */
  feeAmountYuan: number | null;
}

export type Choice = { value: string; label: string };
type FromPage<T> = T | ((ctx: ActionFormContext) => T);

/** How the workbench renders one field of a step's form. */
export interface FieldMeta {
  label: FromPage<string>;
  /** `checkbox`: a consent the applicant gives (the applicant's pages render it themselves). */
  widget: "date" | "text" | "textarea" | "number" | "select" | "checkbox";
  hint?: string;
  /** May be left empty. */
  optional?: boolean;
  /** A select's choices: fixed labels (value → label) or a list the page supplies. */
  choices?: Readonly<Record<string, string>> | ((ctx: ActionFormContext) => Choice[]);
  /** The value the form starts from (a select starts on its first choice unless told). */
  initial?: FromPage<string>;
}

/** How the workbench renders a whole step's form: what the step does, shown above the button. */
export interface FormMeta {
  note?: string;
}

export const fieldMeta = z.registry<FieldMeta>();
export const formMeta = z.registry<FormMeta>();

/** A field schema with how the browser renders it. */
export function formField<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  const registered: z.ZodType = schema;
  fieldMeta.add(registered, meta);
  return schema;
}

/** A step's form: its fields in the order shown, and the note above the button. */
export function stepForm<Shape extends z.ZodRawShape>(shape: Shape, note?: string) {
  const schema = z.object(shape);
  return note ? schema.register(formMeta, { note }) : schema;
}

export const dateText = (what: string) => singleLineText().regex(/^\d{4}-\d{2}-\d{2}$/, `请填写有效的${what}（YYYY-MM-DD）。`);
export const requiredText = (what: string, max = 2000) =>
  multiLineText().trim().min(1, `请填写${what}。`).max(max, `${what}不能超过${max}个字。`);
export const optionalText = () => multiLineText().trim().max(2000, "内容过长，请精简。").default("");

/** An e-mail address that may be left empty. */
export const optionalEmail = () =>
  singleLineText()
    .trim()
    .max(254, "电子邮箱不能超过254个字符。")
    .refine((value) => value === "" || z.email().safeParse(value).success, "电子邮箱格式不正确，例如 name@example.com。")
    .default("");

/** A step that takes nothing but the click (no fields, no note). */
export const emptyForm = z.object({});

/** The first values most forms use. */
export const today = (ctx: ActionFormContext) => ctx.today;
export const choicesOf = (pick: (ctx: ActionFormContext) => { id: string; label: string }[]) => (ctx: ActionFormContext): Choice[] =>
  pick(ctx).map((c) => ({ value: c.id, label: c.label }));

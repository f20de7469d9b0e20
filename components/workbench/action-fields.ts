import { z } from "zod";
import type { StaffAction } from "@/lib/applications/case/steps";
import { fieldMeta, formMeta, type ActionFormContext, type FieldMeta } from "@/lib/applications/case/steps/form-fields";
import { STEPS } from "@/lib/applications/case/steps";

export type { ActionFormContext } from "@/lib/applications/case/steps/form-fields";

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldMeta["widget"];
  options?: { value: string; label: string }[];
  hint?: string;
  /** May be left empty. */
  optional?: boolean;
}

export interface ActionFormSpec {
  schema: z.ZodType;
  fields: FieldSpec[];
  defaults: Record<string, string | string[]>;
  /** Shown above the button: what the step does (and which letter it issues). */
  note?: string;
}

/** One field as its schema's metadata describes it, with the value the form starts from. */
function fieldOf(name: string, meta: FieldMeta, ctx: ActionFormContext): { field: FieldSpec; value: string } {
  const label = typeof meta.label === "function" ? meta.label(ctx) : meta.label;
  const options =
    meta.choices === undefined
      ? undefined
      : typeof meta.choices === "function"
        ? meta.choices(ctx)
        : Object.entries(meta.choices).map(([value, choiceLabel]) => ({ value, label: choiceLabel }));
  // A choice starts on the first option unless told otherwise; other fields start empty.
  const value = meta.initial === undefined ? (options?.[0]?.value ?? "") : typeof meta.initial === "function" ? meta.initial(ctx) : meta.initial;
  return {
    field: { name, label, kind: meta.widget, ...(options ? { options } : {}), ...(meta.hint ? { hint: meta.hint } : {}), ...(meta.optional ? { optional: true } : {}) },
    value,
  };
}

/** 一事一申请: one choice per request item (its fields depend on the application), then the reason. */
function splitFormSpec(schema: z.ZodType, ctx: ActionFormContext, note: string | undefined): ActionFormSpec {
  const numbers = ctx.requestItems.map((_, i) => ({ value: String(i + 1), label: `拆分后的第${i + 1}件（受理编号后缀 -${i + 1}）` }));
  return {
    schema,
    fields: [
      ...ctx.requestItems.map((title, i): FieldSpec => ({ name: `groups.${i}`, label: `申请内容${i + 1}：${title}`, kind: "select", options: numbers })),
      { name: "reason", label: "拆分理由", kind: "textarea" },
    ],
    defaults: { groups: ctx.requestItems.map((_, i) => String(i + 1)), reason: "" },
    ...(note ? { note } : {}),
  };
}

/**
 * The form of each simple workbench step (the reply draft has its own component), rendered from
 * the step's form schema in its phase's rule file: the fields in the schema's order with the
 * labels, widgets, choices and first values of their metadata, and the form's note.
 */
export function actionFormSpec(action: Exclude<StaffAction, "draftDecision">, ctx: ActionFormContext): ActionFormSpec {
  const schema: z.ZodType = STEPS[action].form;
  const note = formMeta.get(schema)?.note;
  if (action === "split") return splitFormSpec(schema, ctx, note);
  const fields: FieldSpec[] = [];
  const defaults: Record<string, string> = {};
  if (schema instanceof z.ZodObject) {
    for (const [name, fieldSchema] of Object.entries(schema.shape)) {
      const meta = fieldMeta.get(fieldSchema);
      if (!meta) continue;
      const { field, value } = fieldOf(name, meta, ctx);
      fields.push(field);
      defaults[name] = value;
    }
  }
  return { schema, fields, defaults, ...(note ? { note } : {}) };
}

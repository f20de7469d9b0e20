"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { StaffAction } from "@/lib/applications/case/steps";
import { performApplicationAction } from "@/app/staff/applications/[id]/actions";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { actionFormSpec, type ActionFormContext } from "./action-fields";

interface Props {
  applicationId: string;
  action: Exclude<StaffAction, "draftDecision">;
  label: string;
  context: ActionFormContext;
}

/** One workbench step as a small form: same zod schema as the use case; input kept on any error. */
export function ActionForm({ applicationId, action, label, context }: Props) {
  const spec = actionFormSpec(action, context);
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string; letterId?: string | null }>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FieldValues>({ resolver: zodResolver(spec.schema as z.ZodType<FieldValues, FieldValues>), defaultValues: spec.defaults });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      const result = await performApplicationAction(applicationId, action, values);
      if (!result.ok) {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "办理失败。" });
        return;
      }
      setNotice({ kind: "success", text: `${label}：已办理。`, letterId: result.data?.letterId });
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，填写的内容仍保留在页面上，请稍后重试。" });
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={label}>
      {notice ? (
        <Alert kind={notice.kind}>
          {notice.text}
          {notice.letterId ? (
            <>
              {" "}
              <Link href={`/staff/applications/${applicationId}/letters/${notice.letterId}`}>查看文书</Link>
            </>
          ) : null}
        </Alert>
      ) : null}
      {spec.fields.map((field) => {
        // Nested fields (groups.0 …) keep their error under the path's parts.
        const error = field.name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as
          | { message?: unknown }
          | undefined;
        return (
          <Field key={field.name} label={field.label} required={!field.optional} hint={field.hint} error={typeof error?.message === "string" ? error.message : undefined}>
            {({ id, describedBy, invalid }) => {
              const common = { id, "aria-describedby": describedBy, "aria-invalid": invalid, ...register(field.name) };
              if (field.kind === "textarea") return <textarea rows={3} {...common} />;
              if (field.kind === "select") {
                return (
                  <select {...common}>
                    {(field.options ?? []).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                );
              }
              return <input type={field.kind === "date" ? "date" : "text"} inputMode={field.kind === "number" ? "numeric" : undefined} {...common} />;
            }}
          </Field>
        );
      })}
      {spec.note ? <p className="muted">{spec.note}</p> : null}
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在办理…" : label}
        </button>
      </div>
    </form>
  );
}

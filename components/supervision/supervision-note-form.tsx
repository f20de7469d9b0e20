"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { sendSupervisionNoteAction } from "@/app/staff/supervision/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Field } from "@/components/ui/field";
import { supervisionNoteSchema, type SupervisionNoteInput } from "@/lib/supervision/schemas";

/** 发送督办: to one agency, optionally about one of its cases (validated by the same schema on the server). */
export function SupervisionNoteForm({ agencies }: { agencies: { code: string; name: string }[] }) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<SupervisionNoteInput, unknown, z.output<typeof supervisionNoteSchema>>({
    resolver: zodResolver(supervisionNoteSchema),
    defaultValues: { agencyCode: agencies[0]?.code ?? "", caseNumber: "", text: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      const result = await sendSupervisionNoteAction(values);
      if (!result.ok) {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "发送未成功，请稍后重试。" });
        return;
      }
      setNotice({ kind: "success", text: result.message ?? "督办已发送。" });
      reset({ agencyCode: values.agencyCode, caseNumber: "", text: "" });
      router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，您填写的内容仍保留，请稍后重试。" });
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="发送督办">
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <Field label="被督办的机关" required error={errors.agencyCode?.message}>
        {({ id, describedBy, invalid }) => (
          <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("agencyCode")}>
            {agencies.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="受理编号（督办某一件申请时填写）" error={errors.caseNumber?.message}>
        {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("caseNumber")} />}
      </Field>
      <Field label="督办内容" required error={errors.text?.message}>
        {({ id, describedBy, invalid }) => <textarea id={id} rows={3} aria-describedby={describedBy} aria-invalid={invalid} {...register("text")} />}
      </Field>
      <button type="submit" className="button" disabled={isSubmitting}>
        发送督办
      </button>
    </form>
  );
}

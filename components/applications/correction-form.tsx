"use client";

import "./applications.css";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { correctionAnswerSchema, type CorrectionAnswer, type CorrectionAnswerInput } from "@/lib/applications/schema";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { FilePicker } from "@/components/ui/file-picker";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { CORRECTION_ATTACHMENT_ACCEPT, CORRECTION_ATTACHMENT_TEXT } from "@/lib/applications/attachment-rules";

interface Item {
  title: string;
  docNumber: string | null;
  indexNumber: string | null;
  description: string;
}

/**
 * 提交补正 (条例第三十条): the applicant edits the request items and may add files. Sent as multipart
 * to a route handler (files can exceed a server action's 1 MB); what was typed stays on any error.
 */
export function CorrectionForm({ applicationId, items, deadlineOn }: { applicationId: string; items: Item[]; deadlineOn: string }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<File[]>([]);
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const [fileError, setFileError] = useState<string>();
  const summary = useErrorSummary();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CorrectionAnswerInput, unknown, CorrectionAnswer>({
    resolver: zodResolver(correctionAnswerSchema),
    defaultValues: {
      note: "",
      items: items.map((item) => ({ title: item.title, docNumber: item.docNumber ?? "", indexNumber: item.indexNumber ?? "", description: item.description })),
    },
    shouldFocusError: false,
  });
  const { fields, append, remove } = useFieldArray({ control, name: "items" });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    setFileError(undefined);
    const body = new FormData();
    body.set("answer", JSON.stringify(values));
    for (const file of chosen) body.append("files", file);
    try {
      const response = await fetch(`/api/applicant/applications/${applicationId}/correction`, { method: "POST", body });
      const data = (await response.json().catch(() => ({}))) as { error?: string; errors?: { path: string; message: string }[] };
      if (response.ok) {
        summary.clear();
        setNotice({ kind: "success", text: "补正已提交。行政机关确认收到补正之日起，答复期限重新计算。" });
        router.refresh();
        return;
      }
      setFileError(data.errors?.find((e) => e.path === "files")?.message);
      applyServerErrors(setError, data.errors?.filter((e) => e.path !== "files"), { focus: false });
      if (data.errors?.length) summary.show(data.errors.map((e) => (e.path === "files" ? { ...e, targetId: "correction-files" } : e)));
      setNotice({ kind: "error", text: data.error ?? `提交未成功（错误代码 ${response.status}），请稍后重试。` });
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，您填写的内容仍保留，请稍后重试。" });
    }
  }, summary.onInvalid);

  return (
    <form className="form apply-form" onSubmit={onSubmit} noValidate aria-label="提交补正">
      <ErrorSummary {...summary.props} />
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <p className="muted">请在 {deadlineOn} 前按补正告知书修改所需信息的描述，并可上传补充材料。</p>
      {fields.map((field, index) => (
        <fieldset key={field.id}>
          <legend>所需信息 {index + 1}</legend>
          <Field label="信息名称" required error={errors.items?.[index]?.title?.message}>
            {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(`items.${index}.title`)} />}
          </Field>
          <Field label="文号（可不填）" error={errors.items?.[index]?.docNumber?.message}>
            {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(`items.${index}.docNumber`)} />}
          </Field>
          <Field label="索引号（可不填）" error={errors.items?.[index]?.indexNumber?.message}>
            {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(`items.${index}.indexNumber`)} />}
          </Field>
          <Field label="内容描述" required error={errors.items?.[index]?.description?.message}>
            {({ id, describedBy, invalid }) => (
              <textarea id={id} rows={4} aria-describedby={describedBy} aria-invalid={invalid} {...register(`items.${index}.description`)} />
            )}
          </Field>
          {fields.length > 1 ? (
            <div>
              <button type="button" className="button secondary" onClick={() => remove(index)}>
                删除此项
              </button>
            </div>
          ) : null}
        </fieldset>
      ))}
      {errors.items?.message ? (
        <p className="field-error" role="alert">
          {errors.items.message}
        </p>
      ) : null}
      <div>
        <button type="button" className="button secondary" onClick={() => append({ title: "", docNumber: "", indexNumber: "", description: "" })}>
          增加一项所需信息
        </button>
      </div>
      <Field label="补正说明" required error={errors.note?.message} hint="说明按补正告知书补正了哪些内容。">
        {({ id, describedBy, invalid }) => <textarea id={id} rows={3} aria-describedby={describedBy} aria-invalid={invalid} {...register("note")} />}
      </Field>
      <FilePicker
        id="correction-files"
        label="补充材料（可不传）"
        hint={CORRECTION_ATTACHMENT_TEXT.hint}
        error={fileError}
        accept={CORRECTION_ATTACHMENT_ACCEPT}
        files={chosen}
        onAdd={setChosen}
        onRemove={(index) => setChosen(chosen.filter((_, i) => i !== index))}
      />
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在提交…" : "提交补正"}
        </button>
      </div>
    </form>
  );
}

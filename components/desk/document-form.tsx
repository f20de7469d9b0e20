"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { PUBLICATION_WORKING_DAYS } from "@/lib/documents/rules";
import { zodResolver } from "@hookform/resolvers/zod";
import { createDocumentAction, updateDocumentAction } from "@/app/staff/documents/actions";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { BodyEditor } from "./body-editor";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { DOC_TYPE_LABELS, DOC_TYPES, VALIDITIES, VALIDITY_LABELS } from "@/lib/documents/labels";
import { documentFieldsSchema, type DocumentFieldsInput } from "@/lib/documents/schemas";

interface Props {
  categories: { code: string; label: string }[];
  initial: DocumentFieldsInput;
  /** Absent for a new document. */
  existing?: { id: string; revision: number; published: boolean };
}

/** Every metadata field of catalogue.md, validated in the browser and again on the server with the same schema. */
export function DocumentForm({ categories, initial, existing }: Props) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const [revision, setRevision] = useState(existing?.revision ?? 0);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<DocumentFieldsInput>({ resolver: zodResolver(documentFieldsSchema), defaultValues: initial });
  const validity = watch("validity");
  const docType = watch("docType");

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      if (!existing) {
        const result = await createDocumentAction(values);
        if (!result.ok || !result.data) {
          applyServerErrors(setError, result.errors);
          setNotice({ kind: "error", text: result.message ?? "保存失败。" });
          return;
        }
        router.push(`/staff/documents/${result.data.id}?created=1`);
        return;
      }
      // The page refreshes after this user's own attachment changes, which also add revisions.
      const result = await updateDocumentAction(existing.id, Math.max(revision, existing.revision), values);
      if (!result.ok || !result.data) {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "保存失败。" });
        return;
      }
      setRevision(result.data.revision);
      setNotice({ kind: "success", text: existing.published ? "修改已保存并立即生效，已记入修订记录。" : "修改已保存。" });
      router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，填写的内容仍保留在页面上，请稍后重试。" });
    }
  });

  const input = (name: keyof DocumentFieldsInput, type = "text") =>
    function Control({ id, describedBy, invalid }: { id: string; describedBy: string | undefined; invalid: boolean }) {
      return <input id={id} type={type} aria-describedby={describedBy} aria-invalid={invalid} {...register(name)} />;
    };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <Field label="标题" required error={errors.title?.message}>
        {input("title")}
      </Field>
      <div className="form-grid">
        <Field label="主题分类" required error={errors.categoryCode?.message}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("categoryCode")}>
              <option value="">请选择</option>
              {categories.map((category) => (
                <option key={category.code} value={category.code}>
                  {category.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="文件类型" required hint="用于年度报告统计。" error={errors.docType?.message}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("docType")}>
              {DOC_TYPES.map((value) => (
                <option key={value} value={value}>
                  {DOC_TYPE_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="文号" hint="例如：八里台政报〔2024〕27号" error={errors.docNumber?.message}>
          {input("docNumber")}
        </Field>
        <Field label="签发人" error={errors.signer?.message}>
          {input("signer")}
        </Field>
        <Field label="成文日期" required hint={`自成文日期起 ${PUBLICATION_WORKING_DAYS} 个工作日内应当公开（条例第二十六条）。`} error={errors.issuedOn?.message}>
          {input("issuedOn", "date")}
        </Field>
        <Field label="变更日期" hint="信息变更时填写，公开时限自变更之日重新计算。" error={errors.changedOn?.message}>
          {input("changedOn", "date")}
        </Field>
        <Field label="有效性" required error={errors.validity?.message}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("validity")}>
              {VALIDITIES.map((value) => (
                <option key={value} value={value}>
                  {VALIDITY_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="失效日期" required={validity === "expired"} hint="有效期至；有效性为“失效”时必填。" error={errors.expiresOn?.message}>
          {input("expiresOn", "date")}
        </Field>
        <Field label="废止日期" required={validity === "repealed"} error={errors.repealedOn?.message}>
          {input("repealedOn", "date")}
        </Field>
      </div>
      <Field label="主题词" hint="多个词用空格分隔。" error={errors.keywords?.message}>
        {input("keywords")}
      </Field>
      <Field label="内容概述" required hint="政府信息公开目录必须包含内容概述（条例第十二条）。" error={errors.summary?.message}>
        {({ id, describedBy, invalid }) => <textarea id={id} rows={3} aria-describedby={describedBy} aria-invalid={invalid} {...register("summary")} />}
      </Field>
      <Field
        label="正文"
        hint="可粘贴纯文本（每行一段），或用工具栏、HTML 标记（h2–h4、p、ul、ol、li、table、strong、em、a）排版；右侧即时预览。保存时自动过滤脚本等不安全内容。"
        error={errors.body?.message}
      >
        {({ id, describedBy, invalid }) => (
          <BodyEditor
            id={id}
            describedBy={describedBy}
            invalid={invalid}
            registration={register("body")}
            value={watch("body") ?? ""}
            onChange={(body) => setValue("body", body, { shouldDirty: true })}
          />
        )}
      </Field>
      <Field
        label={docType === "interpretation" ? "所解读文件的索引号" : "相关政策解读的索引号"}
        hint="本机关已有文件的索引号，每行一个；文件页面将双向显示链接。"
        error={errors.linkedIndexNumbers?.message}
      >
        {({ id, describedBy, invalid }) => (
          <textarea id={id} rows={2} aria-describedby={describedBy} aria-invalid={invalid} {...register("linkedIndexNumbers")} />
        )}
      </Field>
      <Field
        label="所废止替代或修订的文件的索引号"
        hint="本文件废止并替代、或修订了本机关的哪份文件（填索引号）；两份文件的页面将互相链接。原文件的有效性请在原文件中修改。"
        error={errors.supersedesIndexNumber?.message}
      >
        {({ id, describedBy, invalid }) => (
          <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("supersedesIndexNumber")} />
        )}
      </Field>
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在保存…" : existing ? "保存修改" : "保存草稿"}
        </button>
      </div>
    </form>
  );
}

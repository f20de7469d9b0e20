"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { saveReportInputsAction } from "@/app/staff/reports/[year]/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Field } from "@/components/ui/field";
import { reportInputsSchema, type ReportInputs } from "@/lib/annual-report/schemas";
import { TABLE2_LABELS } from "@/lib/annual-report/rules/labels";
import { SECTION_TITLES } from "@/lib/annual-report/rules/summary";

const COUNTS = [
  ["licensing", `${TABLE2_LABELS.article20Item5} ${TABLE2_LABELS.licensing}`],
  ["penalties", `${TABLE2_LABELS.article20Item6} ${TABLE2_LABELS.penalties}`],
  ["coercion", `${TABLE2_LABELS.article20Item6} ${TABLE2_LABELS.coercion}`],
] as const;

const NARRATIVE = [
  ["overview", SECTION_TITLES.overview, "已按本年度数据预填事实性概述，请补充信息管理、平台建设、监督保障等情况。"],
  ["problems", SECTION_TITLES.problems, "发布前必须填写。"],
  ["other", SECTION_TITLES.other, "已按本年度收费通知和实际收费情况预填。"],
] as const;

/** Table 二 items staff enter and the narrative of sections 一、五、六 (annual-report.md). */
export function ReportInputsForm({ year, initial, readOnly }: { year: number; initial: ReportInputs; readOnly: boolean }) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReportInputs>({ resolver: zodResolver(reportInputsSchema), defaultValues: initial });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      const result = await saveReportInputsAction(year, values);
      if (!result.ok) {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "保存失败，请检查后重试。" });
        return;
      }
      setNotice({ kind: "success", text: result.message ?? "已保存。" });
      router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，填写的内容仍保留在页面上，请稍后重试。" });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="panel">
      <fieldset disabled={readOnly}>
        <legend>表二中需要填写的数据</legend>
        {COUNTS.map(([name, label]) => (
          <Field key={name} label={`${label}（${TABLE2_LABELS.decisions}）`} required error={errors[name]?.message}>
            {({ id, describedBy, invalid }) => (
              <input id={id} type="number" min={0} step={1} inputMode="numeric" aria-describedby={describedBy} aria-invalid={invalid} {...register(name, { valueAsNumber: true })} />
            )}
          </Field>
        ))}
        <Field
          label={`${TABLE2_LABELS.article20Item8} ${TABLE2_LABELS.charges}（${TABLE2_LABELS.chargesWan}）`}
          required
          hint="以万元为单位，最多4位小数，例如 12.5。"
          error={errors.chargesWan?.message}
        >
          {({ id, describedBy, invalid }) => <input id={id} inputMode="decimal" aria-describedby={describedBy} aria-invalid={invalid} {...register("chargesWan")} />}
        </Field>
      </fieldset>
      <fieldset disabled={readOnly}>
        <legend>文字部分</legend>
        {NARRATIVE.map(([name, label, hint]) => (
          <Field key={name} label={label} hint={hint} error={errors[name]?.message}>
            {({ id, describedBy, invalid }) => <textarea id={id} rows={6} aria-describedby={describedBy} aria-invalid={invalid} {...register(name)} />}
          </Field>
        ))}
      </fieldset>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      {readOnly ? null : (
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在保存…" : "保存并重新计算"}
        </button>
      )}
    </form>
  );
}

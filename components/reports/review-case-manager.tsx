"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { createReviewCaseAction, deleteReviewCaseAction, updateReviewCaseAction } from "@/app/staff/reports/[year]/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Field } from "@/components/ui/field";
import { EMPTY_REVIEW_CASE, reviewCaseSchema, type ReviewCaseInput } from "@/lib/annual-report/schemas";
import { TABLE4_COLUMN_LABELS, TABLE4_KIND_FULL_LABELS } from "@/lib/annual-report/rules/labels";
import { REVIEW_RESULTS, reviewResultColumn, type ReviewResult } from "@/lib/annual-report/rules/review-results";
import { TABLE4_KINDS, type ReviewCaseKind } from "@/lib/annual-report/rules/types";
import { resultAtYearEnd } from "@/lib/annual-report/year-end-result";

export interface ReviewCaseRowView {
  id: string;
  kind: ReviewCaseKind;
  filedOn: string;
  caseNumber: string | null;
  result: string | null;
  resultOn: string | null;
}

/** The 行政复议 / 行政诉讼 cases of the year behind table 四: list, add, change, delete. */
export function ReviewCaseManager({ year, cases, readOnly }: { year: number; cases: ReviewCaseRowView[]; readOnly: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ReviewCaseInput>({ resolver: zodResolver(reviewCaseSchema), defaultValues: EMPTY_REVIEW_CASE });

  async function report(work: Promise<{ ok: boolean; message?: string; errors?: { path: string; message: string }[] }>, after?: () => void) {
    setNotice(undefined);
    try {
      const result = await work;
      if (!result.ok) {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "操作失败，请检查后重试。" });
        return;
      }
      setNotice({ kind: "success", text: result.message ?? "已保存。" });
      after?.();
      router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
    }
  }

  const onSubmit = handleSubmit((values) =>
    report(editing ? updateReviewCaseAction(year, editing, values) : createReviewCaseAction(year, values), () => {
      setEditing(null);
      reset(EMPTY_REVIEW_CASE);
    }),
  );

  function edit(reviewCase: ReviewCaseRowView) {
    setEditing(reviewCase.id);
    reset({
      kind: reviewCase.kind,
      filedOn: reviewCase.filedOn,
      caseNumber: reviewCase.caseNumber ?? "",
      result: (reviewCase.result ?? "") as ReviewResult | "",
      resultOn: reviewCase.resultOn ?? "",
    });
  }

  return (
    <div className="panel">
      {cases.length === 0 ? (
        <p>本年度没有登记因政府信息公开引起的行政复议、行政诉讼案件。</p>
      ) : (
        <table className="table">
          <caption>计入{year}年度表四的案件（按12月31日的审理结果）</caption>
          <thead>
            <tr>
              <th scope="col">类型</th>
              <th scope="col">立案（申请）日期</th>
              <th scope="col">关联申请</th>
              <th scope="col">审理结果</th>
              <th scope="col">计入表四</th>
              {readOnly ? null : <th scope="col">操作</th>}
            </tr>
          </thead>
          <tbody>
            {cases.map((reviewCase) => {
              const asOfYearEnd = resultAtYearEnd(reviewCase, year);
              return (
                <tr key={reviewCase.id}>
                  <td>{TABLE4_KIND_FULL_LABELS[reviewCase.kind]}</td>
                  <td>{reviewCase.filedOn}</td>
                  <td>{reviewCase.caseNumber ?? "—"}</td>
                  <td>{reviewCase.result ? `${reviewCase.result}（${reviewCase.resultOn}）` : "尚无结果"}</td>
                  <td>{TABLE4_COLUMN_LABELS[reviewResultColumn(asOfYearEnd)]}</td>
                  {readOnly ? null : (
                    <td>
                      <button type="button" className="button secondary" onClick={() => edit(reviewCase)}>
                        修改
                      </button>{" "}
                      <button type="button" className="button secondary" onClick={() => report(deleteReviewCaseAction(year, reviewCase.id))}>
                        删除
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      {readOnly ? null : (
        <form onSubmit={onSubmit} noValidate>
          <fieldset>
            <legend>{editing ? "修改案件" : "登记案件"}</legend>
            <Field label="案件类型" required error={errors.kind?.message}>
              {({ id, describedBy, invalid }) => (
                <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("kind")}>
                  {TABLE4_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {TABLE4_KIND_FULL_LABELS[kind]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="立案（申请）日期" required error={errors.filedOn?.message}>
              {({ id, describedBy, invalid }) => <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid} {...register("filedOn")} />}
            </Field>
            <Field label="关联申请的受理编号" hint="与具体申请无关的可以不填。" error={errors.caseNumber?.message}>
              {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("caseNumber")} />}
            </Field>
            <Field label="审理结果" hint="尚未审结的不选。" error={errors.result?.message}>
              {({ id, describedBy, invalid }) => (
                <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("result")}>
                  <option value="">尚未审结</option>
                  {REVIEW_RESULTS.map((result) => (
                    <option key={result} value={result}>
                      {result}（{TABLE4_COLUMN_LABELS[reviewResultColumn(result)]}）
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="结果日期" error={errors.resultOn?.message}>
              {({ id, describedBy, invalid }) => <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid} {...register("resultOn")} />}
            </Field>
            <button className="button" type="submit" disabled={isSubmitting}>
              {editing ? "保存修改" : "登记案件"}
            </button>{" "}
            {editing ? (
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  setEditing(null);
                  reset(EMPTY_REVIEW_CASE);
                }}
              >
                取消修改
              </button>
            ) : null}
          </fieldset>
        </form>
      )}
    </div>
  );
}

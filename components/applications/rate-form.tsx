"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { rateSchema, type RateInput } from "@/lib/applications/rate-schema";
import { rateApplicationAction } from "@/app/account/applications/[id]/actions";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

const SCORES = [
  [5, "非常满意"],
  [4, "满意"],
  [3, "基本满意"],
  [2, "不满意"],
  [1, "非常不满意"],
] as const;

/** 评价 after the reply: 1–5 and an optional comment. */
export function RateForm({ applicationId }: { applicationId: string }) {
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const summary = useErrorSummary();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isSubmitSuccessful },
  } = useForm<RateInput>({ resolver: zodResolver(rateSchema), defaultValues: { comment: "" }, shouldFocusError: false });

  const onSubmit = handleSubmit(async (values) => {
    try {
      const result = await rateApplicationAction(applicationId, values);
      if (result.ok) {
        setNotice({ kind: "success", text: "感谢您的评价。" });
        return;
      }
      applyServerErrors(setError, result.errors, { focus: false });
      if (result.errors?.length) summary.show(result.errors);
      setNotice({ kind: "error", text: result.message ?? "评价未成功，请稍后重试。" });
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
    }
  }, summary.onInvalid);

  if (isSubmitSuccessful && notice?.kind === "success") return <Alert kind="success">{notice.text}</Alert>;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="评价">
      <ErrorSummary {...summary.props} />
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <fieldset className="choice-group" aria-describedby={errors.score ? "score-error" : undefined}>
        <legend className="required-mark">您对本次办理的评价</legend>
        <div className="choices">
          {SCORES.map(([score, label]) => (
            <label key={score}>
              <input type="radio" value={score} {...register("score")} /> {label}
            </label>
          ))}
        </div>
        {errors.score?.message ? (
          <span id="score-error" className="field-error" role="alert">
            {errors.score.message}
          </span>
        ) : null}
      </fieldset>
      <Field label="意见和建议（可不填）" error={errors.comment?.message}>
        {({ id, describedBy, invalid }) => <textarea id={id} rows={2} aria-describedby={describedBy} aria-invalid={invalid} {...register("comment")} />}
      </Field>
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          提交评价
        </button>
      </div>
    </form>
  );
}

"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { withdrawSchema, type WithdrawInput } from "@/lib/applications/withdraw-schema";
import { withdrawApplicationAction } from "@/app/account/applications/[id]/actions";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

/** 撤回申请 (before the reply); on success the 撤回确认 replaces the form. */
export function WithdrawForm({ applicationId, caseNumber }: { applicationId: string; caseNumber: string }) {
  const [notice, setNotice] = useState<string>();
  const [confirmation, setConfirmation] = useState<{ withdrawnOn: string }>();
  const summary = useErrorSummary();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<WithdrawInput>({ resolver: zodResolver(withdrawSchema), defaultValues: { reason: "" }, shouldFocusError: false });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      const result = await withdrawApplicationAction(applicationId, values);
      if (result.ok && result.data) {
        setConfirmation({ withdrawnOn: result.data.withdrawnOn });
        return;
      }
      applyServerErrors(setError, result.errors, { focus: false });
      if (result.errors?.length) summary.show(result.errors);
      setNotice(result.message ?? "撤回未成功，请稍后重试。");
    } catch {
      setNotice("网络连接中断，请稍后重试。");
    }
  }, summary.onInvalid);

  // The page itself then shows the 撤回确认 (it is re-rendered from the record).
  if (confirmation) return <Alert kind="success">申请 {caseNumber} 已于 {confirmation.withdrawnOn} 撤回。</Alert>;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="撤回申请">
      <ErrorSummary {...summary.props} />
      {notice ? <Alert kind="error">{notice}</Alert> : null}
      <Field label="撤回原因（可不填）" error={errors.reason?.message}>
        {({ id, describedBy, invalid }) => <textarea id={id} rows={2} aria-describedby={describedBy} aria-invalid={invalid} {...register("reason")} />}
      </Field>
      <div className="field">
        <label className="confirm-line">
          <input type="checkbox" aria-invalid={Boolean(errors.confirm)} aria-describedby={errors.confirm ? "confirm-error" : undefined} {...register("confirm")} />
          我确认撤回该申请，撤回后申请即终止办理
        </label>
        {errors.confirm?.message ? (
          <span id="confirm-error" className="field-error" role="alert">
            {errors.confirm.message}
          </span>
        ) : null}
      </div>
      <div>
        <button className="button secondary" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在撤回…" : "撤回申请"}
        </button>
      </div>
    </form>
  );
}

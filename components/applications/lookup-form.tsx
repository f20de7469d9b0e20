"use client";

import "./applications.css";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { lookupSchema, type LookupInput } from "@/lib/applications/lookup-schema";
import type { ApplicationStatusView } from "@/lib/applications/applicant-view";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { ApplicationProgress } from "./application-progress";

/** 查询申请: the tracking code and phone go in a POST body, never in the URL. */
export function LookupForm() {
  const [notice, setNotice] = useState<string>();
  const [view, setView] = useState<ApplicationStatusView>();
  const summary = useErrorSummary();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LookupInput>({
    resolver: zodResolver(lookupSchema),
    defaultValues: { trackingCode: "", phone: "" },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    setView(undefined);
    try {
      const response = await fetch("/api/v1/applications/lookup", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
      const data = await response.json().catch(() => ({}));
      if (response.ok) {
        summary.clear();
        setView(data as ApplicationStatusView);
        return;
      }
      const fieldErrors = (data as { errors?: { path: string; message: string }[] }).errors;
      applyServerErrors(setError, fieldErrors, { focus: false });
      if (fieldErrors?.length) summary.show(fieldErrors);
      setNotice((data as { error?: string }).error ?? `查询未成功（错误代码 ${response.status}），请稍后重试。`);
    } catch {
      setNotice("网络连接中断，请稍后重试。");
    }
  }, summary.onInvalid);

  return (
    <>
      <form className="form" onSubmit={onSubmit} noValidate method="post" aria-label="查询申请进度">
        <ErrorSummary {...summary.props} />
        {notice ? <Alert kind="error">{notice}</Alert> : null}
        <Field label="查询码" required error={errors.trackingCode?.message} hint="见提交凭证，16 位字母和数字，例如 ABCD-EFGH-JKMN-PQRS。">
          {({ id, describedBy, invalid }) => (
            <input id={id} autoComplete="off" spellCheck={false} aria-describedby={describedBy} aria-invalid={invalid} {...register("trackingCode")} />
          )}
        </Field>
        <Field label="联系电话" required error={errors.phone?.message} hint="提交申请时填写的联系电话（法人或其他组织为联系人电话）。">
          {({ id, describedBy, invalid }) => (
            <input id={id} inputMode="tel" autoComplete="tel" aria-describedby={describedBy} aria-invalid={invalid} {...register("phone")} />
          )}
        </Field>
        <div>
          <button className="button" type="submit" disabled={isSubmitting}>
            {isSubmitting ? "正在查询…" : "查询"}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {view ? (
          <>
            <ApplicationProgress view={view} />
            <p>
              <Link className="button" href="/apply/lookup/application">
                查看文书、提交补正或办理其他事项
              </Link>
            </p>
          </>
        ) : null}
      </div>
    </>
  );
}

"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { issueApiKeySchema } from "@/lib/api-keys-schema";
import { issueApiKeyAction, revokeApiKeyAction } from "@/app/admin/api-keys/actions";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

type Values = { name: string; rateLimitPerHour: number };

/** Issue an open-API key; the key is shown once. */
export function IssueApiKeyForm() {
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string; key?: string }>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(issueApiKeySchema) as never, defaultValues: { name: "", rateLimitPerHour: 100 } });
  const onSubmit = handleSubmit(async (values) => {
    try {
      const result = await issueApiKeyAction(values);
      if (result.ok && result.data) setNotice({ kind: "success", text: "密钥已签发。请立即复制并安全地交给使用方：离开本页后不再显示。", key: result.data.key });
      else {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "签发未成功。" });
      }
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
    }
  });
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="签发开放接口密钥">
      {notice ? (
        <Alert kind={notice.kind}>
          {notice.text}
          {notice.key ? <code style={{ display: "block", wordBreak: "break-all", marginTop: 8 }}>{notice.key}</code> : null}
        </Alert>
      ) : null}
      <Field label="使用方名称" required error={errors.name?.message}>
        {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("name")} />}
      </Field>
      <Field label="每小时提交上限" required error={errors.rateLimitPerHour?.message}>
        {({ id, describedBy, invalid }) => <input id={id} inputMode="numeric" aria-describedby={describedBy} aria-invalid={invalid} {...register("rateLimitPerHour")} />}
      </Field>
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          签发密钥
        </button>
      </div>
    </form>
  );
}

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const [message, setMessage] = useState<string>();
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          if (!window.confirm(`停用“${name}”的密钥后，使用方将无法再调用开放接口。确定停用吗？`)) return;
          const result = await revokeApiKeyAction(id).catch(() => ({ ok: false, message: "网络连接中断，请稍后重试。" }));
          setMessage(result.ok ? undefined : result.message);
        }}
      >
        停用<span className="skip-link">{name}</span>
      </button>
      {message ? <span className="field-error"> {message}</span> : null}
    </>
  );
}

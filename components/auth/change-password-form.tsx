"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/users/schemas";
import { changePasswordAction } from "@/app/password/actions";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

export function ChangePasswordForm() {
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    let result;
    try {
      result = await changePasswordAction(values);
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
      return;
    }
    if (!result.ok) {
      applyServerErrors(setError, result.errors);
      setNotice({ kind: "error", text: result.message ?? "修改失败。" });
      return;
    }
    setNotice({ kind: "success", text: result.message ?? "密码已修改。" });
    // Every session of the account has ended on the server; clear this browser's cookie too.
    await signOut({ callbackUrl: "/login" });
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <Field label="当前密码" required error={errors.currentPassword?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="password" autoComplete="current-password" aria-describedby={describedBy} aria-invalid={invalid} {...register("currentPassword")} />
        )}
      </Field>
      <Field label="新密码" required error={errors.newPassword?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} aria-invalid={invalid} {...register("newPassword")} />
        )}
      </Field>
      <Field label="确认新密码" required error={errors.confirmPassword?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} aria-invalid={invalid} {...register("confirmPassword")} />
        )}
      </Field>
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在提交…" : "修改密码"}
        </button>
      </div>
    </form>
  );
}

"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { registerCitizenSchema, type RegisterCitizenInput } from "@/lib/users/schemas";
import { registerCitizenAction } from "@/app/register/actions";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

export function RegisterForm() {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string }>();
  const summary = useErrorSummary();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegisterCitizenInput>({
    resolver: zodResolver(registerCitizenSchema),
    defaultValues: { name: "", phone: "", email: "", password: "", confirmPassword: "" },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    let result;
    try {
      result = await registerCitizenAction(values);
    } catch {
      setMessage({ kind: "error", text: "网络连接中断，您填写的内容仍保留在页面上，请稍后再次提交。" });
      return;
    }
    if (!result.ok) {
      applyServerErrors(setError, result.errors, { focus: false });
      if (result.errors?.length) summary.show(result.errors);
      setMessage(result.message ? { kind: "error", text: result.message } : undefined);
      return;
    }
    // The server answers the same for a new and an already-registered number: signing in tells the person at the keyboard only what their own password can prove.
    const signedIn = await signIn("credentials", { identifier: values.phone || values.email, password: values.password, redirect: false });
    if (!signedIn || signedIn.error) {
      setMessage({ kind: "info", text: result.message ?? "注册信息已提交。" });
      return;
    }
    router.replace("/account");
    router.refresh();
  }, summary.onInvalid);

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary {...summary.props} />
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <Field label="姓名" required error={errors.name?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} autoComplete="name" aria-describedby={describedBy} aria-invalid={invalid} {...register("name")} />
        )}
      </Field>
      <Field label="手机号码" hint="手机号码和电子邮箱至少填写一项，用于登录。" error={errors.phone?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} inputMode="tel" autoComplete="tel" aria-describedby={describedBy} aria-invalid={invalid} {...register("phone")} />
        )}
      </Field>
      <Field label="电子邮箱" error={errors.email?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="email" autoComplete="email" aria-describedby={describedBy} aria-invalid={invalid} {...register("email")} />
        )}
      </Field>
      <Field label="密码" required hint="至少 8 位，须同时包含字母和数字。" error={errors.password?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} aria-invalid={invalid} {...register("password")} />
        )}
      </Field>
      <Field label="确认密码" required error={errors.confirmPassword?.message}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("confirmPassword")}
          />
        )}
      </Field>
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在提交…" : "注册"}
        </button>
      </div>
    </form>
  );
}

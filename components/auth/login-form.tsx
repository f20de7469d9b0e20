"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { getSession, signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { loginSchema, type LoginInput } from "@/lib/users/schemas";
import { homeFor } from "@/lib/auth/home";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";


export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const summary = useErrorSummary();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({
    resolver: zodResolver(loginSchema),
    defaultValues: { identifier: "", password: "" },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    summary.clear();
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setServerError(result?.error && result.error !== "CredentialsSignin" ? result.error : "账号或密码错误，请重新输入。");
      return;
    }
    const session = await getSession();
    router.replace(callbackUrl || homeFor(session?.user.role));
    router.refresh();
  }, summary.onInvalid);

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary {...summary.props} />
      {serverError ? <Alert kind="error">{serverError}</Alert> : null}
      <Field label="手机号码或电子邮箱" required error={errors.identifier?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} autoComplete="username" aria-describedby={describedBy} aria-invalid={invalid} {...register("identifier")} />
        )}
      </Field>
      <Field label="密码" required error={errors.password?.message}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="password"
            autoComplete="current-password"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("password")}
          />
        )}
      </Field>
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在登录…" : "登录"}
        </button>
      </div>
    </form>
  );
}

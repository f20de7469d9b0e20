"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createStaffUserSchema, STAFF_ROLE_OPTIONS, type CreateStaffUserInput } from "@/lib/users/schemas";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { createStaffUserAction } from "@/app/admin/users/actions";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

const EMPTY: CreateStaffUserInput = { name: "", email: "", phone: "", role: "clerk", password: "" };

export function CreateStaffUserForm() {
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateStaffUserInput>({ resolver: zodResolver(createStaffUserSchema), defaultValues: EMPTY });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      const result = await createStaffUserAction(values);
      if (!result.ok) {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "创建失败。" });
        return;
      }
      reset(EMPTY);
      setNotice({ kind: "success", text: `已为 ${values.name} 创建账号。` });
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，填写的内容仍保留在页面上，请稍后重试。" });
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <Field label="姓名" required error={errors.name?.message}>
        {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("name")} />}
      </Field>
      <Field label="角色" required error={errors.role?.message}>
        {({ id, describedBy, invalid }) => (
          <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("role")}>
            {STAFF_ROLE_OPTIONS.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="电子邮箱" hint="电子邮箱和手机号码至少填写一项，用于登录。" error={errors.email?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="email" aria-describedby={describedBy} aria-invalid={invalid} {...register("email")} />
        )}
      </Field>
      <Field label="手机号码" error={errors.phone?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} inputMode="tel" aria-describedby={describedBy} aria-invalid={invalid} {...register("phone")} />
        )}
      </Field>
      <Field label="初始密码" required hint="至少 10 位，须同时包含字母和数字，不能包含本人的账号、手机号码或姓名，不能是常见密码；请通知本人首次登录后修改。" error={errors.password?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} aria-invalid={invalid} {...register("password")} />
        )}
      </Field>
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在创建…" : "创建账号"}
        </button>
      </div>
    </form>
  );
}

import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { ROLES } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "修改密码" };

export default async function ChangePasswordPage() {
  const actor = await requireRole(ROLES, "/password");
  const staff = actor.role !== "citizen";
  return (
    <section className="panel">
      <h1>修改密码</h1>
      <p className="muted">
        {staff
          ? "工作人员账号的新密码至少 10 位，须同时包含字母和数字，不能包含本人的账号、手机号码或姓名，也不能是常见密码。"
          : "新密码至少 8 位，须同时包含字母和数字。"}
        修改后，您在所有设备上的登录都会退出，需要用新密码重新登录。
      </p>
      <ChangePasswordForm />
    </section>
  );
}

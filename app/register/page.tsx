import type { Metadata } from "next";
import { RegisterForm } from "@/components/auth/register-form";

export const metadata: Metadata = { title: "注册申请人账号" };

export default function RegisterPage() {
  return (
    <section className="panel">
      <h1>注册申请人账号</h1>
      <p className="muted">注册后可在“我的申请”中查看本人提交的全部政府信息公开申请。工作人员账号由本机关系统管理员创建，无需注册。</p>
      <RegisterForm />
    </section>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "登录" };

/** Only same-site paths are followed after login (no open redirect). */
function safeCallback(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <section className="panel">
      <h1>登录</h1>
      <p className="muted">申请人使用注册时的手机号码或电子邮箱登录；工作人员使用管理员分配的账号登录。</p>
      <LoginForm callbackUrl={safeCallback(params.callbackUrl)} />
      <p>
        还没有账号？<Link href="/register">注册申请人账号</Link>。不登录也可以<Link href="/apply">提交申请</Link>。
      </p>
    </section>
  );
}

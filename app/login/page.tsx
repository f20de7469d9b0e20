import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/auth/login-form";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { config } from "@/lib/config";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <section className="panel">
      <h1>登录</h1>
      <p className="muted">申请人使用注册时的手机号码或电子邮箱登录；工作人员使用管理员分配的账号登录。</p>
      {/* Only same-site paths are followed after login (no open redirect, lib/auth/safe-redirect). */}
      <LoginForm callbackUrl={safeCallbackPath(params.callbackUrl, config().NEXTAUTH_URL)} />
      <p>
        还没有账号？<Link href="/register">注册申请人账号</Link>。不登录也可以<Link href="/apply">提交申请</Link>。
      </p>
    </section>
  );
}

"use client";

import Link from "next/link";
import { signOut, useSession } from "next-auth/react";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { homeFor } from "@/lib/auth/home";

/** Login state, rendered in the browser so the shared layout stays the same for everyone. */
export function UserMenu() {
  const { data, status } = useSession();
  if (status === "loading") return <span className="user-menu" aria-hidden="true" />;
  if (!data?.user) {
    return (
      <span className="user-menu">
        <Link href="/login">登录</Link>
        <Link href="/register">注册</Link>
      </span>
    );
  }
  const { role, name } = data.user;
  const home = homeFor(role);
  return (
    <span className="user-menu">
      <Link href={home}>
        {name}（{ROLE_LABELS[role]}）
      </Link>
      <Link href="/password">修改密码</Link>
      <button type="button" className="link-button" onClick={() => void signOut({ callbackUrl: "/" })}>
        退出
      </button>
    </span>
  );
}

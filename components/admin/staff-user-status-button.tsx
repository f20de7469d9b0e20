"use client";

import { useState } from "react";
import { setStaffUserDisabledAction } from "@/app/admin/users/actions";

/** 停用 / 启用 one staff account; disabling ends the person's sessions at once. */
export function StaffUserStatusButton({ id, name, disabled }: { id: string; name: string; disabled: boolean }) {
  const [message, setMessage] = useState<string>();
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          if (!disabled && !window.confirm(`停用“${name}”的账号后，其已登录的会话立即失效，且无法再登录。确定停用吗？`)) return;
          const result = await setStaffUserDisabledAction(id, !disabled).catch(() => ({ ok: false, message: "网络连接中断，请稍后重试。" }));
          setMessage(result.ok ? undefined : result.message);
        }}
      >
        {disabled ? "启用" : "停用"}
        <span className="skip-link">{name}</span>
      </button>
      {message ? <span className="field-error"> {message}</span> : null}
    </>
  );
}

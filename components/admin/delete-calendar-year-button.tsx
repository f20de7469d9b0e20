"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { deleteCalendarYearAction } from "@/app/admin/calendar/actions";

/** Remove a future year entered by mistake, after the admin confirms. */
export function DeleteCalendarYearButton({ year }: { year: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onClick() {
    if (!window.confirm(`确定删除 ${year} 年放假安排吗？删除后落在 ${year} 年的答复期限将显示为“待定”。`)) return;
    setBusy(true);
    try {
      const result = await deleteCalendarYearAction(year);
      setMessage(result.ok ? undefined : result.message);
      if (result.ok) router.refresh();
    } catch {
      setMessage("网络连接中断，请稍后重试。");
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="link-button" onClick={onClick} disabled={busy} aria-label={`删除 ${year} 年`}>
        删除
      </button>
      {message ? (
        <span className="field-error" role="alert">
          {message}
        </span>
      ) : null}
    </>
  );
}

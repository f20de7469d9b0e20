"use client";

import { useState } from "react";
import { revealIdNumberAction } from "@/app/staff/applications/[id]/actions";

/** Shows the full 证件号码 on request; the server checks the role and writes the audit log. */
export function RevealIdButton({ applicationId, masked }: { applicationId: string; masked: string }) {
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (value) return <span>{value}</span>;
  return (
    <span>
      {masked}{" "}
      <button
        type="button"
        className="link-button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            const result = await revealIdNumberAction(applicationId);
            if (result.ok && result.data) setValue(result.data);
            else setError(result.message ?? "无法查看。");
          } catch {
            setError("网络连接中断，请稍后重试。");
          } finally {
            setBusy(false);
          }
        }}
      >
        查看完整号码（将记录日志）
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

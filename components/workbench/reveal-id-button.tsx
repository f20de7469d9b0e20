"use client";

import { useId, useState } from "react";
import { revealIdNumberAction } from "@/app/staff/applications/[id]/actions";

/**
 * Shows the full 证件号码 on request, with the reason the officer states; the server checks the
 * role and agency and writes the reveal to the audit log.
 */
export function RevealIdButton({ applicationId, masked }: { applicationId: string; masked: string }) {
  const id = useId();
  const [value, setValue] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (value) return <span>{value}</span>;
  if (!open) {
    return (
      <span>
        {masked}{" "}
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          查看完整号码
        </button>
      </span>
    );
  }
  return (
    <form
      className="form"
      aria-label="查看完整证件号码"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          const result = await revealIdNumberAction(applicationId, reason);
          if (result.ok && result.data) setValue(result.data);
          else setError(result.message ?? "无法查看。");
        } catch {
          setError("网络连接中断，请稍后重试。");
        } finally {
          setBusy(false);
        }
      }}
    >
      <span>{masked}</span>
      <div className="field">
        <label htmlFor={id} className="required">
          查看事由（将记入操作日志）
        </label>
        <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} />
        {error ? (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button secondary" disabled={busy}>
          {busy ? "正在查看…" : "查看"}
        </button>
      </div>
    </form>
  );
}

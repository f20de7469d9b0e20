"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { publishDocumentAction, withdrawDocumentAction } from "@/app/staff/documents/actions";
import { Alert } from "@/components/ui/alert";
import type { DocumentStatus } from "@/lib/documents/labels";

/** Draft → 发布; published → 撤回 (with a reason kept in the history). */
export function StatusControls({ documentId, status }: { documentId: string; status: DocumentStatus }) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<{ ok: boolean; message?: string }>) {
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await work();
      setNotice({ kind: result.ok ? "success" : "error", text: result.message ?? "" });
      if (result.ok) router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="panel">
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      {status === "draft" ? (
        <button className="button" type="button" disabled={busy} onClick={() => run(() => publishDocumentAction(documentId))}>
          发布
        </button>
      ) : null}
      {status === "published" ? (
        <div className="desk-actions">
          <div className="field">
            <label htmlFor="withdraw-reason">撤回理由</label>
            <input id="withdraw-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
          </div>
          <button className="button secondary" type="button" disabled={busy} onClick={() => run(() => withdrawDocumentAction(documentId, { reason }))}>
            撤回
          </button>
        </div>
      ) : null}
      {status === "withdrawn" ? <p>该文件已撤回，公众不可见；记录和修订历史仍保留。</p> : null}
    </div>
  );
}

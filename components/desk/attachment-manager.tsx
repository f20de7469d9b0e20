"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { removeAttachmentAction } from "@/app/staff/documents/actions";
import { Alert } from "@/components/ui/alert";

interface Props {
  documentId: string;
  attachments: { id: string; fileName: string; kindLabel: string; sizeLabel: string }[];
  rule: string;
  maxBytes: number;
  tooLargeMessage: string;
  disabled?: boolean;
}

/** Upload (straight to the route handler, so large files never pass a server action) and remove attachments. */
export function AttachmentManager({ documentId, attachments, rule, maxBytes, tooLargeMessage, disabled }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const [busy, setBusy] = useState(false);

  async function upload() {
    const file = input.current?.files?.[0];
    setNotice(undefined);
    if (!file) {
      setNotice({ kind: "error", text: "请先选择要上传的文件。" });
      return;
    }
    if (file.size > maxBytes) {
      setNotice({ kind: "error", text: tooLargeMessage });
      return;
    }
    setBusy(true);
    try {
      const response = await fetch(`/api/v1/staff/documents/${documentId}/attachments`, {
        method: "POST",
        body: file,
        headers: { "x-file-name": encodeURIComponent(file.name), "content-type": "application/octet-stream" },
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      if (!response.ok) {
        setNotice({ kind: "error", text: body.error ?? "上传失败，请稍后重试。" });
        return;
      }
      if (input.current) input.current.value = "";
      setNotice({ kind: "success", text: `已上传：${file.name}` });
      router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，文件未上传，请稍后重试。" });
    } finally {
      setBusy(false);
    }
  }

  async function remove(attachmentId: string, fileName: string) {
    if (!window.confirm(`确定移除附件“${fileName}”吗？`)) return;
    const result = await removeAttachmentAction(documentId, attachmentId).catch(() => ({ ok: false, message: "网络连接中断，请稍后重试。" }));
    setNotice({ kind: result.ok ? "success" : "error", text: result.message ?? "" });
    if (result.ok) router.refresh();
  }

  return (
    <section className="panel">
      <h2>附件</h2>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      {attachments.length ? (
        <ul className="attachment-list">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={`/api/v1/staff/documents/${documentId}/attachments/${attachment.id}`} download={attachment.fileName}>
                {attachment.fileName}
              </a>{" "}
              <span className="muted">（{attachment.kindLabel}，{attachment.sizeLabel}）</span>{" "}
              {disabled ? null : (
                <button type="button" className="link-button" onClick={() => remove(attachment.id, attachment.fileName)}>
                  移除
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">暂无附件。</p>
      )}
      {disabled ? null : (
        <div className="field">
          <label htmlFor="attachment-file">上传附件</label>
          <span className="field-hint" id="attachment-hint">
            {rule}。文件类型按内容检查。
          </span>
          <input id="attachment-file" ref={input} type="file" aria-describedby="attachment-hint" />
          <div>
            <button type="button" className="button secondary" onClick={upload} disabled={busy}>
              {busy ? "正在上传…" : "上传"}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

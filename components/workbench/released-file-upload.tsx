"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { RELEASED_FILE_TEXT } from "@/lib/applications/attachment-rules";

/**
 * 提供的政府信息: the clerk uploads a file to release with the reply (the applicant can download it
 * once the reply is approved). The bytes go to a route handler, not a server action (1 MB cap).
 */
export function ReleasedFileUpload({ applicationId }: { applicationId: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const [pending, setPending] = useState(false);

  async function upload(event: React.FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setNotice({ kind: "error", text: "请选择要提供的文件。" });
      return;
    }
    setPending(true);
    setNotice(undefined);
    try {
      const response = await fetch(`/api/staff/applications/${applicationId}/released-files`, {
        method: "POST",
        headers: { "x-file-name": encodeURIComponent(file.name) },
        body: file,
      });
      const data = (await response.json().catch(() => ({}))) as { error?: string; errors?: { message: string }[] };
      if (response.ok) {
        setNotice({ kind: "success", text: `已上传“${file.name}”。请在答复书草稿的“所提供的信息”中写明文件名。` });
        if (input.current) input.current.value = "";
        router.refresh();
      } else {
        setNotice({ kind: "error", text: data.errors?.[0]?.message ?? data.error ?? `上传未成功（错误代码 ${response.status}）。` });
      }
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={upload} noValidate aria-label="上传提供的政府信息">
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <Field label="上传提供的政府信息" hint={RELEASED_FILE_TEXT.hint}>
        {({ id, describedBy }) => <input id={id} ref={input} type="file" aria-describedby={describedBy} />}
      </Field>
      <div>
        <button className="button secondary" type="submit" disabled={pending}>
          {pending ? "正在上传…" : "上传文件"}
        </button>
      </div>
    </form>
  );
}

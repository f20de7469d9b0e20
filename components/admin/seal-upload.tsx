"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";

/**
 * 文书印章: the admin uploads the agency's seal image for its letter PDFs (issue 16). The bytes go
 * to a route handler (architecture.md "Uploads"), which checks the size and the PNG signature.
 */
export function SealUpload({ hasSeal, hint }: { hasSeal: boolean; hint: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const [pending, setPending] = useState(false);

  async function upload(event: React.FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setNotice({ kind: "error", text: "请选择印章图片（PNG）。" });
      return;
    }
    setPending(true);
    setNotice(undefined);
    try {
      const response = await fetch("/api/admin/agency/seal", { method: "POST", body: file });
      const data = (await response.json().catch(() => ({}))) as { error?: string; errors?: { message: string }[] };
      if (response.ok) {
        setNotice({ kind: "success", text: "已更换印章图片。此后出具的电子文书使用该印章；已出具的文书不变。" });
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
    <form className="form" onSubmit={upload} noValidate aria-label="文书印章">
      <p>{hasSeal ? "已设置本机关的印章图片。" : "尚未设置印章图片：电子文书上印的是系统生成的“演示印章”。"}</p>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <Field label="印章图片" hint={hint}>
        {({ id, describedBy }) => <input id={id} ref={input} type="file" accept="image/png" aria-describedby={describedBy} />}
      </Field>
      <div>
        <button className="button secondary" type="submit" disabled={pending}>
          {pending ? "正在上传…" : "上传印章图片"}
        </button>
      </div>
    </form>
  );
}

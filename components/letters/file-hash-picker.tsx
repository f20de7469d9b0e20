"use client";

import { useState } from "react";

/**
 * Computes the SHA-256 of a chosen PDF in the browser (the file never leaves the computer) and
 * writes it into the form's hash field, so nobody has to run a hash tool to check a letter.
 */
export function FileHashPicker({ targetId }: { targetId: string }) {
  const [status, setStatus] = useState("");
  async function onChange(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await file.arrayBuffer()));
    const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
    const target = document.getElementById(targetId);
    if (target instanceof HTMLInputElement) target.value = hex;
    setStatus(`已计算「${file.name}」的 SHA-256，请点击“核验”。`);
  }
  return (
    <div className="field">
      <label htmlFor="letter-file">或选择收到的文书 PDF 文件，自动计算其 SHA-256</label>
      <input id="letter-file" type="file" accept="application/pdf,.pdf" onChange={onChange} />
      <p className="hint" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { publishAnnualReportAction } from "@/app/staff/reports/[year]/actions";
import { Alert } from "@/components/ui/alert";

/** Publishes the year's report; the server refuses (naming the cell) unless every check holds. */
export function PublishReportButton({ year, ready }: { year: number; ready: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();

  async function publish() {
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await publishAnnualReportAction(year);
      const details = result.errors?.map((error) => error.message).join(" ") ?? "";
      setNotice({ kind: result.ok ? "success" : "error", text: `${result.message ?? ""}${details ? ` ${details}` : ""}` });
      if (result.ok) router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="panel">
      {ready ? null : <p>报告未通过数据校验，需先更正上面列出的问题才能发布。</p>}
      <button type="button" className="button" disabled={busy} onClick={publish}>
        {busy ? "正在发布…" : "发布年度报告"}
      </button>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
    </div>
  );
}

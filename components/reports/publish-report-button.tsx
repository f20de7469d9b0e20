"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { publishAnnualReportAction } from "@/app/staff/reports/[year]/actions";
import { Alert } from "@/components/ui/alert";

/**
 * Publishes the year's report; the server refuses (naming the cell) unless every check holds. When
 * 上年结转 differs from last year's published report, the reviewer must confirm that section 六
 * explains the difference.
 */
export function PublishReportButton({ year, ready, carryOverDiffers }: { year: number; ready: boolean; carryOverDiffers: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [explained, setExplained] = useState(false);
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();

  async function publish() {
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await publishAnnualReportAction(year, explained);
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
      {carryOverDiffers ? (
        <p>
          <label>
            <input type="checkbox" checked={explained} onChange={(event) => setExplained(event.target.checked)} />{" "}
            上年结转与上年度已发布报告的差异原因已在“六、其他需要报告的事项”中说明
          </label>
        </p>
      ) : null}
      <button type="button" className="button" disabled={busy} onClick={publish}>
        {busy ? "正在发布…" : "发布年度报告"}
      </button>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
    </div>
  );
}

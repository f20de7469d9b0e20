"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { respondToFeeAction } from "@/app/account/applications/[id]/actions";
import { Alert } from "@/components/ui/alert";

/**
 * 收费通知: the applicant says they will pay, or declines (fees.md §3.5: declining closes the
 * application that day as abandoned, so it asks for an explicit confirmation first).
 */
export function FeeResponse({ applicationId, canAccept }: { applicationId: string; canAccept: boolean }) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const [confirmDecline, setConfirmDecline] = useState(false);
  const [pending, setPending] = useState(false);

  async function respond(response: "acceptFee" | "declineFee") {
    setNotice(undefined);
    if (response === "declineFee" && !confirmDecline) {
      setNotice({ kind: "error", text: "请先勾选“我确认不缴纳信息处理费”。不缴费的，申请将终止办理。" });
      return;
    }
    setPending(true);
    try {
      const result = await respondToFeeAction(applicationId, response);
      setNotice({ kind: result.ok ? "success" : "error", text: result.message ?? (result.ok ? "已提交。" : "提交未成功，请稍后重试。") });
      if (result.ok) router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="form" aria-label="答复收费通知">
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      {canAccept ? (
        <div>
          <button type="button" className="button" disabled={pending} onClick={() => respond("acceptFee")}>
            同意缴费
          </button>
        </div>
      ) : null}
      <div className="field">
        <label style={{ display: "flex", gap: 8, alignItems: "center", fontWeight: 400 }}>
          <input type="checkbox" checked={confirmDecline} onChange={(event) => setConfirmDecline(event.target.checked)} />
          我确认不缴纳信息处理费，申请将终止办理
        </label>
      </div>
      <div>
        <button type="button" className="button secondary" disabled={pending} onClick={() => respond("declineFee")}>
          不同意缴费
        </button>
      </div>
    </div>
  );
}

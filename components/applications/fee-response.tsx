"use client";

import { useState } from "react";
import { respondToFeeAction } from "@/app/account/applications/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { useStepSubmit } from "./use-step-submit";

/**
 * 收费通知: the applicant says they will pay, or declines (fees.md §3.5: declining closes the
 * application that day as abandoned, so it asks for an explicit confirmation first).
 */
export function FeeResponse({ applicationId, canAccept }: { applicationId: string; canAccept: boolean }) {
  const [confirmDecline, setConfirmDecline] = useState(false);
  const { notice, setNotice, pending, submit } = useStepSubmit();

  function respond(response: "acceptFee" | "declineFee") {
    if (response === "declineFee" && !confirmDecline) {
      setNotice({ kind: "error", text: "请先勾选“我确认不缴纳信息处理费”。不缴费的，申请将终止办理。" });
      return;
    }
    void submit(() => respondToFeeAction(applicationId, response), { done: "已提交。", failed: "提交未成功，请稍后重试。" });
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
        <label className="confirm-line">
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

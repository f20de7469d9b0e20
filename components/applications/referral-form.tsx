"use client";

import { useState } from "react";
import { referApplicationAction } from "@/app/account/applications/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { useStepSubmit } from "./use-step-submit";

/**
 * 一键转交 (条例第三十六条第五项): the reply named a responsible agency on this platform; with the
 * applicant's explicit consent the same request (applicant details, request items, identity proofs)
 * is filed there. The server parses the same consent schema (case/steps/referral.ts).
 */
export function ReferralForm({ applicationId, agencyName }: { applicationId: string; agencyName: string }) {
  const [consent, setConsent] = useState(false);
  const { notice, setNotice, pending, submit } = useStepSubmit();

  function refer() {
    if (!consent) {
      setNotice({ kind: "error", text: "请先勾选同意，才能把申请转交给负责公开的机关。" });
      return;
    }
    void submit(() => referApplicationAction(applicationId, { consent: true }), { done: "已转交。", failed: "提交未成功，请稍后重试。" });
  }

  return (
    <div className="form" aria-label="转交负责公开的机关">
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <div className="field">
        <label className="confirm-line">
          <input type="checkbox" checked={consent} onChange={(event) => setConsent(event.target.checked)} />
          我同意将本申请的申请人信息、申请内容和身份证明提交给{agencyName}
        </label>
      </div>
      <div>
        <button type="button" className="button" disabled={pending} onClick={refer}>
          一键转交{agencyName}
        </button>
      </div>
    </div>
  );
}

"use client";

import { useEffect, useRef } from "react";
import { letterDateTime } from "@/lib/validation/display-dates";
import { PRIVACY_NOTICE_PATH } from "@/lib/applications/privacy-notice";
import { REPLY_PERIOD_NOTE } from "@/lib/applications/time-limit-notes";

export interface ReceiptFacts {
  caseNumber: string;
  trackingCode: string;
  agencyName: string;
  submittedAt: string;
  emailed: boolean;
}

/**
 * 提交凭证（尚未确认收到） (letters.md): case number, tracking code and what happens next — no receipt
 * date and no due date, because the application is received only when the agency confirms it
 * (条例第三十一条).
 */
export function SubmissionReceipt({ facts, lookupUrl }: { facts: ReceiptFacts; lookupUrl: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submitted = letterDateTime(facts.submittedAt);
  return (
    <section className="panel receipt" aria-labelledby="receipt-heading">
      <h1 id="receipt-heading" ref={heading} tabIndex={-1}>
        提交凭证（尚未确认收到）
      </h1>
      <p>您的政府信息公开申请已在网上提交。请记下或打印本页：查询码只显示这一次。</p>
      <dl>
        <dt>受理机关</dt>
        <dd>{facts.agencyName}</dd>
        <dt>受理编号</dt>
        <dd data-testid="case-number">{facts.caseNumber}</dd>
        <dt>查询码</dt>
        <dd className="tracking-code" data-testid="tracking-code">
          {facts.trackingCode}
        </dd>
        <dt>提交时间</dt>
        <dd>{submitted}</dd>
      </dl>
      <h2>接下来</h2>
      <ol>
        <li>
          行政机关确认收到申请后，将出具《申请接收回执》，写明收到申请之日和答复期限。{REPLY_PERIOD_NOTE}（《中华人民共和国政府信息公开条例》第三十一条、第三十三条）。
        </li>
        <li>
          凭<strong>查询码</strong>和提交时填写的<strong>联系电话</strong>，可在 <span data-testid="lookup-url">{lookupUrl}</span>（依申请公开 › 查询申请）随时查看办理进度，无需登录。请不要把查询码告诉他人。
        </li>
        <li>如果申请内容需要补正，行政机关会一次性告知需要补正的事项。</li>
      </ol>
      {facts.emailed ? <p className="muted">本凭证已同时发送到您填写的电子邮箱。</p> : null}
      <p className="muted">
        您的个人信息仅用于办理本申请，处理规则见 <a href={PRIVACY_NOTICE_PATH}>个人信息处理规则</a>。
      </p>
      <div className="form-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          打印提交凭证
        </button>
        <a className="button secondary" href="/apply/lookup">
          查询申请进度
        </a>
        <a href="/apply">返回依申请公开</a>
      </div>
    </section>
  );
}

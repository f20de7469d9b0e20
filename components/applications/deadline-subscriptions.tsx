"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/auth/action";
import type { NewSubscription } from "@/lib/applications/deadline-feed/subscriptions";
import { Alert } from "@/components/ui/alert";
import { chinaDateTime } from "@/lib/validation/china-date";

export interface SubscriptionItem {
  id: string;
  createdAt: string;
  lastFetchedAt: string | null;
}

/**
 * 期限日历订阅 (issue 16.5), the panel of the applicant's and the staff case page: a secret iCal URL
 * for this application's deadlines, shown once, and the active ones with 撤销; a finished case offers
 * no new URL (its feed lists nothing) and no panel once none is left. Who may subscribe and revoke is
 * decided by the server actions' use cases.
 */
export function DeadlineSubscriptions({
  subscriptions,
  finished,
  subscribe,
  revoke,
}: {
  subscriptions: SubscriptionItem[];
  finished: boolean;
  subscribe: () => Promise<ActionResult<NewSubscription>>;
  revoke: (subscriptionId: string) => Promise<ActionResult>;
}) {
  const router = useRouter();
  const [created, setCreated] = useState<NewSubscription>();
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const [pending, startTransition] = useTransition();

  const run = (work: () => Promise<void>) =>
    startTransition(async () => {
      try {
        await work();
        router.refresh();
      } catch {
        setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
      }
    });

  const onSubscribe = () =>
    run(async () => {
      const result = await subscribe();
      setNotice(result.ok ? undefined : { kind: "error", text: result.message ?? "未能生成订阅链接，请稍后重试。" });
      setCreated(result.ok ? result.data : undefined);
    });

  const onRevoke = (id: string) =>
    run(async () => {
      const result = await revoke(id);
      setNotice({ kind: result.ok ? "success" : "error", text: result.ok ? "订阅链接已撤销，日历将不再更新。" : (result.message ?? "撤销未成功，请稍后重试。") });
      if (result.ok) setCreated(undefined);
    });

  if (finished && subscriptions.length === 0) return null;
  return (
    <section className="panel deadline-subscriptions" aria-labelledby="deadline-feed-heading">
      <h2 id="deadline-feed-heading">期限日历订阅</h2>
      <p className="muted">
        将本申请的答复期限、补正期限、缴费期限等加入手机或电脑日历；延期、补正等使期限变化时，日历会随之更新。订阅链接相当于密码，请勿转发；不再需要时请撤销。
      </p>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      {created ? (
        <Alert kind="success">
          <p>订阅链接已生成（只显示这一次，请现在复制或打开）：</p>
          <p>
            <input className="subscription-url" readOnly value={created.url} aria-label="订阅链接" onFocus={(e) => e.currentTarget.select()} />
          </p>
          <p>
            <a href={created.webcalUrl}>用日历应用订阅</a>
          </p>
        </Alert>
      ) : null}
      {subscriptions.length > 0 ? (
        <ul aria-label="有效的订阅链接">
          {subscriptions.map((s) => (
            <li key={s.id}>
              创建于 {chinaDateTime(new Date(s.createdAt))}，{s.lastFetchedAt ? `最近同步 ${chinaDateTime(new Date(s.lastFetchedAt))}` : "尚未同步"}{" "}
              <button type="button" className="button secondary" disabled={pending} onClick={() => onRevoke(s.id)}>
                撤销
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {!finished ? (
        <button type="button" className="button" disabled={pending} onClick={onSubscribe}>
          生成订阅链接
        </button>
      ) : null}
    </section>
  );
}

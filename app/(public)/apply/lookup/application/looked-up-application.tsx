import Link from "next/link";
import { getDb } from "@/db/client";
import { listApplicantLetters } from "@/lib/applications/applicant-letters";
import { listApplicantDeliveries } from "@/lib/applications/delivery/records";
import { getMyApplication } from "@/lib/applications/my-applications";
import { provenApplicant } from "@/lib/auth/applicant";
import { ApplicationDetail } from "@/components/applications/application-detail";
import { listApplicantSubscriptions } from "@/lib/applications/deadline-feed/subscriptions";
import { subscriptionItems } from "@/components/applications/deadline-subscription-items";
import { Alert } from "@/components/ui/alert";
import { endLookupAction } from "./end-lookup-action";

/**
 * An application the look-up session covers (the short session, an httpOnly cookie): the proven
 * one, or — when `applicationId` is given — one of its sub-applications (一事一申请). Read the
 * letters, answer a correction or a fee notice, withdraw, rate. Anything else: look up again.
 */
export async function LookedUpApplication({ applicationId }: { applicationId?: string }) {
  const proven = await provenApplicant();
  const db = await getDb();
  const id = applicationId ?? proven?.applicationId;
  const application = proven && id ? await getMyApplication(db, proven, id).catch(() => null) : null;
  if (!proven || !application) {
    return (
      <>
        <h1>办理我的申请</h1>
        <Alert kind="info">查询已过期或尚未查询。请重新输入查询码和联系电话。</Alert>
        <p>
          <Link className="button" href="/apply/lookup">
            查询申请
          </Link>
        </p>
      </>
    );
  }
  const letters = await listApplicantLetters(db, proven, application.id);
  const deliveries = await listApplicantDeliveries(db, proven, application.id);
  const subscriptions = subscriptionItems(await listApplicantSubscriptions(db, proven, application.id));
  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/apply">依申请公开</Link> › <Link href="/apply/lookup">查询申请</Link> ›{" "}
        {applicationId ? <Link href="/apply/lookup/application">查询的申请</Link> : null}
        {applicationId ? " › " : null}
        {application.caseNumber}
      </nav>
      <h1>申请详情：{application.caseNumber}</h1>
      <div className="lookup-session-bar">
        <p className="muted">本页面在查询后 30 分钟内有效；关闭浏览器、退出查询或超时后需重新查询。在公共电脑上办理完毕请退出查询。</p>
        <form action={endLookupAction}>
          <button className="button secondary" type="submit">
            退出查询
          </button>
        </form>
      </div>
      <ApplicationDetail
        application={application}
        letters={letters}
        deliveries={deliveries}
        deadlineSubscriptions={subscriptions}
        letterHref={(letterId) => `/apply/lookup/application/letters/${letterId}`}
        subApplicationHref={(subId) => `/apply/lookup/application/${subId}`}
      />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listApplicantLetters } from "@/lib/applications/applicant-letters";
import { listApplicantDeliveries } from "@/lib/applications/delivery/records";
import { getMyApplication } from "@/lib/applications/my-applications";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { ApplicationDetail } from "@/components/applications/application-detail";
import { listApplicantSubscriptions } from "@/lib/applications/deadline-feed/subscriptions";
import { subscriptionItems } from "@/components/applications/deadline-subscription-items";

export const metadata: Metadata = { title: "申请详情" };

export default async function MyApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/account/applications/${id}`;
  const actor = await requireRole(["citizen"], path);
  const application = await loadForPage(async () => getMyApplication(await getDb(), actor, id), path);
  const letters = await listApplicantLetters(await getDb(), actor, id);
  const deliveries = await listApplicantDeliveries(await getDb(), actor, id);
  const subscriptions = subscriptionItems(await listApplicantSubscriptions(await getDb(), actor, id));
  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/account/applications">我的申请</Link> › {application.caseNumber}
      </nav>
      <h1>申请详情：{application.caseNumber}</h1>
      <ApplicationDetail
        application={application}
        letters={letters}
        deliveries={deliveries}
        deadlineSubscriptions={subscriptions}
        letterHref={(letterId) => `${path}/letters/${letterId}`}
        subApplicationHref={(subId) => `/account/applications/${subId}`}
      />
    </>
  );
}

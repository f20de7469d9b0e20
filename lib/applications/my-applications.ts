import { asc, desc, eq, inArray } from "drizzle-orm";
import { agencies, applicationFiles, applications, requestItems, type ApplicationRow } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { STATUS_LABELS, type ApplicationStatus } from "@/lib/workflow/status";
import { isProvenApplicant, type ApplicantAccess } from "./applicant-access";
import { findApplicationById, statusView, type ApplicationStatusView } from "./applicant-view";
import { APPLICANT_TYPE_LABELS, ORG_KIND_LABELS, type ApplicantType, type OrgKind } from "./vocabulary";

export interface MyApplicationSummary {
  id: string;
  caseNumber: string;
  agencyName: string;
  firstItemTitle: string;
  itemCount: number;
  status: ApplicationStatus;
  statusLabel: string;
  submittedAt: string;
  receivedOn: string | null;
  replyDueOn: string | null;
}

/** 我的申请: only the applications filed from this account. */
export async function listMyApplications(db: Queryable, actor: Actor): Promise<MyApplicationSummary[]> {
  assertRole(actor, ["citizen"]);
  const rows = await db
    .select({ application: applications, agencyName: agencies.name })
    .from(applications)
    .innerJoin(agencies, eq(agencies.id, applications.agencyId))
    .where(eq(applications.userId, actor.userId))
    .orderBy(desc(applications.submittedAt));
  const items = rows.length
    ? await db
        .select({ applicationId: requestItems.applicationId, title: requestItems.title })
        .from(requestItems)
        .where(inArray(requestItems.applicationId, rows.map((row) => row.application.id)))
        .orderBy(asc(requestItems.position))
    : [];
  const summaries = rows.map(({ application, agencyName }) => {
    const own = items.filter((item) => item.applicationId === application.id);
    return {
      id: application.id,
      caseNumber: application.caseNumber,
      agencyName,
      firstItemTitle: own[0]?.title ?? "",
      itemCount: own.length,
      status: application.status,
      statusLabel: STATUS_LABELS[application.status],
      submittedAt: application.submittedAt.toISOString(),
      receivedOn: application.receivedOn,
      replyDueOn: application.replyDueOn,
    };
  });
  return summaries;
}

/**
 * The owner's application, or 404 — also for another applicant's id, so ids cannot be probed
 * (staff read applications through the workbench's own use cases). The owner is the account that
 * filed it, or whoever just proved its tracking code and phone (lookup-session.ts).
 */
export async function loadOwnApplication(db: Queryable, who: ApplicantAccess, id: string): Promise<ApplicationRow> {
  if (!isProvenApplicant(who)) assertRole(who, ["citizen"]);
  const application = await findApplicationById(db, id);
  if (!application || !ownsApplication(who, application)) {
    throw new NotFoundError("未找到该申请，或该申请不是通过您的账号提交的。");
  }
  return application;
}

/** Compared explicitly: a missing id on either side is a refusal, never a pass. */
export function ownsApplication(who: ApplicantAccess, application: Pick<ApplicationRow, "id" | "userId">): boolean {
  if (isProvenApplicant(who)) return !!who.applicationId && who.applicationId === application.id;
  return who.role === "citizen" && !!application.userId && application.userId === who.userId;
}

export interface MyApplicationDetail extends ApplicationStatusView {
  id: string;
  applicant: {
    typeLabel: string;
    orgKindLabel: string | null;
    name: string;
    idType: string;
    idNumberMasked: string;
    phone: string;
    email: string | null;
  };
  items: { position: number; title: string; docNumber: string | null; indexNumber: string | null; description: string }[];
  purpose: string | null;
  carrierForms: string[];
  deliveryMethods: string[];
  needsAssistance: boolean;
  identityProofCount: number;
  decision: string | null;
  /** Whether the applicant may still rate (after the reply, once). */
  canRate: boolean;
}

export async function getMyApplication(db: Queryable, who: ApplicantAccess, id: string, now = new Date()): Promise<MyApplicationDetail> {
  const application = await loadOwnApplication(db, who, id);
  const items = await db
    .select()
    .from(requestItems)
    .where(eq(requestItems.applicationId, application.id))
    .orderBy(asc(requestItems.position));
  const view = await statusView(db, application, now);
  const files = await db.select({ id: applicationFiles.id }).from(applicationFiles).where(eq(applicationFiles.applicationId, application.id));
  return {
    ...view,
    id: application.id,
    applicant: {
      typeLabel: APPLICANT_TYPE_LABELS[application.applicantType as ApplicantType],
      orgKindLabel: application.orgKind ? ORG_KIND_LABELS[application.orgKind as OrgKind] : null,
      name: application.applicantName,
      idType: application.idType,
      idNumberMasked: application.idNumberMasked,
      phone: application.phone,
      email: application.email,
    },
    items: items.map((item) => ({
      position: item.position,
      title: item.title,
      docNumber: item.docNumber,
      indexNumber: item.indexNumber,
      description: item.description,
    })),
    purpose: application.purpose,
    carrierForms: application.carrierForms,
    deliveryMethods: application.deliveryMethods,
    needsAssistance: application.needsAssistance,
    identityProofCount: files.length,
    decision: application.decision,
    canRate: application.status === "replied" && !view.events.some((event) => event.type === "rated"),
  };
}

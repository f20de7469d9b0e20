import { asc, desc, eq, inArray } from "drizzle-orm";
import { agencies, applicationFiles, applications, requestItems } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { STATUS_LABELS, type ApplicationStatus } from "@/lib/workflow/status";
import type { LocalDate } from "@/lib/calendar";
import { chinaDate } from "@/lib/validation/china-date";
import { availableActions } from "@/lib/applications/case/engine";
import { applicantWorkflowActor, type ApplicantAccess } from "./applicant-access";
import { loadOwnApplication, ownedApplications } from "./owned-application";
import { loadCase } from "./case/load";
import { responsibleAgencyOnPlatform } from "./case/steps/referral";
import { RELEASED_FILE_KIND, releasedFilesVisible } from "./released-files";
import { listSubApplications, statusView, type ApplicationStatusView, type SubApplicationSummary } from "./applicant-view";
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
    .where(ownedApplications(actor))
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

export interface MyApplicationDetail extends ApplicationStatusView {
  id: string;
  applicant: {
    typeLabel: string;
    orgKindLabel: string | null;
    name: string;
    idType: string;
    idNumberMasked: string;
    /** 工作单位 (a person) or 法定代表人/负责人 and 联系人 (an organisation), as filed. */
    employer: string | null;
    legalRepresentative: string | null;
    contactName: string | null;
    phone: string;
    email: string | null;
    fax: string | null;
    address: string | null;
    postcode: string | null;
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
  /** What the applicant may do now, as lib/workflow allows (workflow.md §6). */
  steps: ApplicantSteps;
  /** The files released with the approved reply (条例第三十六条), downloadable by this applicant only. */
  releasedFiles: { id: string; fileName: string; size: number }[];
  /** What the applicant added to the correction. */
  correctionFiles: { id: string; fileName: string; size: number }[];
  /** 一事一申请: the sub-applications this application was split into, each handled on its own. */
  subApplications: SubApplicationSummary[];
  /** 一键转交 (条例第三十六条第五项): the application this one was forwarded from, and the one it was forwarded to. */
  referral: { from: RelatedApplication | null; to: RelatedApplication | null };
}

/** Another application of the same applicant, at another agency. */
export interface RelatedApplication {
  id: string;
  caseNumber: string;
  agencyName: string;
}

export interface ApplicantSteps {
  /** 补正: the deadline, and whether an answer already waits for the agency's confirmation. */
  correction: { deadlineOn: LocalDate; answeredOn: LocalDate | null; points: string[] } | null;
  /** 收费通知: the amount, the payment deadline, and whether the applicant already said they will pay. */
  fee: { amountYuan: number; payBy: LocalDate | null; accepted: boolean; canAccept: boolean } | null;
  withdraw: boolean;
  /** 一键转交: the responsible agency on the platform the reply named, when the applicant may forward the request to it. */
  referral: { agencyName: string } | null;
}

export async function getMyApplication(db: Queryable, who: ApplicantAccess, id: string, now = new Date()): Promise<MyApplicationDetail> {
  const application = await loadOwnApplication(db, who, id);
  const items = await db
    .select()
    .from(requestItems)
    .where(eq(requestItems.applicationId, application.id))
    .orderBy(asc(requestItems.position));
  const view = await statusView(db, application, now);
  const files = await db
    .select({ id: applicationFiles.id, kind: applicationFiles.kind, fileName: applicationFiles.fileName, size: applicationFiles.size })
    .from(applicationFiles)
    .where(eq(applicationFiles.applicationId, application.id))
    .orderBy(asc(applicationFiles.uploadedAt));
  const filesOf = (kind: string) => files.filter((f) => f.kind === kind).map(({ id, fileName, size }) => ({ id, fileName, size }));
  return {
    ...view,
    id: application.id,
    applicant: {
      typeLabel: APPLICANT_TYPE_LABELS[application.applicantType as ApplicantType],
      orgKindLabel: application.orgKind ? ORG_KIND_LABELS[application.orgKind as OrgKind] : null,
      name: application.applicantName,
      idType: application.idType,
      idNumberMasked: application.idNumberMasked,
      employer: application.employer,
      legalRepresentative: application.legalRepresentative,
      contactName: application.contactName,
      phone: application.phone,
      email: application.email,
      fax: application.fax,
      address: application.address,
      postcode: application.postcode,
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
    identityProofCount: filesOf("identity_proof").length,
    decision: application.decision,
    canRate: application.status === "replied" && !view.events.some((event) => event.type === "rated"),
    steps: await applicantSteps(db, who, application.id, now),
    releasedFiles: releasedFilesVisible(application) ? filesOf(RELEASED_FILE_KIND) : [],
    correctionFiles: filesOf("correction"),
    subApplications: await listSubApplications(db, application.id),
    referral: {
      from: application.referredFromId ? await relatedApplication(db, application.referredFromId) : null,
      to: await referredTo(db, application.id),
    },
  };
}

async function relatedApplication(db: Queryable, id: string): Promise<RelatedApplication | null> {
  const [row] = await db
    .select({ id: applications.id, caseNumber: applications.caseNumber, agencyName: agencies.name })
    .from(applications)
    .innerJoin(agencies, eq(agencies.id, applications.agencyId))
    .where(eq(applications.id, id));
  return row ?? null;
}

/** The application filed at the responsible agency from this one (the same applicant owns both, ownership.ts). */
async function referredTo(db: Queryable, id: string): Promise<RelatedApplication | null> {
  const [row] = await db.select({ id: applications.id }).from(applications).where(eq(applications.referredFromId, id)).limit(1);
  return row ? relatedApplication(db, row.id) : null;
}

/** The steps lib/workflow offers this applicant now, with what each form needs to show. */
async function applicantSteps(db: Queryable, who: ApplicantAccess, id: string, now: Date): Promise<ApplicantSteps> {
  const today = chinaDate(now);
  const file = await loadCase(db, id, today);
  if (!file) return { correction: null, fee: null, withdraw: false, referral: null };
  const offered = new Set(availableActions(file.snapshot, applicantWorkflowActor(who), today, file.env).map((a) => a.action));
  const correction = file.snapshot.correction;
  const requested = [...file.events].reverse().find((e) => e.type === "correctionRequested");
  const fee = file.snapshot.feeNotices.find((f) => f.state === "issued");
  return {
    correction:
      offered.has("answerCorrection") && correction
        ? {
            deadlineOn: correction.deadlineOn,
            answeredOn: correction.answeredOn,
            points: requested?.payload.points ?? [],
          }
        : null,
    fee:
      fee && offered.has("declineFee")
        ? {
            amountYuan: fee.amountYuan,
            payBy: file.clock?.pauses.find((p) => p.kind === "feeNotice" && p.id === fee.id)?.deadlineOn ?? null,
            accepted: fee.accepted,
            canAccept: offered.has("acceptFee"),
          }
        : null,
    withdraw: offered.has("withdraw"),
    referral: offered.has("referToResponsibleAgency") ? { agencyName: responsibleAgencyOnPlatform(file.snapshot.draft)?.name ?? "" } : null,
  };
}

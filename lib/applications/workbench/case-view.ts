import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { letterPdfRef, type LetterPdfRef } from "@/lib/letters/signed/pdf-ref";
import { electronicChannels } from "../delivery/channels";
import { deliveryRecordsOf, type DeliveryOverview } from "../delivery/records";
import { agencies, applicationFiles, applications, letters, users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, assertSameAgency, ROLE_LABELS, type Actor } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { LETTER_TITLES, type Letter, type LetterKind } from "@/lib/letters";
import { priceOfItem } from "@/lib/fees";
import { chinaDate } from "@/lib/validation/china-date";
import { DECISIONS, STATUS_LABELS, type ApplicationSnapshot, type ApplicationStatus, type DecisionCode } from "@/lib/workflow";
import { availableActions } from "@/lib/applications/case/engine";
import { defaultCorrectionDeadline } from "@/lib/applications/case/steps/correction";
import { clockViewOf, NOT_RECEIVED_CLOCK, type ClockView } from "../clock-view";
import { eventLabel } from "../events";
import { eventsOfType, type LedgerEvent } from "../case/ledger";
import { APPLICANT_TYPE_LABELS, CHANNEL_LABELS, ORG_KIND_LABELS } from "../vocabulary";
import { isStaffAction, type StaffAction } from "../case/steps";
import { WORKBENCH_ROLES } from "./inbox";
import { itemNumberOf } from "../case/fee-items";
import { loadCase, type CaseFile } from "../case/load";
import { findEarlierRepeats, type EarlierApplication } from "./repeat-applications";

export interface TimelineItem {
  id: string;
  at: string;
  occurredOn: string | null;
  type: string;
  label: string;
  actorName: string | null;
  basis: string | null;
  reason: string | null;
  applicantVisible: boolean;
  /** The note's text, the returned draft's comment … */
  detail: string | null;
}

export interface LetterSummary {
  id: string;
  kind: LetterKind;
  title: string;
  number: string | null;
  issuedOn: string;
  applicantVisible: boolean;
}

export interface StaffCaseView {
  id: string;
  caseNumber: string;
  agencyName: string;
  status: ApplicationStatus;
  statusLabel: string;
  archived: boolean;
  channelLabel: string;
  submittedOn: string;
  receivedOn: string | null;
  /**
   * 按件计收: this application's item number among the applicant's applications to this agency in
   * the month of receivedOn, and its price (《政府信息公开信息处理费管理办法》第四条; fees.md §1).
   * Null before receipt and for a split application (its sub-applications are the items).
   */
  feeItem: { number: number; price: number } | null;
  decisionLabel: string | null;
  applicant: {
    typeLabel: string;
    orgKindLabel: string | null;
    name: string;
    idType: string;
    idNumberMasked: string;
    phone: string;
    email: string | null;
    address: string | null;
    legalRepresentative: string | null;
    contactName: string | null;
  };
  purpose: string | null;
  carrierForms: string[];
  deliveryMethods: string[];
  needsAssistance: boolean;
  items: { position: number; title: string; docNumber: string | null; indexNumber: string | null; description: string }[];
  files: { id: string; kind: string; fileName: string; mime: string; size: number }[];
  clock: ClockView;
  timeline: TimelineItem[];
  notes: TimelineItem[];
  letters: LetterSummary[];
  /** 送达记录 (issue 16.3): the electronic channels, each letter's deliveries, the ledger's 送达 of the reply. */
  delivery: DeliveryOverview & { recordedOn: string | null };
  actions: { action: StaffAction; label: string }[];
  snapshot: Pick<ApplicationSnapshot, "consultations" | "draft" | "extensions">;
  today: string;
  /** The agency's default correction deadline from today (Policy default 15 working days), if computable. */
  correctionDeadline: string | null;
  /** Whom the case may be assigned to: the agency's active clerks and reviewers. */
  assignees: { id: string; label: string }[];
  /** The latest assignment, if any. */
  assignee: string | null;
  /** 一事一申请: the application this one was split from, and the sub-applications split from this one. */
  parent: { id: string; caseNumber: string } | null;
  subApplications: { id: string; caseNumber: string; statusLabel: string }[];
  /**
   * 一键转交 (条例第三十六条第五项): the other agency's application this one was forwarded from, and the
   * one the applicant forwarded this one to (staff of one agency see the other's only by number).
   */
  referral: { from: ReferredApplication | null; to: ReferredApplication | null };
  /** The other agencies on the platform, for a reply that names the responsible one (the draft's choice). */
  platformAgencies: { id: string; name: string; contact: string }[];
  /** 疑似重复申请 (条例第三十六条第（六）项): the earlier application with the same applicant and request text. */
  earlierRepeat: EarlierApplication | null;
  /** The choices the step forms offer (records the steps refer to). */
  choices: {
    requestItems: string[];
    objectingThirdParties: { id: string; label: string }[];
    notifiedThirdParties: { id: string; label: string }[];
    releaseWaits: { id: string; label: string }[];
    feeAmountYuan: number | null;
  };
}


export interface ReferredApplication {
  caseNumber: string;
  agencyName: string;
}

/** Where the request came from and went to (一键转交). */
async function referralOf(db: Queryable, file: CaseFile): Promise<StaffCaseView["referral"]> {
  const [from] = file.row.referredFromId
    ? await db
        .select({ caseNumber: applications.caseNumber, agencyName: agencies.name })
        .from(applications)
        .innerJoin(agencies, eq(agencies.id, applications.agencyId))
        .where(eq(applications.id, file.row.referredFromId))
    : [];
  const to = eventsOfType(file.events, "referredToResponsibleAgency").at(-1)?.payload;
  return { from: from ?? null, to: to?.caseNumber ? { caseNumber: to.caseNumber, agencyName: to.agencyName ?? "" } : null };
}

/** What the step forms choose from: the consultations, notices and waits the ledger has open. */
function choicesOf(file: CaseFile): StaffCaseView["choices"] {
  const { snapshot, events, clock } = file;
  const nameOf = (id: string) => {
    return eventsOfType(events, "consultationSent").find((e) => e.payload.pauseId === id)?.payload.consulteeName ?? "第三方";
  };
  const thirdParties = snapshot.consultations.filter((c) => c.kind === "thirdParty" && c.opinion?.objects);
  return {
    requestItems: file.items.map((i) => i.title),
    objectingThirdParties: thirdParties.filter((c) => !c.thirdPartyNotified).map((c) => ({ id: c.id, label: `${nameOf(c.id)}（${c.opinion!.receivedOn}不同意公开）` })),
    notifiedThirdParties: thirdParties
      .filter((c) => c.thirdPartyNotified && !snapshot.releaseWaits.some((w) => w.consultationId === c.id))
      .map((c) => ({ id: c.id, label: `${nameOf(c.id)}（已发告知书）` })),
    releaseWaits: snapshot.releaseWaits
      .filter((w) => w.endedOn === null)
      .map((w) => {
        const releaseOn = clock?.pauses.find((p) => p.id === w.id)?.deadlineOn ?? "待定";
        return { id: w.id, label: `${nameOf(w.consultationId)}：${w.deliveredOn}送达，公开日期${releaseOn}` };
      }),
    feeAmountYuan: snapshot.feeNotices.find((f) => f.state === "issued")?.amountYuan ?? null,
  };
}

export const ONLINE_OPINION_LABEL = "第三方已在线提交意见";

/** The line the timeline shows under an event's label, from its typed payload. */
function detailOf(event: LedgerEvent): string | null {
  switch (event.type) {
    case "note":
      return event.payload.text ?? null;
    case "draftReturned":
      return event.payload.comment ?? null;
    case "decisionDrafted": {
      const code = event.payload.draft?.decision;
      return code ? `答复类型：${DECISIONS[code]?.label ?? code}` : null;
    }
    case "consultationAnswered":
      return `${event.payload.objects ? "不同意公开" : "同意公开"}。${event.payload.summary ?? ""}`;
    case "consultationSent":
      return event.payload.consulteeName !== undefined ? `被征求意见方：${event.payload.consulteeName}` : null;
    case "extensionProposed":
      return `延长${String(event.payload.workingDays)}个工作日`;
    case "assigned":
      return event.payload.assigneeName !== undefined ? `经办人：${event.payload.assigneeName}` : null;
    case "applicationSplit":
      if (event.payload.subApplications) return `拆分为：${event.payload.subApplications.map((s) => s.caseNumber).join("、")}`;
      return event.payload.parentCaseNumber !== undefined ? `由${event.payload.parentCaseNumber}拆分而来` : null;
    case "laterReplyDateSet":
      return event.payload.replyDueOn !== undefined ? `答复期限：${event.payload.replyDueOn}` : null;
    case "feeReduced":
      return `减少为${String(event.payload.amountYuan)}元（原${String(event.payload.previousAmountYuan)}元）`;
    case "reopenedForNewReply":
      return event.payload.orderReference !== undefined ? `依据：${event.payload.orderReference}` : null;
    case "catalogueDraftCreated":
      return event.payload.indexNumber !== undefined ? `主动公开草稿索引号：${event.payload.indexNumber}` : null;
    default:
      return null;
  }
}

/**
 * 申请详情（工作台）: everything staff need on one page — the applicant with the ID number masked,
 * items, files, the clock with its explanation, the timeline, internal notes, the letters, and only
 * the actions lib/workflow allows this actor now. Own agency only.
 */
export async function getStaffCase(db: Queryable, actor: Actor, id: string, now = new Date()): Promise<StaffCaseView> {
  assertRole(actor, WORKBENCH_ROLES);
  const today = chinaDate(now);
  const file = await loadCase(db, id, today);
  if (!file) throw new NotFoundError("未找到该申请。");
  assertSameAgency(actor, file.row.agencyId);
  const { row } = file;
  const files = await db
    .select({ id: applicationFiles.id, kind: applicationFiles.kind, fileName: applicationFiles.fileName, mime: applicationFiles.mime, size: applicationFiles.size })
    .from(applicationFiles)
    .where(eq(applicationFiles.applicationId, id));
  const issued = await db.select().from(letters).where(eq(letters.applicationId, id)).orderBy(asc(letters.issuedAt));
  const staff = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.agencyId, row.agencyId), eq(users.disabled, false), inArray(users.role, ["clerk", "reviewer"])))
    .orderBy(asc(users.name));
  const lastAssignment = eventsOfType(file.events, "assigned").at(-1);
  // An opinion the consultee filed online (issue 16.4) names the consultee, not the system that recorded it.
  const onlineOpinion = (e: (typeof file.events)[number]) => e.type === "consultationAnswered" && e.payload.online === true;
  const timeline = file.events.map(
    (e): TimelineItem => ({
      id: e.id,
      at: e.at.toISOString(),
      occurredOn: e.occurredOn,
      type: e.type,
      label: onlineOpinion(e) ? ONLINE_OPINION_LABEL : eventLabel(e.type),
      actorName: e.actorKind === "system" && !onlineOpinion(e) ? "系统" : e.actorName,
      basis: e.basis,
      reason: e.reason,
      applicantVisible: e.applicantVisible,
      detail: detailOf(e),
    }),
  );
  const [parent] = row.parentId ? await db.select({ id: applications.id, caseNumber: applications.caseNumber }).from(applications).where(eq(applications.id, row.parentId)) : [];
  const subs = await db
    .select({ id: applications.id, caseNumber: applications.caseNumber, status: applications.status })
    .from(applications)
    .where(eq(applications.parentId, id))
    .orderBy(asc(applications.createdAt), asc(applications.caseNumber));
  const earlierRepeat = (await findEarlierRepeats(db, row.agencyId, [row.id])).get(row.id) ?? null;
  const otherAgencies = await db
    .select({ id: agencies.id, name: agencies.name, office: agencies.disclosureOffice })
    .from(agencies)
    .where(ne(agencies.id, row.agencyId))
    .orderBy(asc(agencies.name));
  const feeItemNumber = row.receivedOn && subs.length === 0 ? await itemNumberOf(db, file) : null;
  const actions = availableActions(file.snapshot, actor, today, file.env)
    .filter((a): a is typeof a & { action: StaffAction } => isStaffAction(a.action))
    .map((a) => ({ action: a.action, label: a.label }));
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    agencyName: file.agency.name,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    archived: row.archived,
    channelLabel: CHANNEL_LABELS[row.channel],
    submittedOn: chinaDate(row.submittedAt),
    receivedOn: row.receivedOn,
    feeItem: feeItemNumber ? { number: feeItemNumber, price: priceOfItem(feeItemNumber) } : null,
    decisionLabel: row.decision ? (DECISIONS[row.decision as DecisionCode]?.label ?? row.decision) : null,
    applicant: {
      typeLabel: APPLICANT_TYPE_LABELS[row.applicantType],
      orgKindLabel: row.orgKind ? ORG_KIND_LABELS[row.orgKind] : null,
      name: row.applicantName,
      idType: row.idType,
      idNumberMasked: row.idNumberMasked,
      phone: row.phone,
      email: row.email,
      address: row.address,
      legalRepresentative: row.legalRepresentative,
      contactName: row.contactName,
    },
    purpose: row.purpose,
    carrierForms: row.carrierForms,
    deliveryMethods: row.deliveryMethods,
    needsAssistance: row.needsAssistance,
    items: file.items.map((i) => ({ position: i.position, title: i.title, docNumber: i.docNumber, indexNumber: i.indexNumber, description: i.description })),
    files,
    clock: file.clock ? clockViewOf(file.clock, row.status === "replied" || row.status === "closed") : NOT_RECEIVED_CLOCK,
    timeline: timeline.filter((t) => t.type !== "note"),
    notes: timeline.filter((t) => t.type === "note"),
    letters: issued.map((l) => ({
      id: l.id,
      kind: l.kind as LetterKind,
      title: LETTER_TITLES[l.kind as LetterKind] ?? l.kind,
      number: l.number,
      issuedOn: l.issuedOn,
      applicantVisible: l.applicantVisible,
    })),
    delivery: { channels: electronicChannels(row), records: await deliveryRecordsOf(db, id), recordedOn: file.snapshot.deliveredOn },
    actions,
    snapshot: { consultations: file.snapshot.consultations, draft: file.snapshot.draft, extensions: file.snapshot.extensions },
    today,
    assignees: staff.map((u) => ({ id: u.id, label: `${u.name}（${ROLE_LABELS[u.role]}）` })),
    assignee: lastAssignment?.payload.assigneeName ?? null,
    correctionDeadline: defaultCorrectionDeadline(file.calendar, today, file.policy.correctionDeadlineWorkingDays),
    parent: parent ?? null,
    earlierRepeat,
    referral: await referralOf(db, file),
    platformAgencies: otherAgencies.map((a) => ({
      id: a.id,
      name: a.name,
      contact: [a.office.name, a.office.phone && `电话${a.office.phone}`, a.office.address && `地址${a.office.address}`].filter(Boolean).join("，"),
    })),
    subApplications: subs.map((s) => ({ id: s.id, caseNumber: s.caseNumber, statusLabel: STATUS_LABELS[s.status] })),
    choices: choicesOf(file),
  };
}

/** Roles whose work needs the full identity number (lib/applications/reveal-identity.ts decides and audits). */
export const REVEAL_ROLES = ["clerk", "reviewer"] as const;

/** A letter as staff of the issuing agency see it. */
export async function getStaffLetter(db: Queryable, actor: Actor, applicationId: string, letterId: string): Promise<{ letter: Letter; caseNumber: string; number: string | null; pdf: LetterPdfRef | null }> {
  assertRole(actor, WORKBENCH_ROLES);
  const file = await loadCase(db, applicationId, chinaDate(new Date()));
  if (!file) throw new NotFoundError("未找到该申请。");
  assertSameAgency(actor, file.row.agencyId);
  const [row] = /^[0-9a-f-]{36}$/i.test(letterId)
    ? await db.select().from(letters).where(and(eq(letters.id, letterId), eq(letters.applicationId, applicationId)))
    : [];
  if (!row) throw new NotFoundError("未找到该文书。");
  return { letter: row.content, caseNumber: file.row.caseNumber, number: row.number, pdf: letterPdfRef(row) };
}

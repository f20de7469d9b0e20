import { and, asc, eq, ne } from "drizzle-orm";
import { agencies, applicationEvents, applicationFiles, applications, requestItems } from "@/db/schema";
import type { Tx } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { enqueueMail } from "@/lib/mail/outbox";
import { isUuid } from "@/lib/validation/uuid";
import { formatCaseNumber, nextCaseSerial } from "../case-number";
import { LOOKUP_PATH } from "../lookup-path";
import { refreshApplicationSearch } from "../search-tokens";
import { generateTrackingCode, hashTrackingCode } from "../tracking-code";
import { publicUrl } from "@/lib/config";
import { ledgerEvent } from "./ledger";
import type { CaseFile } from "./case-file";

/** Another agency hosted on this platform. */
export async function platformAgency(tx: Tx, agencyId: string, besides: string): Promise<{ id: string; name: string } | null> {
  if (!isUuid(agencyId)) return null;
  const [agency] = await tx
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(and(eq(agencies.id, agencyId), ne(agencies.id, besides)));
  return agency ?? null;
}

/**
 * 一键转交 (条例第三十六条第五项): the agency answered that another agency on the platform is
 * responsible; with the applicant's consent the same applicant and request items become a new
 * online application there — its own case number, `submitted` until that agency confirms receipt
 * (条例第三十一条: the period runs from its own receivedOn), linked back by `referredFromId`. Nothing
 * is re-typed: the applicant's columns (the ID number still encrypted), the items and the identity
 * proofs (the same stored files, which are never changed) are copied. The applicant follows it with
 * the first application's tracking code or account (ownership.ts); its own code is never shown.
 */
export async function fileReferral(tx: Tx, file: CaseFile, agencyId: string, now: Date, today: string) {
  const agency = await platformAgency(tx, agencyId, file.row.agencyId);
  if (!agency) throw new Error("The responsible agency is not on the platform");
  const [target] = await tx.select().from(agencies).where(eq(agencies.id, agency.id));
  const year = Number(today.slice(0, 4));
  const caseNumber = formatCaseNumber(readAgencyPolicy(target!.policy).caseNumberPrefix, year, await nextCaseSerial(tx, agency.id, year));
  const {
    id: fromId,
    caseNumber: fromCaseNumber,
    agencyId: _agency,
    trackingCodeHash: _code,
    parentId: _parent,
    status: _status,
    archived: _archived,
    channel: _channel,
    receivedOn: _received,
    clockStartOn: _start,
    replyDueOn: _due,
    provisionalReplyDueOn: _provisional,
    decision: _decision,
    finishedOn: _finished,
    reportRow: _row,
    assigneeId: _assignee,
    searchTokens: _tokens,
    searchText: _text,
    version: _version,
    submittedAt: _submitted,
    createdAt: _created,
    updatedAt: _updated,
    referredFromId: _referred,
    ...applicant
  } = file.row;
  const [row] = await tx
    .insert(applications)
    .values({
      ...applicant,
      agencyId: agency.id,
      caseNumber,
      trackingCodeHash: hashTrackingCode(generateTrackingCode()),
      // Filed by the applicant through the portal.
      channel: "online",
      status: "submitted",
      referredFromId: fromId,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: applications.id });
  const id = row!.id;
  const items = await tx.select().from(requestItems).where(eq(requestItems.applicationId, fromId)).orderBy(asc(requestItems.position));
  if (items.length > 0) {
    await tx.insert(requestItems).values(items.map(({ id: _id, applicationId: _from, ...item }) => ({ ...item, applicationId: id })));
  }
  await refreshApplicationSearch(tx, id);
  const proofs = await tx.select().from(applicationFiles).where(and(eq(applicationFiles.applicationId, fromId), eq(applicationFiles.kind, "identity_proof")));
  if (proofs.length > 0) {
    await tx.insert(applicationFiles).values(proofs.map(({ id: _id, applicationId: _from, ...proof }) => ({ ...proof, applicationId: id })));
  }
  await tx.insert(applicationEvents).values({
    applicationId: id,
    at: now,
    occurredOn: today,
    actorKind: "applicant",
    actorId: file.row.userId,
    actorName: file.row.applicantName,
    basis: "条例第二十九条",
    after: { status: "submitted", channel: "online" },
    applicantVisible: true,
    ...ledgerEvent("submitted", {
      itemCount: items.length,
      identityProofs: proofs.length,
      viaApi: false,
      referredFromCaseNumber: fromCaseNumber,
      referredFromAgency: file.agency.name,
    }),
  });
  if (file.row.email) {
    await enqueueMail(tx, {
      kind: "referral_filed",
      applicationId: id,
      to: file.row.email,
      subject: `申请已转交${agency.name}：${caseNumber}`,
      text: [
        `${file.row.applicantName}：`,
        `根据您的同意，您向${file.agency.name}提出的政府信息公开申请（${fromCaseNumber}）已转交负责公开该信息的${agency.name}，新的申请编号为 ${caseNumber}。`,
        `${agency.name}自确认收到申请之日起依法答复（《政府信息公开条例》第三十一条、第三十三条）。您可以登录本平台，或凭原申请的查询码和手机号在 ${publicUrl(LOOKUP_PATH)} 查询办理进度。`,
      ].join("\n"),
    });
  }
  return { id, caseNumber, agencyName: agency.name };
}

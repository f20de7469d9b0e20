import { applications, requestItems } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { encryptPii, hashIdentity, maskIdNumber, type PiiKeys } from "@/lib/crypto/pii";
import { normalizePhone } from "./phone";
import type { ApplicationInput } from "./schema";
import { hashTrackingCode } from "./tracking-code";
import { CREDIT_CODE_ID_TYPE } from "./vocabulary";
import { applicationSearchColumns } from "./search-tokens";

/** The applicant's columns: identity number encrypted, keyed hash for "same applicant", masked copy. */
function applicantColumns(input: ApplicationInput, keys: PiiKeys) {
  const a = input.applicant;
  const contact = { email: a.email ?? null, fax: a.fax ?? null, address: a.address ?? null, postcode: a.postcode ?? null };
  if (input.applicantType === "person") {
    const p = input.applicant;
    return {
      applicantType: "person" as const,
      orgKind: null,
      applicantName: p.name,
      idType: p.idType,
      idNumberEncrypted: encryptPii(keys, p.idNumber),
      idNumberHash: hashIdentity(keys, p.idNumber),
      idNumberMasked: maskIdNumber(p.idNumber),
      employer: p.employer ?? null,
      legalRepresentative: null,
      contactName: null,
      phone: p.phone,
      phoneNormalized: normalizePhone(p.phone),
      ...contact,
    };
  }
  const o = input.applicant;
  return {
    applicantType: "organization" as const,
    orgKind: o.orgKind,
    applicantName: o.name,
    idType: CREDIT_CODE_ID_TYPE,
    idNumberEncrypted: encryptPii(keys, o.creditCode),
    idNumberHash: hashIdentity(keys, o.creditCode),
    idNumberMasked: maskIdNumber(o.creditCode),
    employer: null,
    legalRepresentative: o.legalRepresentative,
    contactName: o.contactName,
    // application-form.md: for an organisation, contactPhone is the phone used for lookup.
    phone: o.contactPhone,
    phoneNormalized: normalizePhone(o.contactPhone),
    ...contact,
  };
}

export interface NewApplicationRecord {
  agencyId: string;
  caseNumber: string;
  trackingCode: string;
  channel: (typeof applications.$inferInsert)["channel"];
  form: ApplicationInput;
  keys: PiiKeys;
  userId: string | null;
  /** Staff recorded that the identity document was shown in person (no upload needed, 条例第二十九条). */
  identityShownInPerson?: boolean;
  now: Date;
}

/**
 * Write a new application and its request items (一事一申请: one row per item) inside the caller's
 * transaction; online submission and staff registration of offline channels share it. Returns the id.
 */
export async function insertApplication(tx: Queryable, record: NewApplicationRecord): Promise<string> {
  const { form, now } = record;
  const [row] = await tx
    .insert(applications)
    .values({
      agencyId: record.agencyId,
      caseNumber: record.caseNumber,
      trackingCodeHash: hashTrackingCode(record.trackingCode),
      status: "submitted",
      channel: record.channel,
      ...applicantColumns(form, record.keys),
      purpose: form.purpose ?? null,
      carrierForms: form.carrierForms,
      deliveryMethods: form.deliveryMethods,
      needsAssistance: form.needsAssistance,
      identityShownInPerson: record.identityShownInPerson ?? false,
      ...applicationSearchColumns(form.applicant.name, form.items),
      submittedAt: now,
      userId: record.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: applications.id });
  const applicationId = row!.id;
  await tx.insert(requestItems).values(
    form.items.map((item, index) => ({
      applicationId,
      position: index + 1,
      title: item.title,
      docNumber: item.docNumber ?? null,
      indexNumber: item.indexNumber ?? null,
      description: item.description,
    })),
  );
  return applicationId;
}

import { agencies } from "@/db/schema";
import type { Db } from "@/db/types";
import { eq } from "drizzle-orm";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { ValidationError } from "@/lib/errors";
import { chinaDate } from "@/lib/validation/china-date";
import { fieldErrors } from "@/lib/validation/zod";
import { formatCaseNumber, nextCaseSerial } from "../case-number";
import { loadPiiKeys } from "../pii-keys";
import { applicationSchema } from "../schema";
import { insertApplication } from "../insert-application";
import { generateTrackingCode } from "../tracking-code";
import { performActionInTransaction, type ActionOutcome } from "./perform-action";
import { offlineRegistrationSchema } from "./registration-schema";

export interface OfflineRegistration extends ActionOutcome {
  caseNumber: string;
  /** Shown once, to hand to the applicant with the receipt; only its hash is stored. */
  trackingCode: string;
}

/**
 * 登记线下申请 (条例第二十九、三十一条): a clerk registers an application that came in person, by
 * letter, by fax, by e-mail or orally, with the same form schema as the online form (application-form.md),
 * and receives it in the same transaction: the case number, the application and the receipt with
 * its 申请接收回执 commit together. The receipt date follows the channel's rule.
 */
export async function registerOfflineApplication(db: Db, actor: Actor, input: unknown, now = new Date()): Promise<OfflineRegistration> {
  assertRole(actor, ["clerk"]);
  const outer = offlineRegistrationSchema.safeParse(input);
  const [agency] = actor.agencyId ? await db.select().from(agencies).where(eq(agencies.id, actor.agencyId)) : [];
  // The agency is always the clerk's own: whatever the form says is replaced.
  const inner = applicationSchema.safeParse({ ...((outer.success ? outer.data.application : {}) as object), agency: agency?.code ?? "" });
  if (!outer.success || !inner.success) {
    throw new ValidationError([
      ...(outer.success ? [] : fieldErrors(outer.error)),
      ...(inner.success ? [] : fieldErrors(inner.error).map((e) => ({ ...e, path: `application.${e.path}` }))),
    ]);
  }
  const { channel, receivedOn, identityShownInPerson } = outer.data;
  if (receivedOn > chinaDate(now)) throw new ValidationError([{ path: "receivedOn", message: `收到申请之日不能晚于今天（${chinaDate(now)}）。` }]);
  const form = inner.data;
  const keys = await loadPiiKeys(db);

  return db.transaction(async (tx) => {
    const year = Number(receivedOn.slice(0, 4));
    const caseNumber = formatCaseNumber(readAgencyPolicy(agency!.policy).caseNumberPrefix, year, await nextCaseSerial(tx, agency!.id, year));
    const trackingCode = generateTrackingCode();
    const applicationId = await insertApplication(tx, {
      agencyId: agency!.id,
      caseNumber,
      trackingCode,
      // E-mail is recorded as the online channel: received on the agency's confirmation (today).
      channel: channel === "email" ? "online" : channel,
      form,
      keys,
      userId: null,
      identityShownInPerson,
      now,
    });
    // The ledger starts with the receipt itself (recorded by the registering clerk, 条例第三十一条).
    const outcome = await performActionInTransaction(tx, actor, applicationId, "confirmReceipt", { receivedOn }, now);
    return { ...outcome, caseNumber, trackingCode };
  });
}

import { agencies } from "@/db/schema";
import type { Db } from "@/db/types";
import { eq } from "drizzle-orm";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { ValidationError } from "@/lib/errors";
import { chinaDate } from "@/lib/validation/china-date";
import { fieldErrors, z } from "@/lib/validation/zod";
import { formatCaseNumber, nextCaseSerial } from "../case-number";
import { loadPiiKeys } from "../pii-keys";
import { applicationSchema } from "../schema";
import { insertApplication } from "../insert-application";
import { generateTrackingCode } from "../tracking-code";
import { performActionInTransaction, type ActionOutcome } from "./perform-action";

/** workflow.md §2: every channel but the online form, each with its own receipt-date rule (条例第三十一条). */
export const OFFLINE_CHANNELS = ["in_person", "registered_mail", "ordinary_mail", "fax", "oral"] as const;

export const RECEIVED_ON_HINTS: Record<(typeof OFFLINE_CHANNELS)[number], string> = {
  in_person: "当面提交的，为提交之日。",
  registered_mail: "挂号信或快递，为本机关签收之日。",
  ordinary_mail: "平信，为本机关与申请人确认之日（信件到达当日即应联系确认）。",
  fax: "传真，为双方确认之日。",
  oral: "口头提出、由工作人员代填的，为申请人确认所填内容之日。",
};

/** The application form's own fields plus how and when it arrived. */
export const offlineRegistrationSchema = z.object({
  channel: z.enum(OFFLINE_CHANNELS, "请选择申请方式（当面、信函、传真或口头）。"),
  receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "请填写有效的收到申请之日（YYYY-MM-DD）。"),
  /** 条例第二十九条: the identity proof was checked in person instead of uploaded. */
  identityShownInPerson: z.boolean().default(false),
  application: z.unknown(),
});

export interface OfflineRegistration extends ActionOutcome {
  caseNumber: string;
  /** Shown once, to hand to the applicant with the receipt; only its hash is stored. */
  trackingCode: string;
}

/**
 * 登记线下申请 (条例第二十九、三十一条): a clerk registers an application that came in person, by
 * letter, by fax or orally, with the same form schema as the online form (application-form.md),
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
      channel,
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

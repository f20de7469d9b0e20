import { eq } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordPiiReveal } from "@/lib/audit/pii";
import { assertRole, assertSameAgency, type Actor } from "@/lib/auth/roles";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { decryptPii } from "@/lib/crypto/pii";
import { multiLineText } from "@/lib/validation/text";
import { loadPiiKeys } from "./pii-keys";

/** The stated reason for a reveal; it is written to the audit log. */
const revealReasonSchema = multiLineText({ error: "请填写查看完整证件号码的事由。" })
  .trim()
  .min(1, "请填写查看完整证件号码的事由。")
  .max(500, "事由不能超过 500 个字。");

/**
 * Staff of the handling agency see the full ID number / credit code only on request, with a reason,
 * and every reveal is audited in the same transaction (architecture.md "Personal data").
 */
export async function revealApplicantIdNumber(
  db: Db,
  actor: Actor,
  applicationId: string,
  { reason, ip }: { reason: string; ip?: string | null },
): Promise<{ idType: string; idNumber: string }> {
  assertRole(actor, ["clerk", "reviewer"]);
  const checkedReason = revealReasonSchema.safeParse(reason);
  if (!checkedReason.success) throw new ValidationError([{ path: "reason", message: checkedReason.error.issues[0]!.message }]);
  const keys = await loadPiiKeys(db);
  return db.transaction(async (tx) => {
    const [row] = /^[0-9a-f-]{36}$/i.test(applicationId)
      ? await tx
          .select({ agencyId: applications.agencyId, idType: applications.idType, encrypted: applications.idNumberEncrypted })
          .from(applications)
          .where(eq(applications.id, applicationId))
      : [];
    if (!row) throw new NotFoundError();
    assertSameAgency(actor, row.agencyId);
    await recordPiiReveal(tx, actor, { targetType: "application", targetId: applicationId, field: "idNumber", reason: checkedReason.data, ip });
    return { idType: row.idType, idNumber: decryptPii(keys, row.encrypted) };
  });
}

import { eq } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordPiiReveal } from "@/lib/audit/pii";
import { assertRole, assertSameAgency, type Actor } from "@/lib/auth/roles";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { decryptPii } from "@/lib/crypto/pii";
import { loadPiiKeys } from "./pii-keys";

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
  if (!reason.trim()) throw new ValidationError([{ path: "reason", message: "请填写查看完整证件号码的事由。" }]);
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
    await recordPiiReveal(tx, actor, { targetType: "application", targetId: applicationId, field: "idNumber", reason: reason.trim(), ip });
    return { idType: row.idType, idNumber: decryptPii(keys, row.encrypted) };
  });
}

import type { Queryable } from "@/db/types";
import { piiKeysFromHex, type PiiKeys } from "@/lib/crypto/pii";
import { getSecret } from "@/lib/secrets";

/** The keys for applicants' identity numbers (PII_ENCRYPTION_KEY, or the generated demo key). */
export async function loadPiiKeys(db: Queryable): Promise<PiiKeys> {
  return piiKeysFromHex(await getSecret(db, "PII_ENCRYPTION_KEY"));
}

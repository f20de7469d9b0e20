import { eq } from "drizzle-orm";
import { agencies } from "@/db/schema";
import type { Db } from "@/db/types";

/** Case-number prefixes of the demo agencies (BLT-2026-00001 …); an admin setting keeps its value. */
const DEMO_CASE_NUMBER_PREFIXES: Record<string, string> = {
  "11120112MB1957322H": "BLT",
  "11120112000069010W": "JNQ",
};

export async function seedApplicationSettings(db: Db): Promise<void> {
  for (const [code, prefix] of Object.entries(DEMO_CASE_NUMBER_PREFIXES)) {
    const [agency] = await db.select({ id: agencies.id, policy: agencies.policy }).from(agencies).where(eq(agencies.code, code));
    if (!agency || agency.policy.caseNumberPrefix) continue;
    await db.update(agencies).set({ policy: { ...agency.policy, caseNumberPrefix: prefix } }).where(eq(agencies.id, agency.id));
  }
}

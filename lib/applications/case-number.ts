import { sql } from "drizzle-orm";
import { caseNumberCounters } from "@/db/schema";
import type { Queryable } from "@/db/types";

/** 受理编号: `{prefix}-{year}-{serial:5}`, e.g. BLT-2026-00001; sub-applications add `-n` (workflow.md §5). */
export function formatCaseNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}-${year}-${String(serial).padStart(5, "0")}`;
}

/**
 * The next serial of an agency's year. Must run inside the submitting transaction: the upsert
 * locks the counter row until commit, so concurrent submissions queue and a rollback returns the
 * number — the series stays gap-free.
 */
export async function nextCaseSerial(tx: Queryable, agencyId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ agencyId, year, lastSerial: 1 })
    .onConflictDoUpdate({
      target: [caseNumberCounters.agencyId, caseNumberCounters.year],
      set: { lastSerial: sql`${caseNumberCounters.lastSerial} + 1` },
    })
    .returning({ serial: caseNumberCounters.lastSerial });
  return row!.serial;
}

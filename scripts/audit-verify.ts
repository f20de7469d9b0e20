import { listAgencies } from "@/db/queries/agencies";
import { verifyAuditChain, type ChainVerification } from "@/lib/audit";
import { withCliDatabase } from "./cli-database";

/**
 * Verify every audit-log chain: each agency's and the platform chain (citizen accounts, failed
 * logins of unknown accounts), which no agency admin sees. Exit code 1 when any chain is broken.
 */
function describe(result: ChainVerification): string {
  return result.ok
    ? `完整 / intact (${result.checked})`
    : `已被篡改 / BROKEN at entry ${result.brokenEntryId} (${result.reason}; ${result.checked} intact before it)`;
}

void withCliDatabase(async ({ db }) => {
  const chains: { label: string; agencyId: string | null }[] = [
    ...(await listAgencies(db)).map((agency) => ({ label: `${agency.shortName} ${agency.code}`, agencyId: agency.id })),
    { label: "平台（无所属机关）/ platform", agencyId: null },
  ];
  let broken = 0;
  for (const chain of chains) {
    const result = await verifyAuditChain(db, { agencyId: chain.agencyId });
    if (!result.ok) broken++;
    console.log(`${chain.label}: ${describe(result)}`);
  }
  if (broken) process.exitCode = 1;
});

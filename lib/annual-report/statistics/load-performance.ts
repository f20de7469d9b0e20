import type { Db } from "@/db/types";
import { feesOfYear } from "@/db/queries/annual-report";
import { findAgency, listAgencies } from "@/db/queries/agencies";
import { performanceCasesOfYear } from "@/db/queries/performance";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import type { OutcomeRow } from "@/lib/annual-report/rules/rows";
import type { FeeTotals } from "@/lib/annual-report/rules/types";
import { clockEventsFromLedger, typedLedger } from "@/lib/applications/clock-events";
import { clockPolicyOf } from "@/lib/applications/clock-view";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";
import type { ClockPolicy } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";
import { computePerformance, PERFORMANCE_METHOD, type Performance, type PerformanceCase } from "./performance";
import type { PerformanceQuery } from "./performance-query";

/** Whose figures: one agency, or every agency of the platform (全区). */
export type PerformanceScope = { kind: "district"; name: string } | { kind: "agency"; code: string; name: string; shortName: string };

export interface PublicPerformance extends Performance {
  scope: PerformanceScope;
  /** How the figures are computed, in Chinese (performance.ts PERFORMANCE_METHOD). */
  method: readonly string[];
}

export const DISTRICT_NAME = "全区（本平台全部机关）";

/**
 * The public performance figures (issue 15 item 4) of an agency or of the district for a year:
 * public by law (条例第四十九条、第五十条 ask for the same figures in the annual report) and
 * aggregates only — no applicant, no case is identifiable — so anyone may read them; an unknown
 * agency is a 404. Every reply is judged against its own ledger by lib/clock (performance.ts).
 */
export async function loadPerformance(db: Db, query: PerformanceQuery): Promise<PublicPerformance> {
  const agency = query.agency === null ? null : await findAgency(db, query.agency);
  if (query.agency !== null && !agency) throw new NotFoundError(`未找到机关“${query.agency}”。请使用统一社会信用代码或机关简称。`);
  const agencies = agency ? [agency] : await listAgencies(db);
  const [{ cases, ledgers }, calendar, fees] = await Promise.all([
    performanceCasesOfYear(db, agency?.id ?? null, query.year),
    getWorkingCalendar(db),
    Promise.all(agencies.map((a) => feesOfYear(db, a.id, query.year))),
  ]);

  const policies = new Map<string, ClockPolicy>(agencies.map((a) => [a.id, clockPolicyOf(readAgencyPolicy(a.policy))]));
  const ledgerOf = new Map<string, typeof ledgers>();
  for (const row of ledgers) ledgerOf.set(row.applicationId, [...(ledgerOf.get(row.applicationId) ?? []), row]);
  const input: PerformanceCase[] = cases.map((c) => ({
    receivedOn: c.receivedOn,
    finishedOn: c.finishedOn,
    status: c.status,
    reportRow: c.reportRow as OutcomeRow | null,
    clockEvents: clockEventsFromLedger(typedLedger(ledgerOf.get(c.id) ?? [])),
    policy: policies.get(c.agencyId)!,
  }));
  const totalFees = fees.reduce<FeeTotals>(
    (sum, f) => ({ noticesIssued: sum.noticesIssued + f.noticesIssued, noticesAmount: sum.noticesAmount + f.noticesAmount, collected: sum.collected + f.collected }),
    { noticesIssued: 0, noticesAmount: 0, collected: 0 },
  );
  const performance = computePerformance({ year: query.year, cases: input, fees: totalFees }, calendar);
  const scope: PerformanceScope = agency
    ? { kind: "agency", code: agency.code, name: agency.name, shortName: agency.shortName }
    : { kind: "district", name: DISTRICT_NAME };
  return { scope, ...performance, method: PERFORMANCE_METHOD };
}

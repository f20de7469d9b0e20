import { describe, expect, it } from "vitest";
import { computeReport } from "./compute";
import { checkCarryOver, checkInvariants } from "./invariants";
import { APPLICANT_COLUMN_KEYS, OUTCOME_ROW_KEYS, TABLE3_KEYS, type ApplicantColumn } from "./rows";
import { tallyApplications, type DatedApplication } from "./tally";
import { emptyInput } from "./test-support";

/** mulberry32: a small seeded PRNG, so a failing iteration can be replayed from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A random register around `year`: received from two years before to a little after it, finished
 * before, in or after the year or never, with random decisions and applicant columns, and some
 * applications split into sub-applications that share receivedOn and applicant.
 */
function randomRegister(random: () => number, year: number): DatedApplication[] {
  const register: DatedApplication[] = [];
  const size = Math.floor(random() * 80);
  for (let i = 0; i < size; i += 1) {
    const receivedOn = addDays(`${year - 2}-01-01`, Math.floor(random() * 365 * 3 + 20));
    const column: ApplicantColumn = pick(random, APPLICANT_COLUMN_KEYS);
    const parts = random() < 0.15 ? 2 + Math.floor(random() * 3) : 1;
    for (let part = 0; part < parts; part += 1) {
      const open = random() < 0.2;
      register.push({
        column,
        receivedOn,
        finishedOn: open ? null : addDays(receivedOn, Math.floor(random() * 400)),
        row: open ? null : pick(random, OUTCOME_ROW_KEYS),
      });
    }
  }
  return register;
}

const ITERATIONS = 400;

describe("property: randomised years always satisfy the invariants (seeded)", () => {
  it(`holds for ${ITERATIONS} random registers, and each year's 四 is the next year's 二`, () => {
    const rowsSeen = new Set<string>();
    for (let seed = 1; seed <= ITERATIONS; seed += 1) {
      const random = prng(seed);
      const year = 2021 + Math.floor(random() * 10);
      const register = randomRegister(random, year);
      const report = computeReport(emptyInput({ year, applications: tallyApplications(register, year) }));
      const next = computeReport(emptyInput({ year: year + 1, applications: tallyApplications(register, year + 1) }));

      expect({ seed, violations: report.violations }).toEqual({ seed, violations: [] });
      expect({ seed, violations: next.violations }).toEqual({ seed, violations: [] });
      expect({ seed, carryOver: checkCarryOver(report, next) }).toEqual({ seed, carryOver: [] });

      // The totals agree with a direct count of the register.
      const first = `${year}-01-01`;
      const last = `${year}-12-31`;
      const received = register.filter((a) => a.receivedOn >= first && a.receivedOn <= last).length;
      const finished = register.filter((a) => a.finishedOn !== null && a.finishedOn >= first && a.finishedOn <= last).length;
      const open = register.filter((a) => a.receivedOn <= last && (a.finishedOn === null || a.finishedOn > last)).length;
      expect({ seed, cells: [report.table3.new.total, report.table3.total.total, report.table3.carriedOut.total] }).toEqual({
        seed,
        cells: [received, finished, open],
      });
      for (const key of TABLE3_KEYS) if (report.table3[key].total > 0) rowsSeen.add(key);
    }
    // Not vacuous: the random years reach every row of table 三.
    expect([...rowsSeen].sort()).toEqual([...TABLE3_KEYS].sort());
  });

  it(`catches any single changed cell of table 三 in its row's 总计 check (${ITERATIONS} random mutations)`, () => {
    for (let seed = 1; seed <= ITERATIONS; seed += 1) {
      const random = prng(10_000 + seed);
      const year = 2024;
      const report = computeReport(emptyInput({ year, applications: tallyApplications(randomRegister(random, year), year) }));
      const key = pick(random, TABLE3_KEYS);
      const column = pick(random, [...APPLICANT_COLUMN_KEYS, "total"] as const);
      report.table3[key][column] += 1 + Math.floor(random() * 3);
      const cells = checkInvariants(report).map((violation) => violation.cell);
      expect({ seed, found: cells.includes(`table3.${key}.total`) }).toEqual({ seed, found: true });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, gte, lte } from "drizzle-orm";
import { agencies, applications, outbox } from "@/db/schema";
import { aggregateYear } from "@/db/queries/annual-report";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { computeReport } from "@/lib/report/compute";
import { emptyInput } from "@/lib/report/test-support";
import { reportRowOf, type DecisionCode } from "@/lib/workflow";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { seedDemoReportYear } from "./demo-report-year";
import { loadCase } from "./workbench/load-case";

describe.each(TEST_DRIVERS)("the demo agency's 2024 (db:seed) on %s", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let balitai: { id: string; policy: unknown };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    [balitai] = (await db.select({ id: agencies.id, policy: agencies.policy }).from(agencies).where(eq(agencies.code, "11120112MB1957322H"))) as [typeof balitai];
    expect(await seedDemoReportYear(db)).toBe(24);
  }, 300_000);
  afterAll(async () => database?.destroy());

  const year2024 = () =>
    db.select().from(applications).where(and(eq(applications.agencyId, balitai.id), gte(applications.receivedOn, "2024-01-01"), lte(applications.receivedOn, "2024-12-31")));

  it("is idempotent: a second seed adds nothing", async () => {
    await seedDatabase(db);
    expect(await seedDemoReportYear(db)).toBe(0);
    expect(await year2024()).toHaveLength(24);
  });

  it("gives a complete 2024 report: 24 applications received and handled, 24 documents disclosed, fees, every invariant", async () => {
    const aggregate = await aggregateYear(db, balitai.id, 2024);
    const report = computeReport(emptyInput(aggregate));
    expect(report.violations).toEqual([]);
    expect(report.invariantsOk).toBe(true);
    expect(report.table3.new.total).toBe(24);
    expect(report.table3.total.total).toBe(24);
    expect(report.table3.carriedIn.total).toBe(0);
    expect(report.table3.carriedOut.total).toBe(0);
    expect(report.table3.new).toEqual({ person: 18, commercial: 3, research: 0, nonprofit: 1, legal: 1, other: 1, total: 24 });
    expect(report.table3["1"].total).toBe(12);
    expect(report.table3["2"].total).toBe(2);
    expect(report.table3["3"].total).toBe(2);
    expect(report.table3["4"].total).toBe(6);
    expect(report.table3["5"].total).toBe(1);
    expect(report.table3["6.3"].total).toBe(1);
    expect(aggregate.documents.reduce((sum, d) => sum + d.issued, 0)).toBe(24);
    expect(report.table2.normativeDocuments.issued).toBe(1);
    expect(report.fees.noticesIssued).toBe(1);
    expect(report.fees.noticesAmount).toBeGreaterThan(0);
    expect(report.fees.collected).toBe(report.fees.noticesAmount);
    // Table 四 is never seeded from the town-wide figures.
    expect(report.table4.reconsideration.total + report.table4.litigationDirect.total + report.table4.litigationAfterReconsideration.total).toBe(0);
    // The history sends no mail.
    expect(await db.select().from(outbox).where(eq(outbox.status, "pending"))).toEqual([]);
  });

  it("gives each application a consistent ledger: finished on time in its decision's row, delivered and archived", async () => {
    const policy = readAgencyPolicy(balitai.policy);
    for (const row of await year2024()) {
      const file = (await loadCase(db, row.id, "2026-03-02"))!;
      expect(row.archived, row.caseNumber).toBe(true);
      expect(file.snapshot.finishedOn, row.caseNumber).toBe(row.finishedOn);
      expect(row.reportRow, row.caseNumber).toBe(reportRowOf(row.decision as DecisionCode, policy));
      expect(row.finishedOn! <= row.replyDueOn!, `${row.caseNumber} on time`).toBe(true);
      const types = file.events.map((e) => e.type);
      expect(types[0] === "received" || types[1] === "received", row.caseNumber).toBe(true);
      expect(types.at(-1), row.caseNumber).toBe("archived");
      if (row.decision !== "withdrawn") expect(types, row.caseNumber).toEqual(expect.arrayContaining(["decisionDrafted", "draftSubmitted", "replyApproved", "delivered"]));
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, gte, lte } from "drizzle-orm";
import { agencies, applications, outbox } from "@/db/schema";
import { aggregateYear } from "@/db/queries/annual-report";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { computeReport } from "@/lib/annual-report/rules/compute";
import { emptyInput } from "@/lib/annual-report/rules/test-support";
import { reportRowOf, type DecisionCode } from "@/lib/workflow";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import ExcelJS from "exceljs";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { parseRegisterCsv } from "@/lib/annual-report/rules/register-import";
import { actorFor } from "@/test/applications";
import { seedDemoReportYear } from "./demo-report-year";
import { loadRegister, registerCsv, registerXlsx } from "./register/export-register";
import { loadCase } from "./case/load";

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

  it("the 2024 登记台账: one row per application with its table 三 row, as XLSX and CSV that imports back (issue 17.3)", async () => {
    const clerk = await actorFor(db, "clerk@balitai.example");
    const register = await loadRegister(db, clerk, { from: "2024-01-01", to: "2024-12-31" });
    const rows = await year2024();
    expect(register.entries).toHaveLength(rows.length);
    const byCase = new Map(rows.map((r) => [r.caseNumber, r]));
    for (const entry of register.entries) {
      const row = byCase.get(String(entry["受理编号"]))!;
      expect(entry["对应年报行"]).toBe(row.reportRow);
      expect(entry["答复日期"]).toBe(row.finishedOn);
      expect(typeof entry["用时（工作日，扣除中止）"]).toBe("number");
    }
    expect(register.entries.some((e) => e["是否收费"] === "是" && Number(e["金额"]) > 0)).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await registerXlsx(register.entries, "登记台账")).buffer); // exceljs types want an ArrayBuffer
    const sheet = workbook.getWorksheet("登记台账")!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe("受理编号");

    const parsed = parseRegisterCsv(registerCsv(register.entries));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.rows.map((r) => [r.caseNumber, r.receivedOn, r.finishedOn, r.reportRow])).toEqual(
        register.entries.map((e) => [e["受理编号"], e["收到日期"], e["答复日期"] || null, e["对应年报行"] || null]),
      );
    }
  });

  it("the register is the agency's own: another agency's clerk gets none of it, a publisher is refused, a bad range is refused", async () => {
    const other = await actorFor(db, "clerk@jinnan.example");
    expect((await loadRegister(db, other, { from: "2024-01-01", to: "2024-12-31" })).entries).toEqual([]);
    await expect(loadRegister(db, await actorFor(db, "publisher@balitai.example"), { from: "2024-01-01", to: "2024-12-31" })).rejects.toThrow(ForbiddenError);
    const clerk = await actorFor(db, "clerk@balitai.example");
    await expect(loadRegister(db, clerk, { from: "2024-12-31", to: "2024-01-01" })).rejects.toThrow(ValidationError);
    await expect(loadRegister(db, clerk, { from: "2020-01-01", to: "2024-12-31" })).rejects.toThrow(ValidationError);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { agencies, applications } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import { importRegister } from "@/lib/applications/import-register";
import { performAction } from "@/lib/applications/workbench/perform-action";
import { submitApplication } from "@/lib/applications/submit-application";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import type { Actor } from "@/lib/auth/roles";
import { ValidationError } from "@/lib/errors";
import { computeReport } from "@/lib/annual-report/rules/compute";
import { checkCarryOver } from "@/lib/annual-report/rules/invariants";
import { TABLE3_KEYS, type ApplicantColumn, type OutcomeRow } from "@/lib/annual-report/rules/rows";
import { tallyApplications, type DatedApplication } from "@/lib/annual-report/rules/tally";
import { emptyInput } from "@/lib/annual-report/rules/test-support";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, createCitizen, PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import { aggregateYear, applicationsBehindCell } from "./annual-report";

type Entry = [caseNumber: string, column: ApplicantColumn, receivedOn: string, finishedOn: string | null, row: OutcomeRow | null];

/**
 * A hand-built register of 津南区人民政府 around 2024 (imported, so every date is ours): received in
 * 2023 and finished in 2024 or 2025, withdrawn and abandoned ones, partial disclosures, every
 * sub-reason row, the 1 Jan / 31 Dec edges, and a split application (its parent is open for ever
 * and must not count; its three sub-applications do).
 */
const REGISTER: Entry[] = [
  ["H-2023-01", "person", "2023-12-20", "2024-01-10", "1"],
  ["H-2023-02", "commercial", "2023-12-28", "2024-02-05", "2"],
  ["H-2023-03", "person", "2023-11-01", "2023-12-01", "1"],
  ["H-2023-04", "legal", "2023-12-29", "2025-01-03", "4.1"],
  ["H-2023-05", "person", "2023-12-15", "2024-01-20", "6.1"],
  ["H-2023-06", "research", "2023-12-31", null, null],
  ["H-2024-01", "person", "2024-01-01", "2024-02-28", "3.1"],
  ["H-2024-02", "person", "2024-02-02", "2024-02-29", "3.2"],
  ["H-2024-03", "commercial", "2024-03-04", "2024-03-29", "3.3"],
  ["H-2024-04", "person", "2024-03-05", "2024-04-02", "3.4"],
  ["H-2024-05", "nonprofit", "2024-03-06", "2024-04-03", "3.5"],
  ["H-2024-06", "person", "2024-04-01", "2024-04-26", "3.6"],
  ["H-2024-07", "legal", "2024-04-02", "2024-04-28", "3.7"],
  ["H-2024-08", "person", "2024-05-06", "2024-05-31", "3.8"],
  ["H-2024-09", "person", "2024-05-07", "2024-06-03", "4.1"],
  ["H-2024-10", "research", "2024-06-03", "2024-06-28", "4.2"],
  ["H-2024-11", "other", "2024-06-04", "2024-07-15", "4.3"],
  ["H-2024-12", "person", "2024-07-01", "2024-07-10", "5.1"],
  ["H-2024-13", "person", "2024-07-02", "2024-07-11", "5.2"],
  ["H-2024-14", "commercial", "2024-07-03", "2024-07-12", "5.3"],
  ["H-2024-15", "person", "2024-08-01", "2024-09-20", "5.4"],
  ["H-2024-16", "legal", "2024-08-02", "2024-08-20", "5.5"],
  ["H-2024-17", "person", "2024-08-05", "2024-09-30", "6.1"],
  ["H-2024-18", "commercial", "2024-09-02", "2024-10-31", "6.2"],
  ["H-2024-19", "person", "2024-09-03", "2024-09-10", "6.3"],
  ["H-2024-20", "person", "2024-10-10", "2024-11-05", "2"],
  ["H-2024-21", "other", "2024-10-11", "2024-11-06", "2"],
  ["H-2024-31", "research", "2024-11-01", null, null],
  ["H-2024-31-1", "research", "2024-11-01", "2024-11-22", "1"],
  ["H-2024-31-2", "research", "2024-11-01", "2024-11-25", "3.4"],
  ["H-2024-31-3", "research", "2024-11-01", "2024-11-25", "4.1"],
  ["H-2024-40", "person", "2024-12-30", "2025-01-08", "1"],
  ["H-2024-41", "person", "2024-12-31", "2024-12-31", "1"],
  ["H-2024-42", "nonprofit", "2024-12-31", null, null],
  ["H-2025-01", "person", "2025-01-02", "2025-01-20", "1"],
];
const SPLIT_PARENT = "H-2024-31";

function csvOf(entries: Entry[], agency: string): string {
  const lines = entries.map(([caseNumber, column, receivedOn, finishedOn, row]) =>
    [caseNumber, agency, column === "person" ? "person" : "organization", column === "person" ? "" : column, "in_person", receivedOn, finishedOn ?? "", row ?? "", ""].join(","),
  );
  return ["caseNumber,agency,applicantType,orgKind,channel,receivedOn,finishedOn,reportRow,feePaid", ...lines].join("\n");
}

/** The pure reference: the same register tallied in JavaScript (lib/annual-report/rules/tally.ts), split parent left out. */
function reference(year: number) {
  const dated: DatedApplication[] = REGISTER.filter(([n]) => n !== SPLIT_PARENT).map(([, column, receivedOn, finishedOn, row]) => ({ column, receivedOn, finishedOn, row }));
  return computeReport(emptyInput({ year, applications: tallyApplications(dated, year) }));
}

describe.each(TEST_DRIVERS)("aggregateYear and the table 三 drill-down on %s", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let jinnan: string;
  let balitai: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    const rows = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
    jinnan = rows.find((a) => a.code === "11120112000069010W")!.id;
    balitai = rows.find((a) => a.code === "11120112MB1957322H")!.id;
    const result = await importRegister(db, csvOf(REGISTER, "11120112000069010W"));
    expect(result).toMatchObject({ errors: [], imported: REGISTER.length });
    const [parent] = await db.select({ id: applications.id }).from(applications).where(eq(applications.caseNumber, SPLIT_PARENT));
    await db
      .update(applications)
      .set({ parentId: parent!.id })
      .where(inArray(applications.caseNumber, ["H-2024-31-1", "H-2024-31-2", "H-2024-31-3"]));
  }, 120_000);
  afterAll(async () => database?.destroy());

  const reportOf = async (agencyId: string, year: number) =>
    computeReport(emptyInput({ year, ...(await aggregateYear(db, agencyId, year)) }));

  it.each([2023, 2024, 2025])("the SQL aggregate of %i gives the same table 三 as the pure tally, and it passes every invariant", async (year) => {
    const report = await reportOf(jinnan, year);
    expect(report.table3).toEqual(reference(year).table3);
    expect(report.violations).toEqual([]);
    expect(report.invariantsOk).toBe(true);
  });

  it("counts 2024 as annual-report.md says: carried in, every sub-reason row, sub-applications, edges", async () => {
    const { table3 } = await reportOf(jinnan, 2024);
    // 2023-12-31 still open and the 2023-12-29 one finished in 2025 are carried in, with the three finished in 2024.
    expect(table3.carriedIn).toMatchObject({ person: 2, commercial: 1, research: 1, legal: 1, total: 5 });
    // 21 + three sub-applications + three received at the year's end; the split parent is not one of them.
    expect(table3.new.total).toBe(27);
    for (const row of ["3.1", "3.2", "3.3", "3.5", "3.6", "3.7", "3.8", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "5.5", "6.2", "6.3"] as const) {
      expect(table3[row].total, row).toBe(1);
    }
    expect(table3["2"]).toMatchObject({ commercial: 1, person: 1, other: 1, total: 3 });
    expect(table3["6.1"].person).toBe(2);
    expect(table3["3.4"]).toMatchObject({ person: 1, research: 1, total: 2 });
    expect(table3["1"]).toMatchObject({ person: 2, research: 1, total: 3 });
    // Open at 31 Dec: the 2023 cases finished in 2025 or never, the 12-30 one finished in 2025, the 12-31 open one.
    expect(table3.carriedOut).toMatchObject({ legal: 1, research: 1, person: 1, nonprofit: 1, total: 4 });
  });

  it("carries each year's 四 into the next year's 二", async () => {
    const [r2023, r2024, r2025] = await Promise.all([2023, 2024, 2025].map((year) => reportOf(jinnan, year)));
    expect(checkCarryOver(r2023!, r2024!)).toEqual([]);
    expect(checkCarryOver(r2024!, r2025!)).toEqual([]);
  });

  it("lists the applications behind each cell, as many as the cell's number", async () => {
    const report = await reportOf(jinnan, 2024);
    for (const row of TABLE3_KEYS) {
      for (const column of ["person", "research", "total"] as const) {
        const list = await applicationsBehindCell(db, jinnan, 2024, { row, column });
        expect(list.length, `${row}|${column}`).toBe(report.table3[row][column]);
      }
    }
    const carriedOut = await applicationsBehindCell(db, jinnan, 2024, { row: "carriedOut", column: "total" });
    expect(carriedOut.map((a) => a.caseNumber)).toEqual(["H-2023-04", "H-2023-06", "H-2024-40", "H-2024-42"]);
    const [subApplication] = await applicationsBehindCell(db, jinnan, 2024, { row: "3.4", column: "research" });
    expect(subApplication).toMatchObject({
      caseNumber: "H-2024-31-2",
      applicant: "历史登记导入（科研机构）",
      applicantColumn: "research",
      receivedOn: "2024-11-01",
      finishedOn: "2024-11-25",
      reportRow: "3.4",
      decision: null,
    });
    const group = await applicationsBehindCell(db, jinnan, 2024, { row: "5", column: "total" });
    expect(group.map((a) => a.reportRow)).toEqual(["5.1", "5.2", "5.3", "5.4", "5.5"]);
  });

  it("refuses an unknown row or column with a Chinese message", async () => {
    await expect(applicationsBehindCell(db, jinnan, 2024, { row: "3.9", column: "alien" })).rejects.toSatisfy(
      (error) => error instanceof ValidationError && error.errors.map((e) => e.message).join("") === "表三没有“3.9”这一行。表三没有“alien”这一列。",
    );
  });

  describe("applications handled in the workbench", () => {
    const storage = temporaryStorage();
    let clerk: Actor, reviewer: Actor, citizen: Actor;
    const at = (date: string) => new Date(`${date}T02:00:00Z`);
    let ip = 0;

    beforeAll(async () => {
      clerk = await actorFor(db, "clerk@balitai.example");
      reviewer = await actorFor(db, "reviewer@balitai.example");
      citizen = await createCitizen(db, `report-${driver}@example.com`);
    });

    async function received(on: string, user: Actor | null = null): Promise<string> {
      const now = at(on);
      const { applicationId } = await submitApplication(db, user, PERSON_APPLICATION, PROOF, { ip: `198.51.100.${++ip}`, storage, rateLimitPerHour: 100, now });
      await performAction(db, clerk, applicationId, "confirmReceipt", { receivedOn: on }, { now });
      return applicationId;
    }
    const row = async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0]!;

    it("a reply approved on 2026-01-05 for an application received on 2025-12-29 finishes it in 2026 in its row; a withdrawal in （六）3", async () => {
      const replied = await received("2025-12-29");
      await performAction(db, clerk, replied, "draftDecision", { decision: "partlyDisclosed", reasons: "部分内容涉及第三方个人信息。", provision: "电子邮件发送PDF文件", withheldParts: [{ part: "身份证号码", ground: "notDisclosedThirdPartyRights", reason: "涉及个人隐私" }] }, { now: at("2025-12-30") });
      await performAction(db, clerk, replied, "submitForReview", {}, { now: at("2025-12-31") });
      expect(await row(replied)).toMatchObject({ finishedOn: null, reportRow: null });
      await performAction(db, reviewer, replied, "approveReply", {}, { now: at("2026-01-05") });
      expect(await row(replied)).toMatchObject({ status: "replied", decision: "partlyDisclosed", finishedOn: "2026-01-05", reportRow: "2" });

      const withdrawn = await received("2026-01-06", citizen);
      await withdrawApplication(db, citizen, withdrawn, { reason: "不再需要", confirm: true }, at("2026-01-07"));
      expect(await row(withdrawn)).toMatchObject({ status: "closed", finishedOn: "2026-01-07", reportRow: "6.3" });

      const open = await received("2026-01-08");
      const r2025 = await reportOf(balitai, 2025);
      const r2026 = await reportOf(balitai, 2026);
      expect(r2025.table3.carriedOut.person).toBe(1);
      expect(r2026.table3.carriedIn.person).toBe(1);
      expect(r2026.table3["2"].person).toBe(1);
      expect(r2026.table3["6.3"].person).toBe(1);
      expect(r2026.invariantsOk).toBe(true);
      expect(checkCarryOver(r2025, r2026)).toEqual([]);
      const stillOpen = await applicationsBehindCell(db, balitai, 2026, { row: "carriedOut", column: "person" });
      expect(stillOpen.map((a) => a.id)).toContain(open);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agencies, annualReports, categories, documents } from "@/db/schema";
import type { Db } from "@/db/types";
import { importRegister } from "@/lib/applications/import-register";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { createSeededDatabase, type SeededDatabase } from "@/test/applications";
import { annualReportReminder } from "./desk-reminder";
import { loadCellApplications } from "./drill-down";
import { saveReportInputs } from "./inputs";
import { loadAnnualReport } from "./public-report";
import { publishAnnualReport } from "./publish";
import { createReviewCase, deleteReviewCase, updateReviewCase } from "./review-cases";
import { loadReportWorkspace } from "./workspace";
import { listReportYearsFor } from "./years";

const BALITAI = "11120112MB1957322H";
const NOW = new Date("2025-01-15T02:00:00Z");

/** 八里台's register around 2024: one carried in from 2023, five received in 2024 (one still open). */
const REGISTER = [
  "caseNumber,agency,applicantType,orgKind,channel,receivedOn,finishedOn,reportRow,feePaid",
  `R-2023-01,${BALITAI},person,,in_person,2023-12-20,2024-01-10,1,`,
  `R-2024-01,${BALITAI},person,,online,2024-02-01,2024-02-20,1,`,
  `R-2024-02,${BALITAI},organization,commercial,online,2024-03-01,2024-03-25,2,`,
  `R-2024-03,${BALITAI},person,,online,2024-05-01,2024-05-20,4.1,`,
  `R-2024-04,${BALITAI},organization,legal,registered_mail,2024-06-01,2024-06-25,5.2,`,
  `R-2024-05,${BALITAI},person,,online,2024-12-30,,,`,
].join("\n");

const INPUTS = { licensing: 12, penalties: 3, coercion: 0, chargesWan: "1.5", overview: "本年度……", problems: "一是……二是……", other: "无。" };

describe.each(TEST_DRIVERS)("annual report use cases on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let reviewer: Actor, admin: Actor, clerk: Actor, publisher: Actor, citizen: Actor, otherClerk: Actor, otherAdmin: Actor;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    expect(await importRegister(db, REGISTER)).toMatchObject({ errors: [], imported: 6 });
    ({ reviewer, admin, clerk, publisher, citizen, otherClerk, otherAdmin } = database.actors);
  }, 120_000);
  afterAll(async () => database?.destroy());

  it("only the agency's reviewers and admins open the report (clerk, publisher, citizen, anonymous refused)", async () => {
    for (const actor of [clerk, publisher, citizen]) {
      await expect(loadReportWorkspace(db, actor, 2024, { now: NOW })).rejects.toThrow(ForbiddenError);
      await expect(saveReportInputs(db, actor, 2024, INPUTS)).rejects.toThrow(ForbiddenError);
      await expect(publishAnnualReport(db, actor, 2024, { now: NOW })).rejects.toThrow(ForbiddenError);
    }
    await expect(loadReportWorkspace(db, null, 2024)).rejects.toThrow(UnauthenticatedError);
    // Another agency's admin sees their own agency's report, never 八里台's numbers.
    const jinnan = await loadReportWorkspace(db, otherAdmin, 2024, { now: NOW });
    expect(jinnan.agency.code).not.toBe(BALITAI);
    expect(jinnan.report.table3.new.total).toBe(0);
  });

  it("computes the draft from the records, prefills sections 一 and 六, compares with last year and dates it by annualReportDueOn", async () => {
    const ws = await loadReportWorkspace(db, reviewer, 2024, { now: NOW });
    expect(ws.status).toBe("draft");
    expect(ws.report.table3.new).toMatchObject({ person: 3, commercial: 1, legal: 1, total: 5 });
    expect(ws.report.table3.carriedIn.total).toBe(1);
    expect(ws.report.table3.total.total).toBe(5);
    expect(ws.report.table3.carriedOut.total).toBe(1);
    expect(ws.report.invariantsOk).toBe(true);
    expect(ws.narrative.overview).toContain("本年度新收政府信息公开申请5件");
    expect(ws.narrative.other).toContain("收费通知");
    expect(ws.narrative.problems).toBe("");
    expect(ws.previous.year).toBe(2023);
    expect(ws.previous.table3.carriedOut.total).toBe(1);
    expect(ws.carryOverIssues).toEqual([]);
    expect(ws.dueOn).toBe("2025-01-31");
    expect(ws.overdue).toBe(false);
    expect((await loadReportWorkspace(db, reviewer, 2024, { now: new Date("2025-02-03T02:00:00Z") })).overdue).toBe(true);
  });

  it("lists the applications behind a table 三 number", async () => {
    const list = await loadCellApplications(db, reviewer, 2024, { row: "new", column: "person" });
    expect(list.map((a) => a.caseNumber)).toEqual(["R-2024-01", "R-2024-03", "R-2024-05"]);
    await expect(loadCellApplications(db, clerk, 2024, { row: "new", column: "person" })).rejects.toThrow(ForbiddenError);
  });

  it("validates the staff inputs with Chinese messages and keeps 万元 exact", async () => {
    const bad = saveReportInputs(db, reviewer, 2024, { ...INPUTS, chargesWan: "1.23456", licensing: -1 });
    await expect(bad).rejects.toThrow(ValidationError);
    const error = (await bad.catch((e: unknown) => e)) as ValidationError;
    expect(error.errors.map((e) => e.path).sort()).toEqual(["chargesWan", "licensing"]);
    expect(error.errors.find((e) => e.path === "chargesWan")!.message).toContain("万元");
    await saveReportInputs(db, reviewer, 2024, INPUTS);
    const ws = await loadReportWorkspace(db, reviewer, 2024, { now: NOW });
    expect(ws.report.table2).toMatchObject({ licensing: 12, penalties: 3, coercion: 0, chargesWan: "1.5000" });
    expect(ws.narrative).toMatchObject({ overview: "本年度……", problems: "一是……二是……", other: "无。" });
  });

  it("maps review cases to table 四 by their result as of 31 Dec; bad cases refused in Chinese", async () => {
    const missingDate = createReviewCase(db, reviewer, { kind: "reconsideration", filedOn: "2024-03-01", caseNumber: "", result: "维持", resultOn: "" });
    await expect(missingDate).rejects.toThrow(ValidationError);
    expect(((await missingDate.catch((e: unknown) => e)) as ValidationError).errors[0]).toMatchObject({ path: "resultOn" });
    const unknownCase = createReviewCase(db, reviewer, { kind: "reconsideration", filedOn: "2024-03-01", caseNumber: "NOPE-1", result: "", resultOn: "" });
    await expect(unknownCase).rejects.toThrow(/受理编号/);
    await expect(createReviewCase(db, clerk, { kind: "reconsideration", filedOn: "2024-03-01", caseNumber: "", result: "", resultOn: "" })).rejects.toThrow(ForbiddenError);

    await createReviewCase(db, reviewer, { kind: "reconsideration", filedOn: "2024-03-01", caseNumber: "R-2024-03", result: "维持", resultOn: "2024-05-01" });
    const late = await createReviewCase(db, admin, { kind: "litigationDirect", filedOn: "2024-11-01", caseNumber: "", result: "撤销", resultOn: "2025-02-01" });
    const mistake = await createReviewCase(db, reviewer, { kind: "litigationAfterReconsideration", filedOn: "2024-06-01", caseNumber: "", result: "", resultOn: "" });
    await createReviewCase(db, reviewer, { kind: "reconsideration", filedOn: "2023-06-01", caseNumber: "", result: "撤销", resultOn: "2023-08-01" });
    await deleteReviewCase(db, reviewer, mistake.id);
    await expect(deleteReviewCase(db, otherAdmin, late.id)).rejects.toThrow(NotFoundError);

    let ws = await loadReportWorkspace(db, reviewer, 2024, { now: NOW });
    expect(ws.reviewCases).toHaveLength(2);
    expect(ws.reviewCases[0]).toMatchObject({ caseNumber: "R-2024-03", result: "维持" });
    expect(ws.report.table4.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    // Decided in 2025: still 尚未审结 in the 2024 report.
    expect(ws.report.table4.litigationDirect).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(ws.report.table4.litigationAfterReconsideration.total).toBe(0);
    expect(ws.previous.table4.reconsideration.corrected).toBe(1);

    await updateReviewCase(db, reviewer, late.id, { kind: "litigationDirect", filedOn: "2024-11-01", caseNumber: "", result: "撤诉", resultOn: "2024-12-20" });
    ws = await loadReportWorkspace(db, reviewer, 2024, { now: NOW });
    expect(ws.report.table4.litigationDirect).toEqual({ upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 });
  });

  it("refuses to publish before the year is over or without section 五", async () => {
    await expect(publishAnnualReport(db, reviewer, 2025, { now: NOW })).rejects.toThrow(RuleViolationError);
    await saveReportInputs(db, reviewer, 2024, { ...INPUTS, problems: "  " });
    const refused = publishAnnualReport(db, reviewer, 2024, { now: NOW });
    await expect(refused).rejects.toThrow(ValidationError);
    expect(((await refused.catch((e: unknown) => e)) as ValidationError).errors).toEqual([
      { path: "problems", message: "请填写并保存“五、存在的主要问题及改进情况”后再发布。" },
    ]);
    await saveReportInputs(db, reviewer, 2024, INPUTS);
  });

  it("drafts are visible through the API to the agency's own staff only", async () => {
    expect((await loadAnnualReport(db, clerk, BALITAI, "2024")).status).toBe("draft");
    for (const actor of [null, citizen, otherClerk]) {
      await expect(loadAnnualReport(db, actor, BALITAI, "2024")).rejects.toThrow(NotFoundError);
    }
    await expect(loadAnnualReport(db, clerk, BALITAI, "20x4")).rejects.toThrow(NotFoundError);
    await expect(loadAnnualReport(db, clerk, "NO-SUCH-AGENCY", "2024")).rejects.toThrow(NotFoundError);
  });

  it("publishes a checked report as a 政府信息公开年报 document and freezes it", async () => {
    const { documentId } = await publishAnnualReport(db, reviewer, 2024, { now: NOW });
    const [document] = await db.select().from(documents).where(eq(documents.id, documentId));
    expect(document).toMatchObject({ status: "published", docType: "work_report", title: "天津市津南区八里台镇人民政府2024年政府信息公开工作年度报告", issuedOn: "2025-01-15" });
    const [category] = await db.select().from(categories).where(eq(categories.id, document!.categoryId));
    expect(category!.name).toBe("政府信息公开年报");
    expect(document!.bodyHtml).toContain("三、收到和处理政府信息公开申请情况");
    expect(document!.bodyHtml).toContain("（三）不予公开");
    expect(document!.bodyHtml).toContain("一是……二是……");
    expect(document!.bodyHtml).toContain("<td colspan=\"3\">1.5000</td>");

    const published = await loadAnnualReport(db, null, BALITAI, "2024");
    expect(published).toMatchObject({ status: "published", year: 2024, invariantsOk: true, violations: [] });
    expect(published.table2.chargesWan).toBe("1.5000");
    expect(Object.keys(published.table3)).toHaveLength(29);
    const [agency] = await db.select().from(agencies).where(eq(agencies.code, BALITAI));
    expect(await loadAnnualReport(db, otherClerk, agency!.shortName, "2024")).toEqual(published);

    // Frozen: a record changed later does not move the published numbers; the year's inputs are locked.
    expect(await importRegister(db, `caseNumber,agency,applicantType,orgKind,channel,receivedOn,finishedOn,reportRow,feePaid\nR-2024-09,${BALITAI},person,,online,2024-07-01,2024-07-10,1,`)).toMatchObject({ errors: [] });
    expect((await loadAnnualReport(db, null, BALITAI, "2024")).table3.new.total).toBe(5);
    await expect(saveReportInputs(db, reviewer, 2024, INPUTS)).rejects.toThrow(ConflictError);
    await expect(createReviewCase(db, reviewer, { kind: "reconsideration", filedOn: "2024-04-01", caseNumber: "", result: "", resultOn: "" })).rejects.toThrow(ConflictError);
    await expect(publishAnnualReport(db, admin, 2024, { now: NOW })).rejects.toThrow(ConflictError);
    const [record] = await db.select().from(annualReports).where(eq(annualReports.documentId, documentId));
    expect(record).toMatchObject({ status: "published", year: 2024 });
    const ws = await loadReportWorkspace(db, reviewer, 2024, { now: NOW });
    expect(ws).toMatchObject({ status: "published", documentId, overdue: false });
  });

  it("lists the years and reminds the preparers in January until last year's report is published", async () => {
    const years = await listReportYearsFor(db, reviewer, { now: NOW });
    expect(years.slice(0, 2)).toEqual([
      { year: 2024, status: "published", dueOn: "2025-01-31" },
      { year: 2023, status: "none", dueOn: "2024-01-31" },
    ]);
    const [agency] = await db.select().from(agencies).where(eq(agencies.code, BALITAI));
    expect(await annualReportReminder(db, reviewer, agency!, { now: NOW })).toBeNull();
    expect(await annualReportReminder(db, reviewer, agency!, { now: new Date("2024-01-08T02:00:00Z") })).toEqual({ year: 2023, dueOn: "2024-01-31" });
    expect(await annualReportReminder(db, clerk, agency!, { now: new Date("2024-01-08T02:00:00Z") })).toBeNull();
    expect(await annualReportReminder(db, reviewer, agency!, { now: new Date("2024-03-08T02:00:00Z") })).toBeNull();
  });

  it("counts table 四 by the agency's setting reviewCasesInReport (Policy default: filed in the year)", async () => {
    const jinnanCase = (filedOn: string, result = "", resultOn = "") =>
      createReviewCase(db, otherAdmin, { kind: "reconsideration", filedOn, caseNumber: "", result, resultOn });
    await jinnanCase("2023-10-01");
    await jinnanCase("2023-11-01", "维持", "2024-02-01");
    await jinnanCase("2024-03-01", "撤销", "2025-01-10");
    let table4 = (await loadReportWorkspace(db, otherAdmin, 2024, { now: NOW })).report.table4;
    expect(table4.reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });

    await db.update(agencies).set({ policy: { reviewCasesInReport: "decidedOrPendingInYear" } }).where(eq(agencies.id, otherAdmin.agencyId!));
    table4 = (await loadReportWorkspace(db, otherAdmin, 2024, { now: NOW })).report.table4;
    expect(table4.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 2, total: 3 });
    table4 = (await loadReportWorkspace(db, otherAdmin, 2025, { now: NOW })).report.table4;
    expect(table4.reconsideration).toEqual({ upheld: 0, corrected: 1, other: 0, pending: 1, total: 2 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, gte, inArray, lte, or } from "drizzle-orm";
import { agencies, applicationEvents, applications } from "@/db/schema";
import { aggregateYear } from "@/db/queries/annual-report";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import { seedDemoReportYear } from "@/lib/applications/demo-report-year";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";
import { NotFoundError } from "@/lib/errors";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, at, PERSON_APPLICATION } from "@/test/applications";
import { performAction } from "@/lib/applications/workbench/perform-action";
import { registerOfflineApplication } from "@/lib/applications/workbench/register-offline";
import { loadPerformance } from "./load-performance";
import { performanceQuerySchema } from "./performance-query";

const BALITAI = "11120112MB1957322H";
const query = (raw: { agency?: string; year?: string }) => performanceQuerySchema("2026-03-02").parse(raw);

describe.each(TEST_DRIVERS)("the public performance figures of the seeded 2024 on %s", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let balitai: { id: string; shortName: string };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    await seedDemoReportYear(db);
    [balitai] = (await db.select({ id: agencies.id, shortName: agencies.shortName }).from(agencies).where(eq(agencies.code, BALITAI))) as [typeof balitai];
  }, 300_000);
  afterAll(async () => database?.destroy());

  it("equal a hand computation from the ledger rows: per month, on time net of the fee pause, median working days, rows, fees", async () => {
    const calendar = await getWorkingCalendar(db);
    const rows = await db
      .select()
      .from(applications)
      .where(
        and(
          eq(applications.agencyId, balitai.id),
          or(and(gte(applications.receivedOn, "2024-01-01"), lte(applications.receivedOn, "2024-12-31")), and(gte(applications.finishedOn, "2024-01-01"), lte(applications.finishedOn, "2024-12-31"))),
        ),
      );
    const events = await db
      .select()
      .from(applicationEvents)
      .where(inArray(applicationEvents.applicationId, rows.map((r) => r.id)))
      .orderBy(asc(applicationEvents.seq));

    // By hand, from the ledger: the reply period starts on the day received (or the corrected
    // application received, 条例第三十条), 20 working days (+ an approved extension, 第三十三条),
    // the working days from the fee notice's receipt to the payment not counted.
    const perMonth = Array<number>(12).fill(0);
    const byRow = new Map<string, number>();
    const net: number[] = [];
    let onTime = 0;
    let late = 0;
    let closed = 0;
    let feePaused = 0;
    for (const row of rows) {
      const ledger = events.filter((e) => e.applicationId === row.id);
      const on = (type: string) => ledger.find((e) => e.type === type)?.occurredOn ?? null;
      expect(on("received"), row.caseNumber).toBe(row.receivedOn);
      perMonth[Number(row.receivedOn!.slice(5, 7)) - 1]! += 1;
      byRow.set(row.reportRow!, (byRow.get(row.reportRow!) ?? 0) + 1);
      const repliedOn = on("replyApproved");
      if (row.status === "closed") {
        expect(repliedOn, `${row.caseNumber} closed without a reply`).toBeNull();
        closed += 1;
        continue;
      }
      expect(repliedOn, row.caseNumber).toBe(row.finishedOn);
      const start = on("correctionReceived") ?? row.receivedOn!;
      const noticeOn = on("feeNoticeReceived");
      const paidOn = on("feePaid");
      const paused = noticeOn && paidOn ? calendar.workingDaysBetween(noticeOn, paidOn) : 0;
      if (paused > 0) feePaused += 1;
      const extension = ledger.find((e) => e.type === "extensionApproved");
      const limit = 20 + (extension ? Number((extension.payload as { workingDays: number }).workingDays) : 0);
      const days = calendar.workingDaysBetween(start, repliedOn!) - paused;
      net.push(days);
      if (days <= limit) onTime += 1;
      else late += 1;
    }
    net.sort((a, b) => a - b);
    const median = net.length % 2 ? net[(net.length - 1) / 2]! : (net[net.length / 2 - 1]! + net[net.length / 2]!) / 2;
    expect(rows).toHaveLength(24);
    expect(feePaused).toBe(1); // the demo's paid fee notice: its days are not counted

    const performance = await loadPerformance(db, query({ agency: BALITAI, year: "2024" }));
    expect(performance.scope).toMatchObject({ kind: "agency", code: BALITAI });
    expect(performance.received).toBe(24);
    expect(performance.perMonth.map((m) => m.value)).toEqual(perMonth);
    expect(performance.replies).toEqual({ total: 23, onTime, late, unknown: 0, onTimeRate: onTime / (onTime + late), medianWorkingDays: median });
    expect(performance.replies.onTime).toBe(23);
    expect(performance.closedWithoutReply).toBe(closed);
    expect(closed).toBe(1); // 张三's withdrawal
    expect(Object.fromEntries(performance.decisions.filter((d) => d.count > 0).map((d) => [d.row, d.count]))).toEqual(Object.fromEntries(byRow));
    expect(performance.fees).toEqual((await aggregateYear(db, balitai.id, 2024)).fees);
    expect(performance.fees.noticesIssued).toBe(1);
    expect(performance.method.join("")).toContain("条例》第三十三条");

    // The short name finds the same agency; the district (no other agency has a 2024) the same figures.
    expect(await loadPerformance(db, query({ agency: balitai.shortName, year: "2024" }))).toEqual(performance);
    const district = await loadPerformance(db, query({ year: "2024" }));
    expect(district.scope).toEqual({ kind: "district", name: "全区（本平台全部机关）" });
    expect({ ...district, scope: null }).toEqual({ ...performance, scope: null });
  });

  it("judges a case through the real steps, paused for correction and for a fee, on time by its net working days", async () => {
    const clerk = await actorFor(db, "clerk@balitai.example");
    const reviewer = await actorFor(db, "reviewer@balitai.example");
    const { applicationId: id } = await registerOfflineApplication(
      db,
      clerk,
      { channel: "in_person", receivedOn: "2025-03-03", identityShownInPerson: true, application: PERSON_APPLICATION },
      at("2025-03-03"),
    );
    await performAction(db, clerk, id, "requestCorrection", { points: "请写明文件名称", guidance: "可写明文号或发布时间", deadlineOn: "2025-03-26" }, { now: at("2025-03-05") });
    await performAction(db, clerk, id, "confirmCorrection", { receivedOn: "2025-03-14" }, { now: at("2025-03-14") });
    await performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "260" }, { now: at("2025-03-17") });
    await performAction(db, reviewer, id, "approveFee", {}, { now: at("2025-03-17") });
    await performAction(db, clerk, id, "recordFeeNoticeDelivery", { deliveredOn: "2025-03-18" }, { now: at("2025-03-18") });
    await performAction(db, clerk, id, "recordFeePayment", { paidOn: "2025-03-28", receiptNumber: "津财票（测试）20250001" }, { now: at("2025-03-28") });
    await performAction(db, clerk, id, "draftDecision", { decision: "disclosed", provision: "电子邮件发送PDF文件", releasedFiles: "某项政府信息.pdf" }, { now: at("2025-04-22") });
    await performAction(db, clerk, id, "submitForReview", {}, { now: at("2025-04-22") });
    await performAction(db, reviewer, id, "approveReply", {}, { now: at("2025-04-23") });

    // 36 working days after receipt; from the corrected application (03-14) 27, less the 8 working
    // days from the fee notice's receipt to the payment (03-19 … 03-28): 19 — within the 20 of 第三十三条.
    const calendar = await getWorkingCalendar(db);
    expect(calendar.workingDaysBetween("2025-03-03", "2025-04-23")).toBe(36);
    expect(calendar.workingDaysBetween("2025-03-14", "2025-04-23") - calendar.workingDaysBetween("2025-03-18", "2025-03-28")).toBe(19);
    const performance = await loadPerformance(db, query({ agency: BALITAI, year: "2025" }));
    expect(performance.replies).toEqual({ total: 1, onTime: 1, late: 0, unknown: 0, onTimeRate: 1, medianWorkingDays: 19 });
    expect(performance.perMonth[2]!.value).toBe(1);
    expect(performance.fees.noticesIssued).toBe(1);
  });

  it("answers an unknown agency with a 404 and a bad year with a Chinese validation message", async () => {
    await expect(loadPerformance(db, query({ agency: "no-such-agency", year: "2024" }))).rejects.toBeInstanceOf(NotFoundError);
    for (const year of ["2007", "2027", "24", "二〇二四"]) {
      const parsed = performanceQuerySchema("2026-03-02").safeParse({ year });
      expect(parsed.success, year).toBe(false);
      expect(parsed.error!.issues[0]!.message).toMatch(/年/);
    }
    expect(query({}).year).toBe(2025);
  });
});

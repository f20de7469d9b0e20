import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { applicationEvents, applications, auditLog } from "@/db/schema";
import { PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import { submitApplication, type SubmissionResult } from "@/lib/applications/submit-application";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/roles";
import { authenticate } from "@/lib/users/authenticate";
import { verifyAuditChain } from "@/lib/audit";
import { forgetWorkingCalendar, getWorkingCalendar } from "@/lib/calendar/working-calendar";
import { deleteCalendarYear, listCalendarYears, missingNextCalendarYear, saveCalendarYear, type CalendarYearFormInput } from "./index";

const YEAR_2027: CalendarYearFormInput = {
  year: 2027,
  source: "测试用放假安排",
  holidays: [
    { name: "元旦", from: "2027-01-01", to: "2027-01-03" },
    { name: "春节", from: "2027-02-06", to: "2027-02-13" },
  ],
  workdays: [{ date: "2027-02-14" }],
};

describe.each(TEST_DRIVERS)("working-day calendar admin (%s)", (driver) => {
  let database: TestDatabase;
  const actors: Record<string, Actor> = {};
  const now = new Date("2026-11-27T09:00:00+08:00");
  const received: Record<"balitai" | "jinnan" | "replied", SubmissionResult> = {} as never;

  /** Stands in for the staff side's confirmReceipt: the record and its ledger event. */
  async function receivedApplication(agency: string, phone: string, receivedOn: string): Promise<SubmissionResult> {
    const storage = temporaryStorage();
    const input = { ...PERSON_APPLICATION, agency, applicant: { ...PERSON_APPLICATION.applicant, phone } };
    const result = await submitApplication(database.db, null, input, PROOF, { ip: "192.0.2.1", storage, rateLimitPerHour: 100 });
    await database.db.update(applications).set({ status: "in_progress", receivedOn, clockStartOn: receivedOn }).where(eq(applications.id, result.applicationId));
    await database.db
      .insert(applicationEvents)
      .values({ applicationId: result.applicationId, type: "received", occurredOn: receivedOn, actorKind: "staff", basis: "条例第三十一条", applicantVisible: true });
    return result;
  }

  async function cachedDue(result: SubmissionResult): Promise<string | null> {
    const [row] = await database.db.select({ replyDueOn: applications.replyDueOn }).from(applications).where(eq(applications.id, result.applicationId));
    return row!.replyDueOn;
  }

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
    forgetWorkingCalendar(); // the cache is per process; the other driver's run filled it
    const logins = {
      admin: ["admin@balitai.example", "Admin-2026"],
      jinnanAdmin: ["admin@jinnan.example", "Admin-2026"],
      clerk: ["clerk@balitai.example", "Clerk-2026"],
      citizen: ["citizen@example.com", "Citizen-2026"],
    } as const;
    for (const [key, [identifier, password]] of Object.entries(logins)) {
      actors[key] = await authenticate(database.db, { identifier, password }, "10.0.0.1");
    }
    received.balitai = await receivedApplication("11120112MB1957322H", "13500000001", "2026-12-10");
    received.jinnan = await receivedApplication("11120112000069010W", "13500000002", "2026-12-10");
    received.replied = await receivedApplication("11120112MB1957322H", "13500000003", "2026-12-10");
    await database.db.update(applications).set({ status: "replied" }).where(eq(applications.id, received.replied.applicationId));
  });
  afterAll(() => database.destroy());

  it("warns that next year's arrangement is missing, and not for a year that is there", async () => {
    expect(await missingNextCalendarYear(database.db, now)).toBe(2027);
    expect(await missingNextCalendarYear(database.db, new Date("2025-11-27T09:00:00+08:00"))).toBeUndefined();
    // 2026-12-31 20:00 UTC is already 2027 in China.
    expect(await missingNextCalendarYear(database.db, new Date("2026-12-31T20:00:00Z"))).toBe(2028);
  });

  it("lists the years; only the host agency's admin may edit", async () => {
    const own = await listCalendarYears(database.db, actors.admin!);
    expect(own.canEdit).toBe(true);
    expect(own.years.map((y) => y.year)).toContain(2026);
    expect((await listCalendarYears(database.db, actors.jinnanAdmin!)).canEdit).toBe(false);
  });

  it("refuses clerks, citizens and another agency's admin", async () => {
    await expect(listCalendarYears(database.db, actors.clerk!)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCalendarYears(database.db, actors.citizen!)).rejects.toBeInstanceOf(ForbiddenError);
    for (const who of ["clerk", "citizen", "jinnanAdmin"]) {
      await expect(saveCalendarYear(database.db, actors[who]!, YEAR_2027)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await missingNextCalendarYear(database.db, now)).toBe(2027);
  });

  it("refuses an inconsistent arrangement with the engine's Chinese reason, changing nothing", async () => {
    const reversed = { ...YEAR_2027, holidays: [{ name: "春节", from: "2027-02-13", to: "2027-02-06" }] };
    await expect(saveCalendarYear(database.db, actors.admin!, reversed)).rejects.toThrow("起止日期颠倒");
    const workdayInHoliday = { ...YEAR_2027, workdays: [{ date: "2027-02-08" }] };
    await expect(saveCalendarYear(database.db, actors.admin!, workdayInHoliday)).rejects.toBeInstanceOf(ValidationError);
    const outside = { ...YEAR_2027, holidays: [{ name: "国庆节", from: "2028-10-01", to: "2028-10-07" }] };
    await expect(saveCalendarYear(database.db, actors.admin!, outside)).rejects.toThrow("不属于2027年");
    const error = await saveCalendarYear(database.db, actors.admin!, { ...YEAR_2027, holidays: [] }).catch((e: unknown) => e);
    expect((error as ValidationError).errors[0]).toMatchObject({ path: "holidays", message: expect.stringContaining("至少填写一个节假日") });
    expect(await missingNextCalendarYear(database.db, now)).toBe(2027);
  });

  it("adds 2027: deadlines reaching 2027 become computable at once, and the change is audited", async () => {
    const calendarBefore = await getWorkingCalendar(database.db);
    expect(() => calendarBefore.addWorkingDays("2026-12-10", 20)).toThrow("2027年放假安排未公布");
    const saved = await saveCalendarYear(database.db, actors.admin!, YEAR_2027, { ip: "10.8.0.1" });
    expect(saved).toEqual({
      year: 2027,
      created: true,
      movedDeadlines: [{ applicationId: received.balitai.applicationId, agencyId: actors.admin!.agencyId, caseNumber: received.balitai.caseNumber, from: null, to: "2027-01-08" }],
      movedElsewhere: 1,
    });
    const calendarAfter = await getWorkingCalendar(database.db);
    expect(calendarAfter.isWorkingDay("2027-02-14")).toBe(true); // 调休上班日 (a Sunday)
    expect(calendarAfter.isWorkingDay("2027-02-08")).toBe(false);
    expect(calendarAfter.addWorkingDays("2026-12-10", 20)).toBe("2027-01-08");
    expect(await missingNextCalendarYear(database.db, now)).toBeUndefined();

    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "calendar.updated"));
    expect(entry).toMatchObject({ targetId: "2027", ip: "10.8.0.1", agencyId: actors.admin!.agencyId, before: null });
    expect(entry!.after).toMatchObject({ year: 2027, workdays: ["2027-02-14"] });
  });

  it("recomputes open deadlines from the ledger (workflow.md §3); each agency's list goes to its own audit log; finished cases stay", async () => {
    expect(await cachedDue(received.balitai)).toBe("2027-01-08");
    expect(await cachedDue(received.jinnan)).toBe("2027-01-08");
    expect(await cachedDue(received.replied)).toBeNull();
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.action, "deadlines.recomputed"));
    expect(entries.map((e) => e.agencyId).sort()).toEqual([actors.admin!.agencyId, actors.jinnanAdmin!.agencyId].sort());
    const jinnanEntry = entries.find((e) => e.agencyId === actors.jinnanAdmin!.agencyId)!;
    expect(jinnanEntry.after).toEqual({ cases: [{ applicationId: received.jinnan.applicationId, caseNumber: received.jinnan.caseNumber, from: null, to: "2027-01-08" }] });
    expect(await verifyAuditChain(database.db, { agencyId: actors.jinnanAdmin!.agencyId })).toMatchObject({ ok: true });
  });

  it("corrects an existing year, recording before and after", async () => {
    const corrected = { ...YEAR_2027, workdays: [] };
    // 2027-02-14 is no longer a working day; the 2027-01-08 deadlines do not move and are not listed.
    expect(await saveCalendarYear(database.db, actors.admin!, corrected)).toEqual({ year: 2027, created: false, movedDeadlines: [], movedElsewhere: 0 });
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, "calendar.updated"));
    const last = rows.at(-1)!;
    expect(last.before).toMatchObject({ workdays: ["2027-02-14"] });
    expect(last.after).toMatchObject({ workdays: [] });
    expect((await getWorkingCalendar(database.db)).isWorkingDay("2027-02-14")).toBe(false);
    expect(await verifyAuditChain(database.db, { agencyId: actors.admin!.agencyId })).toMatchObject({ ok: true });
  });

  it("deletes a future year entered by mistake, audited; refuses a year under way and other admins", async () => {
    for (const who of ["clerk", "citizen", "jinnanAdmin"]) {
      await expect(deleteCalendarYear(database.db, actors[who]!, 2027, {}, now)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(deleteCalendarYear(database.db, actors.admin!, 2026, {}, now)).rejects.toBeInstanceOf(RuleViolationError);
    await expect(deleteCalendarYear(database.db, actors.admin!, 2030, {}, now)).rejects.toBeInstanceOf(NotFoundError);
    const removed = await deleteCalendarYear(database.db, actors.admin!, 2027, { ip: "10.8.0.2" }, now);
    expect(removed).toMatchObject({ movedDeadlines: [{ caseNumber: received.balitai.caseNumber, from: "2027-01-08", to: null }], movedElsewhere: 1 });
    expect(await cachedDue(received.jinnan)).toBeNull();
    expect(await missingNextCalendarYear(database.db, now)).toBe(2027);
    const calendar = await getWorkingCalendar(database.db);
    expect(() => calendar.addWorkingDays("2026-12-10", 20)).toThrow("2027年放假安排未公布");
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "calendar.deleted"));
    expect(entry).toMatchObject({ targetId: "2027", ip: "10.8.0.2", after: null });
    expect(entry!.before).toMatchObject({ year: 2027 });
  });
});

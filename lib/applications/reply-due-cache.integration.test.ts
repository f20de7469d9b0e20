import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { applicationEvents, applications } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import { calendarYearsFromJson, createCalendar } from "@/lib/calendar";
import holidays from "@/lib/calendar/holidays-cn.json";
import { recomputeOpenDeadlines } from "@/lib/calendar-admin";
import { submitApplication } from "./submit-application";

describe.each(TEST_DRIVERS)("recomputing cached deadlines after a calendar change on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(async () => database?.destroy());

  it("updates open, received applications from their ledger and lists those that moved", async () => {
    const { db } = database;
    const storage = temporaryStorage();
    const received = await submitApplication(db, null, PERSON_APPLICATION, PROOF, { ip: "192.0.2.20", storage });
    const notReceived = await submitApplication(db, null, PERSON_APPLICATION, PROOF, { ip: "192.0.2.20", storage });
    await db.update(applications).set({ status: "in_progress", receivedOn: "2025-03-03", clockStartOn: "2025-03-03" }).where(eq(applications.id, received.applicationId));
    await db.insert(applicationEvents).values({ applicationId: received.applicationId, type: "received", occurredOn: "2025-03-03", actorKind: "staff" });

    const full = createCalendar(calendarYearsFromJson(holidays));
    const moved = await db.transaction((tx) => recomputeOpenDeadlines(tx, full, "2025-03-10"));
    expect(moved).toEqual([{ applicationId: received.applicationId, agencyId: expect.any(String), caseNumber: received.caseNumber, from: null, to: "2025-03-31" }]);
    expect(await db.transaction((tx) => recomputeOpenDeadlines(tx, full, "2025-03-10"))).toEqual([]);

    // Without 2025's arrangement the date is unknown (待定): the cache is cleared, and the case is listed.
    const without2025 = createCalendar(calendarYearsFromJson(holidays).filter((year) => year.year !== 2025));
    const unknown = await db.transaction((tx) => recomputeOpenDeadlines(tx, without2025, "2025-03-10"));
    expect(unknown).toEqual([{ applicationId: received.applicationId, agencyId: expect.any(String), caseNumber: received.caseNumber, from: "2025-03-31", to: null }]);
    const [untouched] = await db.select().from(applications).where(eq(applications.id, notReceived.applicationId));
    expect(untouched!.replyDueOn).toBeNull();
  });
});

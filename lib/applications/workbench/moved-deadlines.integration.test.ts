import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { saveCalendarYear } from "@/lib/calendar/admin";
import { ForbiddenError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { createSeededDatabase, MONDAY, PERSON_APPLICATION, type SeededDatabase } from "@/test/applications";
import { listMovedDeadlines } from "./moved-deadlines";
import { performAction } from "./perform-action";

// The official 2026 arrangement plus one extra day off on Monday 2026-03-16.
const CORRECTED_2026 = {
  year: 2026,
  source: "国办发明电〔2025〕7号（测试更正）",
  holidays: [
    { name: "元旦", from: "2026-01-01", to: "2026-01-03" },
    { name: "测试休假", from: "2026-03-16", to: "2026-03-16" },
    { name: "春节", from: "2026-02-15", to: "2026-02-23" },
    { name: "清明节", from: "2026-04-04", to: "2026-04-06" },
    { name: "劳动节", from: "2026-05-01", to: "2026-05-05" },
    { name: "端午节", from: "2026-06-19", to: "2026-06-21" },
    { name: "中秋节", from: "2026-09-25", to: "2026-09-27" },
    { name: "国庆节", from: "2026-10-01", to: "2026-10-07" },
  ],
  workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"].map((date) => ({ date })),
};

describe.each(TEST_DRIVERS)("moved deadlines after a calendar correction (workflow.md §3) on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let admin: Actor, clerk: Actor, otherClerk: Actor, publisher: Actor;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ admin, clerk, otherClerk, publisher } = database.actors);
  });
  afterAll(async () => database?.destroy());

  it("lists the agency's open cases whose cached due date moved, old → new; split parents and other agencies' cases are not listed", async () => {
    const id = await database.received();
    const twoItems = { ...PERSON_APPLICATION, items: [PERSON_APPLICATION.items[0], { title: "另一项信息", description: "请提供另一项政府信息的全文。" }] };
    const parent = await database.received({ input: twoItems });
    await performAction(db, clerk, parent, "split", { reason: "分别答复", groups: ["1", "2"] }, { now: MONDAY });
    expect(await listMovedDeadlines(db, clerk)).toEqual([]);

    await saveCalendarYear(db, admin, CORRECTED_2026);
    const caseNumber = (await db.select().from(applications).where(eq(applications.id, id)))[0]!.caseNumber;
    const moved = await listMovedDeadlines(db, clerk);
    expect(moved).toContainEqual(expect.objectContaining({ applicationId: id, caseNumber, from: "2026-03-30", to: "2026-03-31", calendarYear: "2026" }));
    expect(moved.some((m) => m.applicationId === parent)).toBe(false);
    // The two sub-applications moved like any open case.
    const subs = await db.select().from(applications).where(eq(applications.parentId, parent));
    for (const sub of subs) expect(moved).toContainEqual(expect.objectContaining({ applicationId: sub.id, from: "2026-03-30", to: "2026-03-31" }));
    expect((await db.select().from(applications).where(eq(applications.id, parent)))[0]!.replyDueOn).toBeNull();
    expect(await listMovedDeadlines(db, otherClerk)).toEqual([]);
    await expect(listMovedDeadlines(db, publisher)).rejects.toThrow(ForbiddenError);
  });
});

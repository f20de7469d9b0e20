import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { applications, outbox } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { saveCalendarYear } from "@/lib/calendar/admin";
import { forgetWorkingCalendar } from "@/lib/calendar/working-calendar";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createSeededDatabase, type SeededDatabase } from "@/test/applications";
import { sendReminders } from "../background/reminders";
import { getStaffCase } from "./case-view";
import { listInbox } from "./inbox";
import { listMovedDeadlines } from "./moved-deadlines";
import { performAction } from "./perform-action";

const ESTIMATE = "预计 2027-01-29（2027年放假安排公布前按法定节日推算）";

// A 2027 arrangement as the State Council might publish it: the statutory days, and one 调休
// Saturday (2027-01-30) that the provisional calendar could not know.
const PUBLISHED_2027 = {
  year: 2027,
  source: "国办发明电〔2026〕测试",
  holidays: [
    { name: "元旦", from: "2027-01-01", to: "2027-01-03" },
    { name: "春节", from: "2027-02-05", to: "2027-02-12" },
    { name: "清明节", from: "2027-04-03", to: "2027-04-05" },
    { name: "劳动节", from: "2027-05-01", to: "2027-05-05" },
    { name: "端午节", from: "2027-06-09", to: "2027-06-09" },
    { name: "中秋节", from: "2027-09-15", to: "2027-09-15" },
    { name: "国庆节", from: "2027-10-01", to: "2027-10-07" },
  ],
  workdays: ["2027-01-30"].map((date) => ({ date })),
};

describe.each(TEST_DRIVERS)("provisional due dates before the 2027 放假安排 is published on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, reviewer: Actor, admin: Actor;
  const ids = { early: "", extended: "", later: "" };

  async function extend(id: string) {
    await performAction(db, clerk, id, "proposeExtension", { workingDays: 20, reason: "需调取档案" }, { now: at("2026-12-10") });
    await performAction(db, reviewer, id, "approveExtension", {}, { now: at("2026-12-10") });
  }
  const row = async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0]!;

  beforeAll(async () => {
    forgetWorkingCalendar();
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, reviewer, admin } = database.actors);
    // Received 2026-11-02: due 2026-11-30 (official).
    ids.early = await database.received({ now: at("2026-11-02") });
    // Received 2026-12-03 (Thu): 20 working days end 2026-12-31; +20 after 元旦 2027-01-01 → 预计 2027-01-29.
    ids.extended = await database.received({ now: at("2026-12-03") });
    await extend(ids.extended);
    // Received 2026-12-04: one working day later → 预计 2027-02-01 (2027-01-30/31 a weekend as far as the 办法 knows).
    ids.later = await database.received({ now: at("2026-12-04") });
    await extend(ids.later);
  });
  afterAll(async () => {
    forgetWorkingCalendar();
    await database?.destroy();
  });

  it("caches the estimate beside a null official date, shows it on the case page and sorts the inbox by it", async () => {
    expect(await row(ids.extended)).toMatchObject({ replyDueOn: null, provisionalReplyDueOn: "2027-01-29" });
    expect(await row(ids.later)).toMatchObject({ replyDueOn: null, provisionalReplyDueOn: "2027-02-01" });

    const view = await getStaffCase(db, clerk, ids.extended, at("2026-12-10"));
    expect(view.clock.replyDueLabel).toBe(ESTIMATE);
    expect(view.clock.replyDueOn).toBeNull();

    const inbox = await listInbox(db, clerk, {}, at("2026-12-10"));
    const open = inbox.rows.filter((r) => [ids.early, ids.extended, ids.later].includes(r.id)).map((r) => r.id);
    expect(open).toEqual([ids.early, ids.extended, ids.later]);
    expect(inbox.rows.find((r) => r.id === ids.extended)).toMatchObject({ replyDueLabel: ESTIMATE, urgency: "normal" });
    // Only the official date makes a case overdue.
    expect((await listInbox(db, clerk, { overdue: "1" }, at("2027-02-03"))).rows.map((r) => r.id)).toEqual([ids.early]);
  });

  it("reminds the assignee by the estimate", async () => {
    await sendReminders(db, at("2027-01-26", 0)); // 3 working days before 2027-01-29 by the 办法
    const mails = await db.select().from(outbox).where(and(eq(outbox.applicationId, ids.extended), eq(outbox.kind, "worker_reminder")));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("还剩3个工作日");
    expect(mails[0]!.text).toContain(ESTIMATE);
  });

  it("entering 2027 replaces the estimate; a date the published year moved is listed as moved from the estimate", async () => {
    await saveCalendarYear(db, admin, PUBLISHED_2027);
    expect(await row(ids.extended)).toMatchObject({ replyDueOn: "2027-01-29", provisionalReplyDueOn: null });
    expect(await row(ids.later)).toMatchObject({ replyDueOn: "2027-01-30", provisionalReplyDueOn: null });
    const moved = await listMovedDeadlines(db, clerk);
    expect(moved.some((m) => m.applicationId === ids.extended)).toBe(false);
    expect(moved).toContainEqual(expect.objectContaining({ applicationId: ids.later, from: "2027-02-01", to: "2027-01-30", fromProvisional: true }));
    forgetWorkingCalendar();
    const view = await getStaffCase(db, clerk, ids.extended, at("2027-01-05"));
    expect(view.clock.replyDueLabel).toBe("2027-01-29");
  });
});

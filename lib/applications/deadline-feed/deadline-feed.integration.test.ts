import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createCitizen, createSeededDatabase, type SeededDatabase } from "@/test/applications";
import { loadCase } from "../case/load";
import { performAction } from "../workbench/perform-action";
import { deadlineFeed } from "./feed";
import {
  listApplicantSubscriptions,
  MAX_ACTIVE_SUBSCRIPTIONS,
  revokeApplicantSubscription,
  revokeStaffSubscription,
  subscribeAsApplicant,
  subscribeAsStaff,
} from "./subscriptions";

/** The feed as a calendar app reads it: parsed by ical.js (Mozilla's RFC 5545 parser), one entry per VEVENT. */
function parseFeed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), allDay: event.startDate.isDate, description: event.description };
  });
}

const tokenOf = (url: string) => url.match(/\/api\/deadline-feed\/(gkc_[\w-]+)\.ics$/)![1]!;
const NOW = at("2026-03-10");

describe.each(TEST_DRIVERS)("deadline subscriptions (issue 16.5) on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let owned = "";
  let anonymous = "";
  let trackingCode: { kind: "trackingCode"; applicationId: string };

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    // Received Monday 2026-03-02: due 2026-03-30 (条例第三十三条, holidays-cn.json).
    owned = await database.received({ owner: database.actors.citizen });
    anonymous = await database.received({ owner: null });
    trackingCode = { kind: "trackingCode", applicationId: anonymous };
  });
  afterAll(async () => database?.destroy());

  const replyDue = async (id: string) => (await loadCase(db, id, "2026-03-10"))!.clock!.replyDueOn;

  it("the applicant's feed parses and lists the reply due date lib/clock computes, all day, without personal data", async () => {
    const { url, webcalUrl } = await subscribeAsApplicant(db, database.actors.citizen, owned);
    expect(webcalUrl.startsWith("webcal://")).toBe(true);
    const ics = (await deadlineFeed(db, tokenOf(url), NOW))!;
    const events = parseFeed(ics);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: "2026-03-30", allDay: true });
    expect(events[0]!.summary).toMatch(/^答复期限：/);
    expect(events[0]!.start).toBe(await replyDue(owned));
    expect(ics).not.toContain("测试"); // the applicant's name
    expect(ics).not.toContain("13700137000");
  });

  it("after an extension (条例第三十三条第二款) the same entry shows the new due date", async () => {
    const { url } = await subscribeAsStaff(db, database.actors.clerk, owned);
    const before = parseFeed((await deadlineFeed(db, tokenOf(url), NOW))!);
    await performAction(db, database.actors.clerk, owned, "proposeExtension", { workingDays: 20, reason: "需调取档案" }, { now: NOW });
    await performAction(db, database.actors.reviewer, owned, "approveExtension", {}, { now: NOW });
    const after = parseFeed((await deadlineFeed(db, tokenOf(url), NOW))!);
    const extended = await replyDue(owned);
    expect(extended).not.toBe("2026-03-30");
    expect(after.find((e) => e.uid === before[0]!.uid)?.start).toBe(extended);
    expect(after).toHaveLength(1);
  });

  it("staff see the consultation's deadline; the applicant's feed leaves the agency's internal waits out", async () => {
    const consulted = await database.received({ owner: database.actors.citizen });
    await performAction(db, database.actors.clerk, consulted, "startConsultation", { kind: "thirdParty", consultee: "乙公司", information: "某合同", sentOn: "2026-03-03" }, { now: NOW });
    const staff = parseFeed((await deadlineFeed(db, tokenOf((await subscribeAsStaff(db, database.actors.clerk, consulted)).url), NOW))!);
    const applicant = parseFeed((await deadlineFeed(db, tokenOf((await subscribeAsApplicant(db, database.actors.citizen, consulted)).url), NOW))!);
    expect(staff.some((e) => e.summary.startsWith("征求意见期限"))).toBe(true);
    expect(applicant.some((e) => e.summary.startsWith("征求意见期限"))).toBe(false);
  });

  it("a tracking-code look-up subscribes; a revoked URL answers as unknown", async () => {
    const { id, url } = await subscribeAsApplicant(db, trackingCode, anonymous);
    expect(await deadlineFeed(db, tokenOf(url), NOW)).not.toBeNull();
    expect((await listApplicantSubscriptions(db, trackingCode, anonymous)).map((s) => s.id)).toContain(id);
    await revokeApplicantSubscription(db, trackingCode, anonymous, id);
    expect(await deadlineFeed(db, tokenOf(url), NOW)).toBeNull();
    await expect(revokeApplicantSubscription(db, trackingCode, anonymous, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await deadlineFeed(db, "gkc_made-up", NOW)).toBeNull();
    expect(await deadlineFeed(db, "../../etc/passwd", NOW)).toBeNull();
  });

  it("refuses another applicant, a look-up of another application, the publisher and another agency's clerk", async () => {
    const stranger = await createCitizen(db, "stranger-feed@example.com");
    await expect(subscribeAsApplicant(db, stranger, owned)).rejects.toBeInstanceOf(NotFoundError);
    await expect(subscribeAsApplicant(db, trackingCode, owned)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listApplicantSubscriptions(db, stranger, owned)).rejects.toBeInstanceOf(NotFoundError);
    await expect(subscribeAsStaff(db, database.actors.publisher, owned)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(subscribeAsStaff(db, database.actors.otherClerk, owned)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(subscribeAsStaff(db, database.actors.citizen, owned)).rejects.toBeInstanceOf(ForbiddenError);
    const mine = await subscribeAsApplicant(db, database.actors.citizen, owned);
    await expect(revokeApplicantSubscription(db, stranger, owned, mine.id)).rejects.toBeInstanceOf(NotFoundError);
    // A staff member revokes their own subscriptions only.
    const clerks = await subscribeAsStaff(db, database.actors.clerk, owned);
    await expect(revokeStaffSubscription(db, database.actors.reviewer, owned, clerks.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a disabled staff account's feed stops at once", async () => {
    const { url } = await subscribeAsStaff(db, database.actors.reviewer, anonymous);
    expect(await deadlineFeed(db, tokenOf(url), NOW)).not.toBeNull();
    await db.update(users).set({ disabled: true }).where(eq(users.id, database.actors.reviewer.userId));
    try {
      expect(await deadlineFeed(db, tokenOf(url), NOW)).toBeNull();
    } finally {
      await db.update(users).set({ disabled: false }).where(eq(users.id, database.actors.reviewer.userId));
    }
  });

  it(`keeps at most ${MAX_ACTIVE_SUBSCRIPTIONS} active URLs per applicant and application, also when asked at once`, async () => {
    const fresh = await database.received({ owner: database.actors.citizen });
    const results = await Promise.allSettled(Array.from({ length: MAX_ACTIVE_SUBSCRIPTIONS + 2 }, () => subscribeAsApplicant(db, database.actors.citizen, fresh)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_ACTIVE_SUBSCRIPTIONS);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
  });
});

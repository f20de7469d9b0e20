import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { applicationEvents, applications, letters } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { getAgencySettings, updateAgencySettings } from "@/lib/agencies/settings";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createSeededDatabase, MONDAY, type SeededDatabase } from "@/test/applications";
import { performAction } from "./perform-action";

const BALITAI = "11120112MB1957322H";

/**
 * The two **Policy default**s that were fixed in code are agency settings (fees.md §3 step 3;
 * workflow.md §4 table of pauses): an admin turns them off and the next cases follow the setting.
 */
describe.each(TEST_DRIVERS)("agency settings change the outcome: fee notice receipt, release wait (%s)", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, reviewer: Actor, admin: Actor;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, reviewer, admin } = database.actors);
  });
  afterAll(async () => database?.destroy());

  const row = async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0]!;
  const eventsOf = async (id: string, type: string) =>
    db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, type)));

  async function setPolicy(change: { onlineFeeNoticeReceivedWhenSent?: boolean; releaseWaitPausesClock?: boolean }) {
    const { code: _code, ...values } = await getAgencySettings(db, admin, BALITAI);
    await updateAgencySettings(db, admin, BALITAI, { ...values, policy: { ...values.policy, ...change } });
  }

  async function issuedFee(): Promise<{ id: string; paragraphs: string }> {
    const id = await database.received();
    await performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "150" }, { now: MONDAY });
    const issued = await performAction(db, reviewer, id, "approveFee", {}, { now: MONDAY });
    const [letter] = await db.select().from(letters).where(eq(letters.id, issued.letterId!));
    return { id, paragraphs: letter!.content.paragraphs.join("") };
  }

  it("an online fee notice is received the day it is sent by default; turned off, it waits for the recorded delivery", async () => {
    const byDefault = await issuedFee();
    expect((await eventsOf(byDefault.id, "feeNoticeReceived")).map((e) => e.occurredOn)).toEqual(["2026-03-02"]);
    expect(byDefault.paragraphs).toMatch(/即2026年3月30日前/);

    await setPolicy({ onlineFeeNoticeReceivedWhenSent: false });
    const off = await issuedFee();
    expect(await eventsOf(off.id, "feeNoticeReceived")).toEqual([]);
    expect(off.paragraphs).not.toMatch(/即\d{4}年/); // no pay-by date before the notice is received
    expect((await row(off.id)).replyDueOn).not.toBeNull(); // the pause starts only on receipt
    await performAction(db, clerk, off.id, "recordFeeNoticeDelivery", { deliveredOn: "2026-03-04" }, { now: at("2026-03-04") });
    expect((await eventsOf(off.id, "feeNoticeReceived")).map((e) => e.occurredOn)).toEqual(["2026-03-04"]);
    expect((await row(off.id)).replyDueOn).toBeNull(); // 计时中止 while the fee is unpaid
    await setPolicy({ onlineFeeNoticeReceivedWhenSent: true });
  });

  async function releaseWaitDelivered(): Promise<string> {
    const id = await database.received();
    await performAction(db, clerk, id, "startConsultation", { kind: "thirdParty", consultee: "天津某某建筑公司", information: "道路养护合同", sentOn: "2026-03-03" }, { now: at("2026-03-03") });
    const [consultation] = await eventsOf(id, "consultationSent");
    const consultationId = String(consultation!.payload.pauseId);
    const now = at("2026-03-05");
    await performAction(db, clerk, id, "recordConsultationOpinion", { consultationId, receivedOn: "2026-03-05", objects: "yes", summary: "涉及商业秘密" }, { now });
    await performAction(db, reviewer, id, "notifyThirdParty", { consultationId, information: "道路养护合同（含单价）", reasons: "涉及公共资金使用" }, { now });
    await performAction(db, clerk, id, "recordThirdPartyDelivery", { consultationId, deliveredOn: "2026-03-06" }, { now: at("2026-03-06") });
    return id;
  }

  it("the release wait pauses the reply clock by default; turned off, the reply period keeps running through it", async () => {
    const byDefault = await releaseWaitDelivered();
    expect((await row(byDefault)).replyDueOn).toBeNull(); // 计时中止 while the wait is open

    await setPolicy({ releaseWaitPausesClock: false });
    const off = await releaseWaitDelivered();
    // Received 2026-03-02; only the consultation 03-04…03-05 (2 working days) is excluded: 22 working days.
    expect((await row(off)).replyDueOn).toBe("2026-04-01");
    await setPolicy({ releaseWaitPausesClock: true });
  });
});

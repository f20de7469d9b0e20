import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { applicationEvents, letters } from "@/db/schema";
import { aggregateYear } from "@/db/queries/annual-report";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError } from "@/lib/errors";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, ORGANIZATION_APPLICATION } from "@/test/applications";
import { loadCase } from "../case/load";
import { performAction, performSystemAction } from "./perform-action";
import { registerOfflineApplication } from "./register-offline";

const at = (date: string) => new Date(`${date}T02:00:00Z`);
const CUT = { amountYuan: "1000", reason: "申请人为低保家庭" };

/** fees.md §3.6: a reduced 收费通知书 sent by post restarts the payment window when it is delivered. */
describe.each(TEST_DRIVERS)("a fee reduced by post (%s)", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let clerk: Actor, reviewer: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    clerk = await actorFor(db, "clerk@balitai.example");
    reviewer = await actorFor(db, "reviewer@balitai.example");
  });
  afterAll(async () => database?.destroy());

  const feeWindow = async (id: string, today: string) =>
    (await loadCase(db, id, today))!.clock!.pauses.find((p) => p.kind === "feeNotice")!;
  const eventOf = async (id: string, type: string) =>
    db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, type)));

  /** A mailed application with a 1,700 元 notice delivered on 2026-03-04 (the pause and its window start that day). */
  async function mailedWithFee(): Promise<string> {
    const { applicationId: id } = await registerOfflineApplication(
      db,
      clerk,
      { channel: "registered_mail", receivedOn: "2026-03-02", application: ORGANIZATION_APPLICATION },
      at("2026-03-02"),
    );
    await performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "150" }, { now: at("2026-03-02") });
    await performAction(db, reviewer, id, "approveFee", {}, { now: at("2026-03-02") });
    await performAction(db, clerk, id, "recordFeeNoticeDelivery", { deliveredOn: "2026-03-04" }, { now: at("2026-03-04") });
    return id;
  }

  it("the new window starts on the recorded delivery of the reduced notice, not on its issue; the notice states the rule, not a date", async () => {
    const id = await mailedWithFee();
    const original = await feeWindow(id, "2026-03-09");
    expect(original).toMatchObject({ startOn: "2026-03-04", deadlineOn: "2026-04-01" });

    const reduced = await performAction(db, reviewer, id, "reduceFee", CUT, { now: at("2026-03-09") });
    const [notice] = await db.select().from(letters).where(eq(letters.id, reduced.letterId!));
    const text = notice!.content.paragraphs.join("");
    expect(text).toContain("自收到本通知之次日起20个工作日内");
    expect(text).not.toMatch(/即\d{4}年/);
    // Until the new notice is delivered, the pause runs on (started 03-04) and the window is not restarted yet,
    // but the old notice's window no longer closes the application: the reduced notice is still in the post.
    expect(await feeWindow(id, "2026-03-10")).toMatchObject({ startOn: "2026-03-04", deadlineOn: "2026-04-01" });
    await expect(db.transaction((tx) => performSystemAction(tx, id, "closeForUnpaidFee", {}, at("2026-04-02")))).rejects.toThrow(/缴费期限尚不确定/);

    // The delivery step applies to the reduced notice too; it cannot predate the new notice.
    await expect(
      performAction(db, clerk, id, "recordFeeNoticeDelivery", { deliveredOn: "2026-03-06" }, { now: at("2026-03-11") }),
    ).rejects.toThrow(/发出之日/);
    await performAction(db, clerk, id, "recordFeeNoticeDelivery", { deliveredOn: "2026-03-11" }, { now: at("2026-03-11") });
    const [, delivered] = await eventOf(id, "feeNoticeReceived").then((rows) => rows.sort((a, b) => a.seq - b.seq));
    expect(delivered).toMatchObject({ occurredOn: "2026-03-11", payload: { reducedNotice: true } });
    // 20 working days from the day after 2026-03-11 (清明节 2026-04-04…06 is not counted): 2026-04-09.
    expect(await feeWindow(id, "2026-03-11")).toMatchObject({ startOn: "2026-03-04", deadlineOn: "2026-04-09" });
    await expect(
      performAction(db, clerk, id, "recordFeeNoticeDelivery", { deliveredOn: "2026-03-11" }, { now: at("2026-03-11") }),
    ).rejects.toThrow(ConflictError);
  });

  it("the payment after a reduction records the reduced amount, which the annual report counts as collected", async () => {
    const id = await mailedWithFee();
    const before = (await aggregateYear(db, clerk.agencyId!, 2026)).fees.collected;
    await performAction(db, reviewer, id, "reduceFee", CUT, { now: at("2026-03-09") });
    await performAction(db, clerk, id, "recordFeeNoticeDelivery", { deliveredOn: "2026-03-10" }, { now: at("2026-03-10") });
    await performAction(db, clerk, id, "recordFeePayment", { paidOn: "2026-03-12", receiptNumber: "NO.456" }, { now: at("2026-03-12") });
    const [paid] = await eventOf(id, "feePaid");
    expect(paid!.payload).toMatchObject({ amountYuan: 1000, receiptNumber: "NO.456" });
    expect((await aggregateYear(db, clerk.agencyId!, 2026)).fees.collected - before).toBe(1000);
  });
});

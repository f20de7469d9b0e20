import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, like, sql } from "drizzle-orm";
import { applicationEvents, auditLog, letters, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { verifyAuditChain } from "@/lib/audit";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { actorFor, at, createSeededDatabase, MONDAY, type SeededDatabase } from "@/test/applications";
import { INBOX_PAGE_SIZE, listInbox } from "./inbox";
import { performAction } from "./perform-action";

/**
 * Issue 6 acceptance, through the use case (performAction) rather than the pure table alone: the
 * refusals the issue names, two staff at once, gap-free letter numbers under concurrency and the
 * audit hash chain after it.
 */
describe.each(TEST_DRIVERS)("workbench acceptance on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, secondClerk: Actor, reviewer: Actor, otherClerk: Actor;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, reviewer, otherClerk } = database.actors);
    await db.insert(users).values({ email: "clerk2@balitai.example", name: "吴经办", role: "clerk", agencyId: clerk.agencyId, passwordHash: "x" });
    secondClerk = await actorFor(db, "clerk2@balitai.example");
  });
  afterAll(async () => database?.destroy());

  const submitted = async (now = MONDAY) => (await database.submit({ now })).applicationId;
  const received = (now = MONDAY) => database.received({ now });

  it("refuses an extension approved after the due date in force, and one proposed by another agency (条例第三十三条)", async () => {
    const id = await received();
    await expect(performAction(db, otherClerk, id, "proposeExtension", { workingDays: 10, reason: "需调取档案" }, { now: at("2026-03-20") })).rejects.toThrow(
      ForbiddenError,
    );
    await performAction(db, clerk, id, "proposeExtension", { workingDays: 10, reason: "需调取档案" }, { now: at("2026-03-20") });
    await expect(performAction(db, reviewer, id, "approveExtension", {}, { now: at("2026-03-31") })).rejects.toThrow(/2026-03-30/);
    expect(await db.select().from(letters).where(and(eq(letters.applicationId, id), eq(letters.kind, "extensionNotice")))).toHaveLength(0);
    // A refusal with a reason closes the proposal; the due date stays.
    await performAction(db, reviewer, id, "refuseExtension", { reason: "已逾期，不予延期" }, { now: at("2026-03-31") });
    await expect(performAction(db, reviewer, id, "approveExtension", {}, { now: at("2026-03-31") })).rejects.toThrow(/没有待审批的延期申请/);
  });

  it("refuses an action from the wrong status with the status named", async () => {
    const id = await submitted();
    await expect(performAction(db, clerk, id, "requestCorrection", { points: "请写明文件名称", guidance: "x", deadlineOn: "2026-03-25" }, { now: MONDAY })).rejects.toThrow(
      /已提交待确认/,
    );
    await expect(performAction(db, reviewer, id, "approveReply", {}, { now: MONDAY })).rejects.toThrow(ConflictError);
    await expect(performAction(db, clerk, id, "recordDelivery", { method: "email", deliveredOn: "2026-03-02" }, { now: MONDAY })).rejects.toThrow(ConflictError);
  });

  it("charges by one method only: a per-item proposal waits until the per-page notice is settled", async () => {
    const id = await received();
    await performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "150" }, { now: MONDAY });
    await performAction(db, reviewer, id, "approveFee", {}, { now: MONDAY });
    await expect(performAction(db, clerk, id, "proposeFee", { method: "perItem", pages: "" }, { now: at("2026-03-03") })).rejects.toThrow(/已有收费通知/);
    await performAction(db, reviewer, id, "cancelFee", { reason: "改按件计收" }, { now: at("2026-03-03") });
    // The applicant's first item of the month costs nothing (第四条): nothing to propose.
    await expect(performAction(db, clerk, id, "proposeFee", { method: "perItem", pages: "" }, { now: at("2026-03-03") })).rejects.toThrow(/0元/);
  });

  it("two clerks confirming one receipt at once: one succeeds, the other is refused, one 申请接收回执", async () => {
    const id = await submitted();
    const results = await Promise.allSettled([
      performAction(db, clerk, id, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY }),
      performAction(db, secondClerk, id, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await db.select().from(letters).where(eq(letters.applicationId, id))).toHaveLength(1);
    expect(await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "received")))).toHaveLength(1);
  });

  it("letter numbers stay gap-free and unique under concurrency (refused and rolled-back steps take no number); the audit chain verifies", async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, () => submitted()));
    const consulted = await received();
    const now = at("2026-03-03");
    const steps = [
      ...ids.map((id, i) => performAction(db, i % 2 ? clerk : secondClerk, id, "confirmReceipt", { receivedOn: "2026-03-03" }, { now })),
      // Refused after the row lock: the same application twice more.
      performAction(db, clerk, ids[0]!, "confirmReceipt", { receivedOn: "2026-03-03" }, { now }),
      performAction(db, secondClerk, ids[1]!, "confirmReceipt", { receivedOn: "2026-03-03" }, { now }),
      // Rolled back after its number was drawn: the 征求意见书 would carry the applicant's name (测试).
      performAction(db, clerk, consulted, "startConsultation", { kind: "thirdParty", consultee: "乙公司", information: "测试申请的合同", sentOn: "2026-03-03" }, { now }),
    ];
    const results = await Promise.allSettled(steps);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(8);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.any(ConflictError),
      expect.any(ConflictError),
      expect.any(ValidationError),
    ]);

    const series = await db
      .select({ serial: letters.serial, number: letters.number })
      .from(letters)
      .where(and(eq(letters.agencyId, clerk.agencyId!), eq(letters.year, 2026)))
      .orderBy(asc(letters.serial));
    expect(series.map((l) => l.serial)).toEqual(series.map((_, i) => i + 1));
    expect(new Set(series.map((l) => l.number)).size).toBe(series.length);

    const receipts = await db.select().from(auditLog).where(and(eq(auditLog.agencyId, clerk.agencyId!), like(auditLog.action, "application.confirmReceipt")));
    expect(receipts.length).toBeGreaterThanOrEqual(8);
    expect(await verifyAuditChain(db, { agencyId: clerk.agencyId })).toMatchObject({ ok: true });
  });

  it("the inbox lists every open application before years of finished ones, a page of INBOX_PAGE_SIZE at a time, and counts them all", async () => {
    const old = await received(at("2026-02-02")); // open and overdue by April
    const soon = await received(at("2026-03-06")); // due 2026-04-03: 2 working days left on 04-01
    // Years of finished applications, newer than the open one (bulk SQL, like the bench).
    await db.execute(sql`
      insert into applications (agency_id, case_number, tracking_code_hash, status, channel, applicant_type, applicant_name, id_type,
        id_number_encrypted, id_number_hash, id_number_masked, phone, phone_normalized, carrier_forms, delivery_methods, submitted_at, received_on, decision)
      select agency_id, 'DONE-' || g, md5('done-' || g), 'replied', channel, applicant_type, applicant_name, id_type,
        id_number_encrypted, id_number_hash, id_number_masked, phone, phone_normalized, carrier_forms, delivery_methods,
        submitted_at + g * interval '1 minute', received_on, 'disclosed'
      from applications, generate_series(1, ${INBOX_PAGE_SIZE + 20}) g where id = ${old}`);
    const inbox = await listInbox(db, clerk, {}, at("2026-04-01"));
    expect(inbox.rows).toHaveLength(INBOX_PAGE_SIZE);
    const open = inbox.rows.filter((r) => r.queue !== "finished");
    expect(open.map((r) => r.id)).toContain(old);
    expect(inbox.rows.slice(0, open.length)).toEqual(open);
    expect(inbox.rows.find((r) => r.id === old)).toMatchObject({ urgency: "overdue" });
    expect(inbox.rows.find((r) => r.id === soon)).toMatchObject({ replyDueOn: "2026-04-03", urgency: "dueSoon" });
    expect(inbox.counts.finished).toBeGreaterThanOrEqual(INBOX_PAGE_SIZE + 20);
    expect(open).toHaveLength(inbox.counts.unconfirmed + inbox.counts.correctionExpired + inbox.counts.open);
    expect(inbox.counts.total).toBe(open.length + inbox.counts.finished);
    // The counts (SQL) read due dates as the rows' urgency (lib/calendar) does.
    expect(inbox.counts.overdue).toBe(open.filter((r) => r.urgency === "overdue").length);
    expect(inbox.counts.dueSoon).toBe(open.filter((r) => r.urgency === "dueSoon").length);
    expect(open.filter((r) => r.urgency === "dueSoon" && r.queue === "unconfirmed").length).toBeGreaterThan(0);
    expect(inbox).toMatchObject({ listed: inbox.counts.total, page: 1, pages: Math.ceil(inbox.counts.total / INBOX_PAGE_SIZE) });
    // The next page goes on with the finished ones, none listed twice.
    const next = await listInbox(db, clerk, { page: "2" }, at("2026-04-01"));
    expect(next.rows.length).toBe(Math.min(INBOX_PAGE_SIZE, inbox.counts.total - INBOX_PAGE_SIZE));
    expect(next.rows.every((r) => r.queue === "finished" && !inbox.rows.some((p) => p.id === r.id))).toBe(true);
    // Finished ones are listed latest first.
    const finished = inbox.rows.filter((r) => r.queue === "finished").map((r) => r.caseNumber);
    expect(finished[0]).toBe(`DONE-${INBOX_PAGE_SIZE + 20}`);
  });
});

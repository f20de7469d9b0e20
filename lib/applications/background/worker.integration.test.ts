import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, like } from "drizzle-orm";
import { applicationEvents, applications, auditLog, letters, outbox, sentNotices } from "@/db/schema";
import { openDatabase } from "@/db/open";
import type { Db } from "@/db/types";
import { verifyAuditChain } from "@/lib/audit";
import type { Actor } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createSeededDatabase, MONDAY, type SeededDatabase } from "@/test/applications";
import { listInbox } from "../workbench/inbox";
import { performAction } from "../workbench/perform-action";
import { runDeadlineSteps } from "./deadline-steps";
import { reminderThreshold, sendReminders } from "./reminders";

describe("reminderThreshold (workflow.md §4 Policy default 3 and 1 working days)", () => {
  it.each([
    [5, null],
    [4, null],
    [3, 3],
    [2, 3],
    [1, 1],
    [0, 1],
  ])("%i working days left → %s", (left, threshold) => {
    expect(reminderThreshold(left, [3, 1])).toBe(threshold);
  });
});

describe.each(TEST_DRIVERS)("the worker's system steps on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, reviewer: Actor;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, reviewer } = database.actors);
  });
  afterAll(async () => database?.destroy());

  const received = (now = MONDAY) => database.received({ now });
  const row = async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0]!;
  const eventsOf = async (id: string, type: string) =>
    db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, type)));
  const lettersOf = async (id: string) => db.select().from(letters).where(eq(letters.applicationId, id)).orderBy(asc(letters.issuedAt));
  const mailsOf = async (id: string, kind: string) =>
    db.select().from(outbox).where(and(eq(outbox.applicationId, id), eq(outbox.kind, kind))).orderBy(asc(outbox.createdAt));

  async function unpaidFee(): Promise<string> {
    const id = await received();
    await performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "150" }, { now: MONDAY });
    // Online notice: received the day it is sent (fees.md §3.3); 20 working days to pay → 2026-03-31.
    await performAction(db, reviewer, id, "approveFee", {}, { now: at("2026-03-03") });
    return id;
  }

  it("closes an unpaid fee the day after the deadline with （六）2, an event by system and a numbered 终止办理告知书", async () => {
    const id = await unpaidFee();
    await runDeadlineSteps(db, at("2026-03-31"));
    expect((await row(id)).status).toBe("in_progress");

    await runDeadlineSteps(db, at("2026-04-01"));
    expect(await row(id)).toMatchObject({ status: "closed", decision: "abandonedFeeUnpaid" });
    const [event] = await eventsOf(id, "feeUnpaidClosed");
    expect(event).toMatchObject({ actorKind: "system", actorId: null, occurredOn: "2026-04-01", applicantVisible: true });
    expect(event!.before).toMatchObject({ status: "in_progress" });
    expect(event!.after).toMatchObject({ status: "closed", decision: "abandonedFeeUnpaid" });
    const [feeNotice, closing] = (await lettersOf(id)).filter((l) => l.kind === "feeNotice" || l.kind === "closingNotice");
    expect(closing).toMatchObject({ kind: "closingNotice", applicantVisible: true, issuedOn: "2026-04-01", issuedBy: null });
    expect(closing!.number).toMatch(/^八里台政公开〔2026〕\d+号$/);
    const text = closing!.content.paragraphs.join("");
    expect(text).toContain(feeNotice!.number!);
    expect(text).toContain("2026年3月31日");
    expect(await mailsOf(id, "letter_closingNotice")).toHaveLength(1);
    expect((await mailsOf(id, "worker_closeForUnpaidFee")).map((m) => m.to)).toEqual(["clerk@balitai.example"]);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, "application.closeForUnpaidFee")));
    expect(audit).toMatchObject({ actorName: "系统", actorUserId: null, actorRole: null, after: { status: "closed", letter: closing!.number } });
    expect(await verifyAuditChain(db, { agencyId: clerk.agencyId })).toMatchObject({ ok: true });

    // A re-run finds nothing left to do.
    await runDeadlineSteps(db, at("2026-04-02"));
    expect(await eventsOf(id, "feeUnpaidClosed")).toHaveLength(1);
    expect((await lettersOf(id)).filter((l) => l.kind === "closingNotice")).toHaveLength(1);
  });

  it("never closes a paid or cancelled fee", async () => {
    const paid = await unpaidFee();
    await performAction(db, clerk, paid, "recordFeePayment", { paidOn: "2026-03-20", receiptNumber: "津财票0002" }, { now: at("2026-03-20") });
    const cancelled = await unpaidFee();
    await performAction(db, reviewer, cancelled, "cancelFee", { reason: "申请人经济困难" }, { now: at("2026-03-10") });
    await runDeadlineSteps(db, at("2026-04-15"));
    expect((await row(paid)).status).toBe("in_progress");
    expect((await row(cancelled)).status).toBe("in_progress");
    expect(await eventsOf(paid, "feeUnpaidClosed")).toHaveLength(0);
  });

  it("an expired correction only moves into the queue 补正期限已届满，待确认; the assignee and the reviewers are told", async () => {
    const id = await received();
    await performAction(db, clerk, id, "requestCorrection", { points: "请写明文件名称", guidance: "可写明文号", deadlineOn: "2026-03-23" }, { now: MONDAY });
    await runDeadlineSteps(db, at("2026-03-23"));
    expect(await eventsOf(id, "correctionDeadlinePassed")).toHaveLength(0);

    await runDeadlineSteps(db, at("2026-03-24"));
    await runDeadlineSteps(db, at("2026-03-25"));
    expect(await row(id)).toMatchObject({ status: "awaiting_correction", decision: null });
    const passed = await eventsOf(id, "correctionDeadlinePassed");
    expect(passed).toHaveLength(1);
    expect(passed[0]).toMatchObject({ actorKind: "system", occurredOn: "2026-03-24", applicantVisible: false, payload: { correctionDueOn: "2026-03-23" } });
    expect((await lettersOf(id)).map((l) => l.kind)).toEqual(["receipt", "correctionNotice"]);
    expect((await mailsOf(id, "worker_correctionDeadlinePassed")).map((m) => m.to)).toEqual(["clerk@balitai.example"]);
    expect((await mailsOf(id, "workbench_review_request")).map((m) => m.to)).toEqual(["reviewer@balitai.example"]);
    const inbox = await listInbox(db, clerk, {}, at("2026-03-25"));
    expect(inbox.rows.find((r) => r.id === id)).toMatchObject({ queue: "correctionExpired", correctionDueOn: "2026-03-23" });

    // The reviewer decides; the worker never did.
    await performAction(db, reviewer, id, "confirmAbandonment", { reason: "逾期未补正，亦未说明理由" }, { now: at("2026-03-25") });
    expect(await row(id)).toMatchObject({ status: "closed", decision: "abandonedNoCorrection" });
  });

  it("ends a consultation whose 15 working days passed without an opinion; a clerk may end it first, never before the deadline", async () => {
    const consult = async () => {
      const id = await received();
      await performAction(db, clerk, id, "startConsultation", { kind: "thirdParty", consultee: "天津某公司", information: "某合同文本", sentOn: "2026-03-04" }, { now: at("2026-03-04") });
      const [sent] = await eventsOf(id, "consultationSent");
      const consultationId = String(sent!.payload.pauseId);
      // Delivered 03-05: the consultee's 15th working day is 2026-03-26 (条例第三十二条).
      await performAction(db, clerk, id, "recordConsultationDelivery", { consultationId, deliveredOn: "2026-03-05" }, { now: at("2026-03-05") });
      return { id, consultationId };
    };
    const silent = await consult();
    const byClerk = await consult();
    await expect(performAction(db, clerk, byClerk.id, "endConsultation", { consultationId: byClerk.consultationId }, { now: at("2026-03-26") })).rejects.toThrow(
      /没有期限已届满的征求意见/,
    );
    await expect(performAction(db, reviewer, byClerk.id, "endConsultation", { consultationId: byClerk.consultationId }, { now: at("2026-03-27") })).rejects.toThrow(
      /审核人不能办理/,
    );
    await runDeadlineSteps(db, at("2026-03-26"));
    expect(await eventsOf(silent.id, "consultationEnded")).toHaveLength(0);
    expect((await row(silent.id)).replyDueOn).toBeNull();

    await performAction(db, clerk, byClerk.id, "endConsultation", { consultationId: byClerk.consultationId }, { now: at("2026-03-27") });
    await runDeadlineSteps(db, at("2026-03-27"));
    const [ended] = await eventsOf(silent.id, "consultationEnded");
    expect(ended).toMatchObject({ actorKind: "system", occurredOn: "2026-03-27", payload: { pauseId: silent.consultationId } });
    // The pause 03-04 → 03-26 excluded 16 working days: 2026-03-30 + 16 working days.
    expect(await row(silent.id)).toMatchObject({ status: "in_progress", replyDueOn: "2026-04-22" });
    expect(await mailsOf(silent.id, "worker_endConsultation")).toHaveLength(1);
    const clerkEnded = await eventsOf(byClerk.id, "consultationEnded");
    expect(clerkEnded.map((e) => e.actorKind)).toEqual(["staff"]);
  });

  it("reminds the assignee once at 3 and once at 1 working day before the due date", async () => {
    const id = await received();
    await performAction(db, reviewer, id, "assign", { assigneeId: reviewer.userId }, { now: MONDAY });
    for (const day of ["2026-03-24", "2026-03-25", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-27", "2026-03-30"]) {
      await sendReminders(db, at(day, 0)); // 08:00 in China
    }
    const reminders = await mailsOf(id, "worker_reminder");
    expect(reminders.map((m) => m.to)).toEqual(["reviewer@balitai.example", "reviewer@balitai.example"]);
    expect(reminders.map((m) => m.subject)).toEqual([expect.stringContaining("还剩3个工作日"), expect.stringContaining("还剩1个工作日")]);
    const keys = await db.select().from(sentNotices).where(eq(sentNotices.applicationId, id));
    expect(keys.map((k) => k.key).sort()).toEqual([`reminder:${id}:2026-03-30:1`, `reminder:${id}:2026-03-30:3`]);
  });

  it("sends each agency's digest of overdue applications once a working day, from 08:00", async () => {
    const id = await received();
    const digests = () => db.select().from(outbox).where(and(eq(outbox.kind, "worker_digest"), like(outbox.subject, "%2026-03-31%")));
    await sendReminders(db, at("2026-03-30", 23)); // 2026-03-31 07:00 in China: too early
    expect(await digests()).toHaveLength(0);
    await sendReminders(db, at("2026-03-31", 1)); // 09:00
    await sendReminders(db, at("2026-03-31", 5));
    const sent = await digests();
    expect(sent.map((m) => m.to).sort()).toEqual(["clerk@balitai.example", "reviewer@balitai.example"]);
    expect(sent[0]!.text).toContain((await row(id)).caseNumber);
    expect(sent[0]!.text).toMatch(/已逾期1个工作日/);
    // Saturday 2026-04-04 (清明): no digest; Tuesday 2026-04-07 a new one.
    await sendReminders(db, at("2026-04-04", 2));
    expect(await db.select().from(outbox).where(and(eq(outbox.kind, "worker_digest"), like(outbox.subject, "%2026-04-04%")))).toHaveLength(0);
    await sendReminders(db, at("2026-04-07", 2));
    expect(await db.select().from(outbox).where(and(eq(outbox.kind, "worker_digest"), like(outbox.subject, "%2026-04-07%")))).toHaveLength(2);
  });

  it("two workers at once never process an application twice (FOR UPDATE SKIP LOCKED, unique reminder keys)", async () => {
    const fees = await Promise.all([unpaidFee(), unpaidFee(), unpaidFee(), unpaidFee()]);
    const corrections: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await received();
      await performAction(db, clerk, id, "requestCorrection", { points: "请写明文件名称", guidance: "可写明文号", deadlineOn: "2026-03-23" }, { now: MONDAY });
      corrections.push(id);
    }
    const due = await received(); // due 2026-03-30: one reminder at 1 working day left

    // A second server: its own connection pool on PostgreSQL.
    const other = driver === "postgres" ? await openDatabase(database.options) : null;
    try {
      const now = at("2026-04-01");
      const reports = await Promise.all([runDeadlineSteps(db, now), runDeadlineSteps(other?.db ?? db, now), runDeadlineSteps(db, now)]);
      expect(reports.reduce((n, r) => n + r.feesClosed, 0)).toBeGreaterThanOrEqual(fees.length);
      expect(reports.every((r) => r.failed === 0)).toBe(true);
      await Promise.all([sendReminders(db, at("2026-03-27")), sendReminders(other?.db ?? db, at("2026-03-27"))]);
    } finally {
      await other?.close();
    }
    for (const id of fees) {
      expect(await eventsOf(id, "feeUnpaidClosed")).toHaveLength(1);
      expect((await lettersOf(id)).filter((l) => l.kind === "closingNotice")).toHaveLength(1);
    }
    for (const id of corrections) expect(await eventsOf(id, "correctionDeadlinePassed")).toHaveLength(1);
    expect(await mailsOf(due, "worker_reminder")).toHaveLength(1);
    const serials = (await db.select({ serial: letters.serial }).from(letters).where(eq(letters.year, 2026))).map((l) => l.serial!).sort((a, b) => a - b);
    expect(serials).toEqual(serials.map((_, i) => i + 1));
    expect(await verifyAuditChain(db, { agencyId: clerk.agencyId })).toMatchObject({ ok: true });
  });

  it("refuses the system steps to staff", async () => {
    const id = await unpaidFee();
    await expect(performAction(db, clerk, id, "closeForUnpaidFee", {}, { now: at("2026-04-01") })).rejects.toThrow(NotFoundError);
    await expect(performAction(db, reviewer, id, "correctionDeadlinePassed", {}, { now: at("2026-04-01") })).rejects.toThrow(NotFoundError);
    expect((await row(id)).status).toBe("in_progress");
  });
});

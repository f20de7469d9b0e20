import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, sql } from "drizzle-orm";
import { applicationEvents, applications, letters, outbox } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createSeededDatabase, MONDAY, type SeededDatabase } from "@/test/applications";
import { performAction } from "./perform-action";

describe.each(TEST_DRIVERS)("workbench actions on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, reviewer: Actor, publisher: Actor, otherClerk: Actor;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, reviewer, publisher, otherClerk } = database.actors);
  });
  afterAll(async () => database?.destroy());

  const submitted = async (now = MONDAY) => (await database.submit({ now })).applicationId;
  const received = (now = MONDAY) => database.received({ now });
  const row = async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0]!;
  const lettersOf = async (id: string) => db.select().from(letters).where(eq(letters.applicationId, id)).orderBy(asc(letters.issuedAt), asc(letters.serial));
  const DISCLOSED = { decision: "disclosed", provision: "电子邮件发送PDF文件", releasedFiles: "2025年预算.pdf" };

  it("confirms receipt: received today (条例第三十一条), due date cached, numbered 申请接收回执, event and e-mail", async () => {
    const id = await submitted();
    const outcome = await performAction(db, clerk, id, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY });
    expect(outcome.status).toBe("in_progress");
    expect(outcome.letterNumber).toMatch(/^八里台政公开〔2026〕\d+号$/);
    expect(await row(id)).toMatchObject({ status: "in_progress", receivedOn: "2026-03-02", clockStartOn: "2026-03-02", replyDueOn: "2026-03-30", version: 2 });
    const [event] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "received")));
    expect(event).toMatchObject({ actorKind: "staff", actorId: clerk.userId, basis: "条例第三十一条", applicantVisible: true, occurredOn: "2026-03-02" });
    expect(event!.before).toMatchObject({ status: "submitted" });
    expect(event!.after).toMatchObject({ status: "in_progress" });
    const [receipt] = await lettersOf(id);
    expect(receipt).toMatchObject({ kind: "receipt", applicantVisible: true, issuedOn: "2026-03-02" });
    expect(receipt!.content.paragraphs.join("")).toContain("2026年3月30日");
    const mails = await db.select().from(outbox).where(and(eq(outbox.applicationId, id), eq(outbox.kind, "letter_receipt")));
    expect(mails).toHaveLength(1);
  });

  it("refuses the wrong role, another agency, the wrong status and a backdated online receipt", async () => {
    const id = await submitted();
    await expect(performAction(db, publisher, id, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, reviewer, id, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, otherClerk, id, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, clerk, id, "confirmReceipt", { receivedOn: "2026-02-27" }, { now: MONDAY })).rejects.toThrow(
      /网上申请以本机关确认收到之日为收到申请之日/,
    );
    await expect(performAction(db, clerk, id, "confirmReceipt", { receivedOn: "soon" }, { now: MONDAY })).rejects.toThrow(ValidationError);
    await expect(performAction(db, clerk, "not-a-uuid", "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY })).rejects.toThrow(NotFoundError);
    await performAction(db, clerk, id, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY });
    await expect(performAction(db, clerk, id, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY })).rejects.toThrow(ConflictError);
    expect((await row(id)).version).toBe(2);
  });

  it("drafts, submits and approves a 予以公开 reply: numbered 答复书 with the ordinary remedy clause", async () => {
    const id = await received();
    const later = at("2026-03-10");
    await expect(performAction(db, clerk, id, "draftDecision", { decision: "disclosed" }, { now: later })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.errors.some((x) => x.path === "provision"),
    );
    await expect(performAction(db, clerk, id, "approveReply", {}, { now: later })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, clerk, id, "submitForReview", {}, { now: later })).rejects.toThrow(/尚未起草答复/);
    await performAction(db, clerk, id, "draftDecision", DISCLOSED, { now: later });
    await expect(performAction(db, otherClerk, id, "submitForReview", {}, { now: later })).rejects.toThrow(ForbiddenError);
    await performAction(db, clerk, id, "submitForReview", {}, { now: later });
    expect((await row(id)).status).toBe("in_review");
    const reviewMail = await db.select().from(outbox).where(and(eq(outbox.applicationId, id), eq(outbox.kind, "workbench_review_request")));
    expect(reviewMail.map((m) => m.to)).toEqual(["reviewer@balitai.example"]);

    const outcome = await performAction(db, reviewer, id, "approveReply", {}, { now: later });
    expect(outcome.status).toBe("replied");
    expect(await row(id)).toMatchObject({ status: "replied", decision: "disclosed" });
    const reply = (await lettersOf(id)).find((l) => l.kind === "reply")!;
    expect(reply.number).toBe(outcome.letterNumber);
    expect(reply.content.paragraphs.join("")).toContain("电子邮件发送PDF文件");
    expect(reply.content.remedy?.map((r) => r.kind)).toEqual(["ordinary"]);
    await expect(performAction(db, reviewer, id, "approveReply", {}, { now: later })).rejects.toThrow(/已答复/);

    // After the reply: delivery, then the archive (条例第四十五条).
    await expect(performAction(db, clerk, id, "archive", {}, { now: later })).rejects.toThrow(/送达/);
    await performAction(db, clerk, id, "recordDelivery", { method: "email", deliveredOn: "2026-03-10" }, { now: later });
    await performAction(db, clerk, id, "archive", {}, { now: later });
    expect((await row(id)).archived).toBe(true);
  });

  it("returns a draft with the reviewer's comment", async () => {
    const id = await received();
    await performAction(db, clerk, id, "draftDecision", DISCLOSED, { now: MONDAY });
    await performAction(db, clerk, id, "submitForReview", {}, { now: MONDAY });
    await expect(performAction(db, reviewer, id, "returnDraft", { comment: "" }, { now: MONDAY })).rejects.toThrow(ValidationError);
    await performAction(db, reviewer, id, "returnDraft", { comment: "请补充提供方式" }, { now: MONDAY });
    expect((await row(id)).status).toBe("in_progress");
  });

  it("two reviewers approving at once: one succeeds, the other is refused", async () => {
    const id = await received();
    await performAction(db, clerk, id, "draftDecision", DISCLOSED, { now: MONDAY });
    await performAction(db, clerk, id, "submitForReview", {}, { now: MONDAY });
    const results = await Promise.allSettled([
      performAction(db, reviewer, id, "approveReply", {}, { now: MONDAY }),
      performAction(db, reviewer, id, "approveReply", {}, { now: MONDAY }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect((await lettersOf(id)).filter((l) => l.kind === "reply")).toHaveLength(1);
  });

  it("correction (条例第三十条): the notice stops the clock; the corrected application restarts it", async () => {
    const id = await received();
    const notice = await performAction(
      db,
      clerk,
      id,
      "requestCorrection",
      { points: "请写明文件名称\n请写明年份", guidance: "可写明文号或发布时间", deadlineOn: "2026-03-25" },
      { now: at("2026-03-04") },
    );
    expect(await row(id)).toMatchObject({ status: "awaiting_correction", replyDueOn: null });
    const letter = (await lettersOf(id)).find((l) => l.id === notice.letterId)!;
    expect(letter.content.paragraphs).toEqual(expect.arrayContaining(["（一）请写明文件名称", "（二）请写明年份"]));
    await expect(
      performAction(db, clerk, id, "requestCorrection", { points: "再次", guidance: "x", deadlineOn: "2026-03-30" }, { now: at("2026-03-04") }),
    ).rejects.toThrow(ConflictError);
    await performAction(db, clerk, id, "confirmCorrection", { receivedOn: "2026-03-09" }, { now: at("2026-03-09") });
    // 20 working days from 2026-03-09.
    expect(await row(id)).toMatchObject({ status: "in_progress", receivedOn: "2026-03-02", clockStartOn: "2026-03-09", replyDueOn: "2026-04-07" });
  });

  it("补正期限已届满: a reviewer confirms the abandonment (终止办理告知书) or accepts a late correction; nothing closes by itself", async () => {
    const correction = { points: "请写明文件名称", guidance: "可写明文号", deadlineOn: "2026-03-23" };
    const abandoned = await received();
    await performAction(db, clerk, abandoned, "requestCorrection", correction, { now: MONDAY });
    await expect(performAction(db, reviewer, abandoned, "confirmAbandonment", { reason: "逾期未补正" }, { now: at("2026-03-20") })).rejects.toThrow(/尚未届满/);
    await expect(performAction(db, clerk, abandoned, "confirmAbandonment", { reason: "逾期未补正" }, { now: at("2026-03-25") })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, clerk, abandoned, "confirmCorrection", { receivedOn: "2026-03-25" }, { now: at("2026-03-25") })).rejects.toThrow(/审核人/);
    const closed = await performAction(db, reviewer, abandoned, "confirmAbandonment", { reason: "逾期未补正，亦未说明理由" }, { now: at("2026-03-25") });
    expect(await row(abandoned)).toMatchObject({ status: "closed", decision: "abandonedNoCorrection" });
    const [notice, closing] = (await lettersOf(abandoned)).filter((l) => l.kind === "correctionNotice" || l.kind === "closingNotice");
    expect(closing!.id).toBe(closed.letterId);
    expect(closing!.content.paragraphs.join("")).toContain(notice!.number!);
    expect(closing!.content.remedy?.map((r) => r.kind)).toEqual(["ordinary"]);

    const late = await received();
    await performAction(db, clerk, late, "requestCorrection", correction, { now: MONDAY });
    await expect(performAction(db, reviewer, late, "acceptLateCorrection", { receivedOn: "2026-03-25", reason: "" }, { now: at("2026-03-25") })).rejects.toThrow(
      ValidationError,
    );
    await performAction(db, reviewer, late, "acceptLateCorrection", { receivedOn: "2026-03-25", reason: "申请人住院，有证明" }, { now: at("2026-03-25") });
    expect(await row(late)).toMatchObject({ status: "in_progress", clockStartOn: "2026-03-25" });
    expect((await row(late)).replyDueOn).not.toBeNull();
  });

  it("extension (条例第三十三条): the clerk proposes, the reviewer approves, the 延期答复告知书 gives both dates", async () => {
    const id = await received();
    await expect(performAction(db, clerk, id, "proposeExtension", { workingDays: 25, reason: "数量大" }, { now: MONDAY })).rejects.toThrow(ValidationError);
    await performAction(db, clerk, id, "proposeExtension", { workingDays: 20, reason: "需调取档案" }, { now: at("2026-03-20") });
    await expect(performAction(db, clerk, id, "approveExtension", {}, { now: at("2026-03-20") })).rejects.toThrow(ForbiddenError);
    const outcome = await performAction(db, reviewer, id, "approveExtension", {}, { now: at("2026-03-23") });
    expect((await row(id)).replyDueOn).toBe("2026-04-28");
    const notice = (await lettersOf(id)).find((l) => l.id === outcome.letterId)!;
    expect(notice.kind).toBe("extensionNotice");
    expect(notice.content.paragraphs.join("")).toMatch(/2026年3月30日[\s\S]*2026年4月28日/);
    await expect(performAction(db, clerk, id, "proposeExtension", { workingDays: 5, reason: "再延" }, { now: at("2026-03-24") })).rejects.toThrow(/只能一次/);
  });

  it("consultation pauses the clock; the 征求意见书 is not shown to the applicant; the opinion resumes it", async () => {
    const id = await received();
    const started = await performAction(
      db,
      clerk,
      id,
      "startConsultation",
      { kind: "thirdParty", consultee: "天津某公司", information: "某合同文本", whyAffected: "涉及贵方商业信息", sentOn: "2026-03-04" },
      { now: at("2026-03-04") },
    );
    expect((await row(id)).replyDueOn).toBeNull();
    const letter = (await lettersOf(id)).find((l) => l.id === started.letterId)!;
    expect(letter).toMatchObject({ kind: "consultationLetter", applicantVisible: false });
    await expect(
      performAction(db, clerk, id, "startConsultation", { kind: "thirdParty", consultee: "乙", information: "含测试的信息", sentOn: "2026-03-04" }, { now: at("2026-03-04") }),
    ).rejects.toThrow(ValidationError);
    const [sent] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "consultationSent")));
    const consultationId = String(sent!.payload.pauseId);
    await performAction(db, clerk, id, "recordConsultationDelivery", { consultationId, deliveredOn: "2026-03-05" }, { now: at("2026-03-05") });
    await performAction(db, clerk, id, "recordConsultationOpinion", { consultationId, receivedOn: "2026-03-11", objects: "no", summary: "同意公开" }, { now: at("2026-03-11") });
    // 03-05 … 03-11 are 5 working days excluded: 2026-03-30 + 5 working days.
    expect((await row(id)).replyDueOn).toBe("2026-04-07");
  });

  it("fee (条例第四十二条): proposed, approved with a numbered 收费通知书, the pause ends on payment", async () => {
    const id = await received();
    await expect(performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "" }, { now: MONDAY })).rejects.toThrow(ValidationError);
    // Up to 30 pages cost nothing (第五条): no notice to send.
    await expect(performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "30" }, { now: MONDAY })).rejects.toThrow(/0元/);
    await expect(performAction(db, otherClerk, id, "proposeFee", { method: "perPage", pages: "150" }, { now: MONDAY })).rejects.toThrow(ForbiddenError);
    await performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "150" }, { now: MONDAY });
    await expect(performAction(db, clerk, id, "approveFee", {}, { now: MONDAY })).rejects.toThrow(ForbiddenError);
    const approved = await performAction(db, reviewer, id, "approveFee", {}, { now: at("2026-03-03") });
    const notice = (await lettersOf(id)).find((l) => l.id === approved.letterId)!;
    expect(notice.kind).toBe("feeNotice");
    expect(JSON.stringify(notice.content)).toContain("1,700元");
    // Online: received the day it was sent (Policy default), so the clock is paused.
    expect((await row(id)).replyDueOn).toBeNull();
    await expect(performAction(db, clerk, id, "recordFeePayment", { paidOn: "2026-03-06", receiptNumber: "" }, { now: at("2026-03-06") })).rejects.toThrow(
      ValidationError,
    );
    await performAction(db, clerk, id, "recordFeePayment", { paidOn: "2026-03-06", receiptNumber: "津财票0001" }, { now: at("2026-03-06") });
    // 03-04 … 03-06 (3 working days) do not count: 2026-03-30 + 3 working days.
    expect((await row(id)).replyDueOn).toBe("2026-04-02");
    await expect(performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "150" }, { now: at("2026-03-06") })).rejects.toThrow(/已缴费/);
  });

  it("assignment: a reviewer hands the case to a clerk of the agency, never to another agency's staff", async () => {
    const id = await received();
    await expect(performAction(db, clerk, id, "assign", { assigneeId: clerk.userId }, { now: MONDAY })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, reviewer, id, "assign", { assigneeId: otherClerk.userId }, { now: MONDAY })).rejects.toThrow(/本机关/);
    await expect(performAction(db, reviewer, id, "assign", { assigneeId: "nobody" }, { now: MONDAY })).rejects.toThrow(ConflictError);
    await performAction(db, reviewer, id, "assign", { assigneeId: clerk.userId }, { now: MONDAY });
    const [event] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "assigned")));
    expect(event).toMatchObject({ applicantVisible: false, payload: { assigneeId: clerk.userId, assigneeName: clerk.name } });
  });

  it("internal notes stay internal; letters are numbered without gaps and cannot be changed", async () => {
    const id = await received();
    await performAction(db, reviewer, id, "internalNote", { text: "申请人来电询问进度" }, { now: MONDAY });
    const [note] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "note")));
    expect(note).toMatchObject({ applicantVisible: false, payload: { text: "申请人来电询问进度" } });
    await expect(performAction(db, publisher, id, "internalNote", { text: "x" }, { now: MONDAY })).rejects.toThrow(ForbiddenError);

    const serials = (await db.select({ serial: letters.serial }).from(letters).where(eq(letters.year, 2026))).map((l) => l.serial!).sort((a, b) => a - b);
    expect(serials).toEqual(serials.map((_, i) => i + 1));
    await expect(db.update(letters).set({ number: "篡改" }).where(eq(letters.applicationId, id))).rejects.toThrow();
    await expect(db.execute(sql`delete from letters`)).rejects.toThrow();
  });
});

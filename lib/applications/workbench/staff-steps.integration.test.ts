import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { applicationEvents, applications, documents, letters, requestItems, users } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createSeededDatabase, MONDAY, ORGANIZATION_APPLICATION, PERSON_APPLICATION, type SeededDatabase } from "@/test/applications";
import { listInbox } from "./inbox";
import { performAction } from "./perform-action";
import { registerOfflineApplication } from "./register-offline";

const THREE_ITEMS = {
  ...PERSON_APPLICATION,
  items: [
    { title: "2025年镇级预算", description: "请提供2025年镇级预算全文。" },
    { title: "2025年道路养护合同", description: "请提供2025年道路养护合同。" },
    { title: "2025年镇级决算", description: "请提供2025年镇级决算全文。" },
  ],
};

describe.each(TEST_DRIVERS)("workbench steps: split, Art. 35, third party, fees, withdrawal, after the reply (%s)", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, reviewer: Actor, otherClerk: Actor, otherReviewer: Actor, publisher: Actor;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, reviewer, publisher, otherClerk } = database.actors);
    const [user] = await db
      .insert(users)
      .values({ email: "reviewer@jinnan.example", name: "津南审核", role: "reviewer", agencyId: otherClerk.agencyId, passwordHash: "x" })
      .returning();
    otherReviewer = { userId: user!.id, role: "reviewer", agencyId: otherClerk.agencyId, name: "津南审核" };
  });
  afterAll(async () => database?.destroy());

  const submitted = async (input?: unknown, now?: Date) => (await database.submit({ input, now })).applicationId;
  const received = (input?: unknown, now?: Date) => database.received({ input, now });
  const row = async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0]!;
  const lettersOf = async (id: string) => db.select().from(letters).where(eq(letters.applicationId, id)).orderBy(asc(letters.issuedAt), asc(letters.serial));
  const DISCLOSED = { decision: "disclosed", provision: "电子邮件发送PDF文件", releasedFiles: "2025年预算.pdf" };
  async function replied(now = MONDAY): Promise<string> {
    const id = await received(PERSON_APPLICATION, now);
    await performAction(db, clerk, id, "draftDecision", DISCLOSED, { now });
    await performAction(db, clerk, id, "submitForReview", {}, { now });
    await performAction(db, reviewer, id, "approveReply", {}, { now });
    return id;
  }

  it("splits under 一事一申请: sub-applications -1, -2 with the chosen items, same receivedOn and clock, linked to the parent", async () => {
    const id = await received(THREE_ITEMS);
    const before = await row(id);
    const form = { reason: "三项内容分属不同信息，需分别答复", groups: ["1", "2", "1"] };
    await expect(performAction(db, reviewer, id, "split", form, { now: MONDAY })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, otherClerk, id, "split", form, { now: MONDAY })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, clerk, id, "split", { ...form, reason: "" }, { now: MONDAY })).rejects.toThrow(ValidationError);
    await expect(performAction(db, clerk, id, "split", { ...form, groups: ["1", "1", "1"] }, { now: MONDAY })).rejects.toThrow(/至少要形成两个申请/);
    await expect(performAction(db, clerk, id, "split", { ...form, groups: ["1", "3", "1"] }, { now: MONDAY })).rejects.toThrow(/至少包含一项/);
    const unconfirmed = await submitted(THREE_ITEMS);
    await expect(performAction(db, clerk, unconfirmed, "split", form, { now: MONDAY })).rejects.toThrow(ConflictError);
    const single = await received();
    await expect(performAction(db, clerk, single, "split", { reason: "x", groups: ["1"] }, { now: MONDAY })).rejects.toThrow(/只有一项/);

    const later = at("2026-03-04");
    await performAction(db, clerk, id, "split", form, { now: later });
    const subs = await db.select().from(applications).where(eq(applications.parentId, id)).orderBy(asc(applications.caseNumber));
    expect(subs.map((s) => s.caseNumber)).toEqual([`${before.caseNumber}-1`, `${before.caseNumber}-2`]);
    for (const sub of subs) {
      expect(sub).toMatchObject({ status: "in_progress", receivedOn: "2026-03-02", clockStartOn: "2026-03-02", replyDueOn: "2026-03-30", applicantName: "测试", channel: "online" });
    }
    const itemsOf = async (appId: string) =>
      (await db.select().from(requestItems).where(eq(requestItems.applicationId, appId)).orderBy(asc(requestItems.position))).map((i) => [i.position, i.title]);
    expect(await itemsOf(subs[0]!.id)).toEqual([[1, "2025年镇级预算"], [2, "2025年镇级决算"]]);
    expect(await itemsOf(subs[1]!.id)).toEqual([[1, "2025年道路养护合同"]]);
    expect(await itemsOf(id)).toEqual([]);
    // The parent replies through its sub-applications: no due date of its own, no draft, no second split.
    expect((await row(id)).replyDueOn).toBeNull();
    await expect(performAction(db, clerk, id, "draftDecision", DISCLOSED, { now: later })).rejects.toThrow(/已拆分/);
    await expect(performAction(db, clerk, id, "split", form, { now: later })).rejects.toThrow(/已拆分/);
    await expect(performAction(db, clerk, subs[0]!.id, "split", { reason: "x", groups: ["1", "2"] }, { now: later })).rejects.toThrow(/不再拆分/);
    await expect(
      performAction(db, clerk, id, "withdraw", { way: "phone", withdrawnOn: "2026-03-04", statement: "撤回" }, { now: later }),
    ).rejects.toThrow(/已拆分，请在拆分后的申请中办理/);
    await performAction(db, clerk, id, "internalNote", { text: "已按一事一申请拆分" }, { now: later });
    const [event] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "applicationSplit")));
    expect(event!.reason).toBe(form.reason);
    const inbox = await listInbox(db, clerk, {}, later);
    expect(inbox.rows.find((r) => r.id === id)).toMatchObject({ urgency: "none", urgencyText: "已拆分，在拆分后的申请中办理" });
    expect(inbox.rows.find((r) => r.id === subs[0]!.id)).toMatchObject({ replyDueOn: "2026-03-30", urgency: "normal" });
    // A sub-application is handled on its own, up to its own reply.
    await performAction(db, clerk, subs[1]!.id, "draftDecision", DISCLOSED, { now: later });
    await performAction(db, clerk, subs[1]!.id, "submitForReview", {}, { now: later });
    await performAction(db, reviewer, subs[1]!.id, "approveReply", {}, { now: later });
    expect(await row(subs[1]!.id)).toMatchObject({ status: "replied", decision: "disclosed" });
  });

  it("Art. 35: 说明理由告知书 (clock unchanged), then a reviewer's 延迟答复告知书 whose date replaces the due date", async () => {
    const id = await received();
    const later = at("2026-03-05");
    await expect(performAction(db, reviewer, id, "setLaterReplyDate", { replyOn: "2026-05-29", reason: "数量较大" }, { now: later })).rejects.toThrow(/须先要求申请人说明理由/);
    const ask = { question: "您本月已提出40件申请，请说明申请理由。", answerBy: "2026-03-20" };
    await expect(performAction(db, reviewer, id, "requestExplanation", ask, { now: later })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, otherClerk, id, "requestExplanation", ask, { now: later })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, clerk, id, "requestExplanation", { ...ask, answerBy: "2026-03-01" }, { now: later })).rejects.toThrow(ConflictError);
    const unconfirmed = await submitted();
    await expect(performAction(db, clerk, unconfirmed, "requestExplanation", ask, { now: later })).rejects.toThrow(/当前状态/);
    const asked = await performAction(db, clerk, id, "requestExplanation", ask, { now: later });
    expect(asked.letterNumber).toMatch(/〔2026〕\d+号$/);
    expect((await row(id)).replyDueOn).toBe("2026-03-30");
    await expect(performAction(db, clerk, id, "requestExplanation", ask, { now: later })).rejects.toThrow(/已要求/);

    const set = { replyOn: "2026-05-29", reason: "申请涉及的信息数量较大，需要逐件检索" };
    await expect(performAction(db, clerk, id, "setLaterReplyDate", set, { now: later })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, otherReviewer, id, "setLaterReplyDate", set, { now: later })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, reviewer, id, "setLaterReplyDate", { ...set, reason: "" }, { now: later })).rejects.toThrow(ValidationError);
    const outcome = await performAction(db, reviewer, id, "setLaterReplyDate", set, { now: later });
    expect((await row(id)).replyDueOn).toBe("2026-05-29");
    const notice = (await lettersOf(id)).find((l) => l.id === outcome.letterId)!;
    expect(notice).toMatchObject({ kind: "laterReplyNotice", applicantVisible: true });
    expect(notice.content.paragraphs.join("")).toContain("2026年5月29日");
    expect((await lettersOf(id)).find((l) => l.kind === "explanationRequest")!.content.paragraphs.join("")).toContain("40件");
    await expect(performAction(db, reviewer, id, "setLaterReplyDate", set, { now: later })).rejects.toThrow(/已确定/);
  });

  it("third party: the reviewer's 告知书 over an objection, delivery starts the release wait (a pause), which ends on its release date", async () => {
    const id = await received();
    await performAction(db, clerk, id, "startConsultation", { kind: "thirdParty", consultee: "天津某某建筑公司", information: "道路养护合同", sentOn: "2026-03-03" }, { now: at("2026-03-03") });
    const [consultation] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "consultationSent")));
    const consultationId = String(consultation!.payload.pauseId);
    const now = at("2026-03-05");
    const notice = { consultationId, information: "道路养护合同（含单价）", reasons: "涉及公共资金使用，不公开可能对公共利益造成重大影响" };
    await expect(performAction(db, reviewer, id, "notifyThirdParty", notice, { now })).rejects.toThrow(/没有不同意公开/);
    await performAction(db, clerk, id, "recordConsultationOpinion", { consultationId, receivedOn: "2026-03-05", objects: "yes", summary: "涉及商业秘密" }, { now });

    await expect(performAction(db, clerk, id, "notifyThirdParty", notice, { now })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, otherReviewer, id, "notifyThirdParty", notice, { now })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, reviewer, id, "notifyThirdParty", { ...notice, information: "测试申请的道路养护合同" }, { now })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.errors.some((x) => x.path === "information"),
    );
    const told = await performAction(db, reviewer, id, "notifyThirdParty", notice, { now });
    const letter = (await lettersOf(id)).find((l) => l.id === told.letterId)!;
    expect(letter).toMatchObject({ kind: "thirdPartyNotice", applicantVisible: false });
    expect(letter.content.addressee).toBe("天津某某建筑公司");
    expect(letter.content.paragraphs.join("")).toContain("15个工作日");
    expect(letter.content.remedy).toHaveLength(1);
    await expect(performAction(db, reviewer, id, "notifyThirdParty", notice, { now })).rejects.toThrow(ConflictError);

    const delivery = { consultationId, deliveredOn: "2026-03-06" };
    await expect(performAction(db, reviewer, id, "recordThirdPartyDelivery", delivery, { now: at("2026-03-06") })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, otherClerk, id, "recordThirdPartyDelivery", delivery, { now: at("2026-03-06") })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, clerk, id, "recordThirdPartyDelivery", { ...delivery, deliveredOn: "2026-03-09" }, { now: at("2026-03-06") })).rejects.toThrow(ConflictError);
    await performAction(db, clerk, id, "recordThirdPartyDelivery", delivery, { now: at("2026-03-06") });
    expect((await row(id)).replyDueOn).toBeNull(); // 计时中止 while the wait is open
    await expect(performAction(db, clerk, id, "recordThirdPartyDelivery", delivery, { now: at("2026-03-06") })).rejects.toThrow(ConflictError);

    const [wait] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "releaseWaitStarted")));
    const releaseWaitId = String(wait!.payload.pauseId);
    // 15 working days after delivery on Friday 2026-03-06: Friday 2026-03-27.
    await expect(performAction(db, clerk, id, "endReleaseWait", { releaseWaitId }, { now: at("2026-03-26") })).rejects.toThrow(/没有已到公开日期/);
    await expect(performAction(db, reviewer, id, "endReleaseWait", { releaseWaitId }, { now: at("2026-03-30") })).rejects.toThrow(ForbiddenError);
    await performAction(db, clerk, id, "endReleaseWait", { releaseWaitId }, { now: at("2026-03-30") });
    const [ended] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "releaseWaitEnded")));
    expect(ended!.occurredOn).toBe("2026-03-27");
    // Consultation 03-04…03-05 (2) and the wait 03-09…03-27 (15): 17 working days after 2026-03-30.
    expect((await row(id)).replyDueOn).toBe("2026-04-23");
    await expect(performAction(db, clerk, id, "endReleaseWait", { releaseWaitId }, { now: at("2026-03-30") })).rejects.toThrow(ConflictError);
  });

  it("reduces an issued fee with a new 收费通知书 that replaces the old one; never to zero or upwards", async () => {
    const id = await received();
    await performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "150" }, { now: MONDAY });
    const first = await performAction(db, reviewer, id, "approveFee", {}, { now: MONDAY });
    const now = at("2026-03-04");
    const cut = { amountYuan: "1000", reason: "申请人为低保家庭" };
    await expect(performAction(db, clerk, id, "reduceFee", cut, { now })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, otherReviewer, id, "reduceFee", cut, { now })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, reviewer, id, "reduceFee", { ...cut, amountYuan: "1700" }, { now })).rejects.toThrow(/小于原金额（1,?700元）|小于原金额（1700元）/);
    await expect(performAction(db, reviewer, id, "reduceFee", { ...cut, amountYuan: "0" }, { now })).rejects.toThrow(ValidationError);
    await expect(performAction(db, reviewer, id, "reduceFee", { ...cut, reason: "" }, { now })).rejects.toThrow(ValidationError);
    const reduced = await performAction(db, reviewer, id, "reduceFee", cut, { now });
    const notice = (await lettersOf(id)).find((l) => l.id === reduced.letterId)!;
    expect(notice.kind).toBe("feeNotice");
    expect(notice.number).not.toBe(first.letterNumber);
    expect(notice.content.refersTo).toBe(first.letterNumber);
    expect(notice.content.paragraphs.join("")).toContain(`本通知替代本机关${first.letterNumber}`);
    expect(JSON.stringify(notice.content.tables)).toContain("1,000元");
    // The window restarts from the day after the new notice is received (online: the day it is sent).
    expect(notice.content.paragraphs.join("")).toMatch(/2026年4月1日前/);
    await expect(performAction(db, reviewer, id, "reduceFee", { ...cut, amountYuan: "1200" }, { now })).rejects.toThrow(/小于原金额/);
    await performAction(db, clerk, id, "recordFeePayment", { paidOn: "2026-03-05", receiptNumber: "NO.123" }, { now: at("2026-03-05") });
    await expect(performAction(db, reviewer, id, "reduceFee", { ...cut, amountYuan: "500" }, { now: at("2026-03-05") })).rejects.toThrow(/没有可减少/);
  });

  it("per-item numbers priced in an issued notice are frozen: a late-registered earlier application takes the next free number (fees.md §1)", async () => {
    const register = (receivedOn: string) =>
      registerOfflineApplication(db, clerk, { channel: "in_person", receivedOn, application: ORGANIZATION_APPLICATION }, at("2026-06-10"));
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) ids.push((await register("2026-06-03")).applicationId);
    const now = at("2026-06-10");
    await performAction(db, clerk, ids[10]!, "proposeFee", { method: "perItem" }, { now });
    await performAction(db, reviewer, ids[10]!, "approveFee", {}, { now });
    // Registered late, received earlier in the month: it goes first, but item 11 stays priced.
    await register("2026-06-02");
    await performAction(db, clerk, ids[9]!, "proposeFee", { method: "perItem" }, { now });
    const approved = await performAction(db, reviewer, ids[9]!, "approveFee", {}, { now });
    const [notice] = await db.select().from(letters).where(eq(letters.id, approved.letterId!));
    expect(JSON.stringify(notice!.content)).toMatch(/第12件[\s\S]*100元/);
  });

  it("a clerk records a withdrawal by phone or in writing: the applicant's withdrawn event, dated and with how, and the 撤回确认", async () => {
    const id = await received();
    const form = { way: "phone", withdrawnOn: "2026-03-03", statement: "申请人来电表示不再需要该信息" };
    const now = at("2026-03-04");
    await expect(performAction(db, reviewer, id, "withdraw", form, { now })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, otherClerk, id, "withdraw", form, { now })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, clerk, id, "withdraw", { ...form, withdrawnOn: "2026-03-05" }, { now })).rejects.toThrow(/不能晚于今天/);
    await expect(performAction(db, clerk, id, "withdraw", { ...form, statement: "" }, { now })).rejects.toThrow(ValidationError);
    const outcome = await performAction(db, clerk, id, "withdraw", form, { now });
    expect(outcome.status).toBe("closed");
    expect(await row(id)).toMatchObject({ status: "closed", decision: "withdrawn" });
    const [event] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "withdrawn")));
    expect(event).toMatchObject({ occurredOn: "2026-03-03", actorKind: "staff", applicantVisible: true });
    expect(event!.payload).toMatchObject({ way: "phone" });
    const [confirmation] = await lettersOf(id).then((l) => l.filter((x) => x.kind === "withdrawalConfirmation"));
    expect(confirmation!.number).toBeNull();
    expect(confirmation!.content.paragraphs.join("")).toContain("2026年3月3日撤回");
    await expect(performAction(db, clerk, id, "withdraw", form, { now })).rejects.toThrow(/当前状态/);
  });

  it("creates a catalogue draft from a disclosed reply (条例第四十四条) without the applicant's data, once", async () => {
    const id = await replied();
    const now = at("2026-03-04");
    await expect(performAction(db, reviewer, id, "createCatalogueDraft", {}, { now })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, otherClerk, id, "createCatalogueDraft", {}, { now })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, publisher, id, "createCatalogueDraft", {}, { now })).rejects.toThrow(ForbiddenError);
    const open = await received();
    await expect(performAction(db, clerk, open, "createCatalogueDraft", {}, { now })).rejects.toThrow(/当前状态/);
    await performAction(db, clerk, id, "createCatalogueDraft", {}, { now });
    const [event] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "catalogueDraftCreated")));
    const [doc] = await db.select().from(documents).where(eq(documents.id, String(event!.payload.documentId)));
    const reply = (await lettersOf(id)).find((l) => l.kind === "reply")!;
    expect(doc).toMatchObject({ status: "draft", sourceReference: reply.number });
    expect(JSON.stringify(doc)).not.toContain("测试");
    expect(JSON.stringify(doc)).not.toContain("13700137000");
    expect(JSON.stringify(doc)).toContain("某项政府信息");
    await expect(performAction(db, clerk, id, "createCatalogueDraft", {}, { now })).rejects.toThrow(/已生成/);
  });

  it("reopens for a new reply ordered by a reconsideration decision or a court: in_progress, out of the archive, a new due date", async () => {
    const id = await replied();
    await performAction(db, clerk, id, "recordDelivery", { method: "email", deliveredOn: "2026-03-02" }, { now: MONDAY });
    await performAction(db, clerk, id, "archive", {}, { now: MONDAY });
    const now = at("2026-05-11");
    const order = { orderedBy: "reconsideration", orderReference: "津南政复决字〔2026〕8号", orderedOn: "2026-05-08" };
    await expect(performAction(db, clerk, id, "reopenForNewReply", order, { now })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, otherReviewer, id, "reopenForNewReply", order, { now })).rejects.toThrow(ForbiddenError);
    await expect(performAction(db, reviewer, id, "reopenForNewReply", { ...order, orderReference: "" }, { now })).rejects.toThrow(ValidationError);
    await expect(performAction(db, reviewer, id, "reopenForNewReply", { ...order, orderedOn: "2026-05-12" }, { now })).rejects.toThrow(ConflictError);
    const open = await received();
    await expect(performAction(db, reviewer, open, "reopenForNewReply", order, { now })).rejects.toThrow(/当前状态/);

    const outcome = await performAction(db, reviewer, id, "reopenForNewReply", order, { now });
    expect(outcome.status).toBe("in_progress");
    // 20 working days after Friday 2026-05-08 (Saturday 05-09 is a make-up working day): Thursday 2026-06-04.
    expect(await row(id)).toMatchObject({ status: "in_progress", archived: false, decision: "disclosed", replyDueOn: "2026-06-04" });
    // The earlier draft was set aside: a new one is needed before review.
    await expect(performAction(db, clerk, id, "submitForReview", {}, { now })).rejects.toThrow(/尚未起草答复/);
    await performAction(db, clerk, id, "draftDecision", DISCLOSED, { now });
    await performAction(db, clerk, id, "submitForReview", {}, { now });
    await performAction(db, reviewer, id, "approveReply", {}, { now });
    expect((await lettersOf(id)).filter((l) => l.kind === "reply")).toHaveLength(2);

    // A court judgment that sets its own period: that date is the due date.
    await performAction(db, reviewer, id, "reopenForNewReply", { orderedBy: "court", orderReference: "(2026)津0112行初5号", orderedOn: "2026-05-11", replyDueOn: "2026-07-31" }, { now });
    expect((await row(id)).replyDueOn).toBe("2026-07-31");

    const withdrawn = await received();
    await performAction(db, clerk, withdrawn, "withdraw", { way: "in_writing", withdrawnOn: "2026-03-02", statement: "来信撤回" }, { now: MONDAY });
    await expect(performAction(db, reviewer, withdrawn, "reopenForNewReply", order, { now })).rejects.toThrow(/已撤回/);
  });
});

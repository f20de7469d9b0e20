import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { applicationEvents, applicationFiles, applications, auditLog, letters, requestItems } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { FileStorage } from "@/lib/storage";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createCitizen, createSeededDatabase, MONDAY, PNG, type SeededDatabase } from "@/test/applications";
import type { ProvenApplicant } from "../applicant-access";
import { listApplicantLetters } from "../applicant-letters";
import { lookupApplicationRecord } from "../lookup-application";
import { getMyApplication } from "../my-applications";
import { readStored } from "@/test/storage";
import { addReleasedFile, openApplicantFile, openStaffFile } from "../released-files";
import { listInbox } from "../workbench/inbox";
import { performAction } from "../workbench/perform-action";
import { performApplicantAction } from "./perform-applicant-action";

const EXE = { name: "补正.pdf", content: Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]) };
const CORRECTED = {
  note: "已写明文件名称和年份",
  items: [{ title: "2025年镇级预算报告", docNumber: "八政发〔2025〕1号", indexNumber: "", description: "请提供八里台镇2025年镇级财政预算报告全文。" }],
};
const CORRECTION = { points: "请写明文件名称\n请写明年份", guidance: "可写明文号或发布时间", deadlineOn: "2026-03-25" };

describe.each(TEST_DRIVERS)("the applicant's steps on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let storage: FileStorage;
  let citizen: Actor, other: Actor, clerk: Actor, reviewer: Actor, otherClerk: Actor;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db, storage } = database);
    ({ citizen, clerk, reviewer, otherClerk } = database.actors);
    other = await createCitizen(db, "someone-else@example.com");
  });
  afterAll(async () => database?.destroy());

  /** A received application: the citizen's own (account) or anonymous (tracking code). */
  const received = (owner: Actor | null) => database.received({ owner });
  const proven = (applicationId: string): ProvenApplicant => ({ kind: "trackingCode", applicationId });
  const row = async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0]!;
  const eventsOf = async (id: string) => db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).orderBy(asc(applicationEvents.seq));
  async function withFee(owner: Actor | null): Promise<string> {
    const id = await received(owner);
    await performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: "150" }, { now: MONDAY });
    await performAction(db, reviewer, id, "approveFee", {}, { now: at("2026-03-03") });
    return id;
  }

  describe("answering a correction online (条例第三十条)", () => {
    it("replaces the items, stores checked files, records an applicant event; the clerk's confirmation restarts the clock that day", async () => {
      const id = await received(citizen);
      await performAction(db, clerk, id, "requestCorrection", CORRECTION, { now: at("2026-03-04") });
      const detail = await getMyApplication(db, citizen, id, at("2026-03-05"));
      expect(detail.steps.correction).toMatchObject({ deadlineOn: "2026-03-25", answeredOn: null, points: ["请写明文件名称", "请写明年份"] });

      const outcome = await performApplicantAction(db, citizen, id, "answerCorrection", CORRECTED, {
        now: at("2026-03-05"),
        uploads: [{ name: "说明.png", content: PNG }],
        storage,
      });
      expect(outcome.status).toBe("awaiting_correction");
      const items = await db.select().from(requestItems).where(eq(requestItems.applicationId, id));
      expect(items).toMatchObject([{ position: 1, title: "2025年镇级预算报告", docNumber: "八政发〔2025〕1号", indexNumber: null }]);
      const answered = (await eventsOf(id)).find((e) => e.type === "correctionAnswered")!;
      expect(answered).toMatchObject({ actorKind: "applicant", actorId: citizen.userId, applicantVisible: true, occurredOn: "2026-03-05", basis: "条例第三十条" });
      expect(answered.payload.itemsBefore).toMatchObject([{ title: "某项政府信息" }]);
      const files = await db.select().from(applicationFiles).where(and(eq(applicationFiles.applicationId, id), eq(applicationFiles.kind, "correction")));
      expect(files).toMatchObject([{ fileName: "说明.png", mime: "image/png" }]);
      // The applicant may read their own attachment back; staff of the agency too, not another agency.
      expect(await readStored(storage, (await openApplicantFile(db, citizen, files[0]!.id)).storageKey)).toEqual(PNG);
      expect((await openStaffFile(db, clerk, files[0]!.id)).fileName).toBe("说明.png");
      await expect(openStaffFile(db, otherClerk, files[0]!.id)).rejects.toThrow(ForbiddenError);

      // Unconfirmed online corrections come first in the inbox, before the cases in progress.
      const open = await received(citizen);
      const inbox = await listInbox(db, clerk, {}, at("2026-03-05"));
      expect(inbox.rows.find((r) => r.id === id)).toMatchObject({ queue: "unconfirmed", urgencyText: "申请人已在线提交补正，待确认收到" });
      expect(inbox.rows.find((r) => r.id === open)).toMatchObject({ queue: "open" });
      expect(inbox.rows.findIndex((r) => r.id === id)).toBeLessThan(inbox.rows.findIndex((r) => r.id === open));

      // Received when the clerk confirms it: that day is the new clockStartOn; receivedOn stays.
      await performAction(db, clerk, id, "confirmCorrection", { receivedOn: "2026-03-09" }, { now: at("2026-03-09") });
      expect(await row(id)).toMatchObject({ status: "in_progress", receivedOn: "2026-03-02", clockStartOn: "2026-03-09", replyDueOn: "2026-04-07" });
    });

    it("refuses another applicant (404), a staff account (403), the wrong state, bad items, a disguised file, and any answer after the deadline", async () => {
      const id = await received(citizen);
      await expect(performApplicantAction(db, citizen, id, "answerCorrection", CORRECTED, { now: at("2026-03-04") })).rejects.toThrow(
        /当前状态为“办理中”，不能办理“提交补正”/,
      );
      await performAction(db, clerk, id, "requestCorrection", CORRECTION, { now: at("2026-03-04") });
      await expect(performApplicantAction(db, other, id, "answerCorrection", CORRECTED, { now: at("2026-03-05") })).rejects.toThrow(NotFoundError);
      await expect(performApplicantAction(db, proven(await received(null)), id, "answerCorrection", CORRECTED, { now: at("2026-03-05") })).rejects.toThrow(
        NotFoundError,
      );
      await expect(performApplicantAction(db, clerk, id, "answerCorrection", CORRECTED, { now: at("2026-03-05") })).rejects.toThrow(ForbiddenError);
      await expect(performApplicantAction(db, citizen, id, "answerCorrection", { note: "", items: [] }, { now: at("2026-03-05") })).rejects.toSatisfy(
        (e) => e instanceof ValidationError && e.errors.some((x) => x.path === "items") && e.errors.some((x) => x.path === "note"),
      );
      await expect(
        performApplicantAction(db, citizen, id, "answerCorrection", CORRECTED, { now: at("2026-03-05"), uploads: [EXE], storage }),
      ).rejects.toSatisfy((e) => e instanceof ValidationError && e.errors[0]!.path === "files" && /不是 PDF/.test(e.errors[0]!.message));
      await expect(performApplicantAction(db, citizen, id, "confirmCorrection", {}, { now: at("2026-03-05") })).rejects.toThrow(NotFoundError);
      // The deadline day itself is still in time; the day after is not.
      await performApplicantAction(db, citizen, id, "answerCorrection", CORRECTED, { now: at("2026-03-25") });
      const late = await received(citizen);
      await performAction(db, clerk, late, "requestCorrection", CORRECTION, { now: at("2026-03-04") });
      await expect(performApplicantAction(db, citizen, late, "answerCorrection", CORRECTED, { now: at("2026-03-26") })).rejects.toThrow(
        /补正期限（2026-03-25）已届满，不能再在线提交补正/,
      );
      expect((await getMyApplication(db, citizen, late, at("2026-03-26"))).steps.correction).toBeNull();
      expect((await eventsOf(late)).some((e) => e.type === "correctionAnswered")).toBe(false);
    });

    it("works without an account once the tracking code was proved", async () => {
      const filed = await database.submit();
      const id = filed.applicationId;
      await performAction(db, clerk, id, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY });
      await performAction(db, clerk, id, "requestCorrection", CORRECTION, { now: at("2026-03-04") });
      // The look-up names the application it proved; that proof is what the session carries.
      const lookedUp = await lookupApplicationRecord(db, { trackingCode: filed.trackingCode, phone: "13700137000" }, { ip: "198.51.100.250", now: at("2026-03-05") });
      expect(lookedUp).toMatchObject({ applicationId: id, view: { caseNumber: filed.caseNumber, status: "awaiting_correction" } });
      await performApplicantAction(db, proven(lookedUp.applicationId), id, "answerCorrection", CORRECTED, { now: at("2026-03-05") });
      const answered = (await eventsOf(id)).find((e) => e.type === "correctionAnswered")!;
      expect(answered).toMatchObject({ actorKind: "applicant", actorId: null, actorName: "测试" });
      const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, "application.answerCorrection")));
      expect(audit).toMatchObject({ actorRole: "citizen", actorName: "测试", actorUserId: null });
    });
  });

  describe("the fee notice (fees.md §3)", () => {
    it("accepting records the intent once; the pause still ends only on payment", async () => {
      const id = await withFee(citizen);
      const detail = await getMyApplication(db, citizen, id, at("2026-03-04"));
      expect(detail.steps.fee).toMatchObject({ amountYuan: 1700, accepted: false, canAccept: true });
      expect(detail.steps.fee!.payBy).toMatch(/^2026-0[34]-\d\d$/);
      await performApplicantAction(db, citizen, id, "acceptFee", {}, { now: at("2026-03-04") });
      expect((await eventsOf(id)).find((e) => e.type === "feeAccepted")).toMatchObject({ actorKind: "applicant", applicantVisible: true });
      expect(await row(id)).toMatchObject({ status: "in_progress", replyDueOn: null });
      await expect(performApplicantAction(db, citizen, id, "acceptFee", {}, { now: at("2026-03-04") })).rejects.toThrow(/没有待确认的收费通知/);
      expect((await getMyApplication(db, citizen, id, at("2026-03-04"))).steps.fee).toMatchObject({ accepted: true, canAccept: false });
      await expect(performApplicantAction(db, other, id, "acceptFee", {}, { now: at("2026-03-04") })).rejects.toThrow(NotFoundError);
    });

    it("declining closes the application that day as abandoned (（六）2) with a numbered 终止办理告知书", async () => {
      const id = await withFee(null);
      await expect(performApplicantAction(db, citizen, id, "declineFee", {}, { now: at("2026-03-05") })).rejects.toThrow(NotFoundError);
      const outcome = await performApplicantAction(db, proven(id), id, "declineFee", {}, { now: at("2026-03-05") });
      expect(outcome.status).toBe("closed");
      expect(outcome.letterNumber).toMatch(/^八里台政公开〔2026〕\d+号$/);
      expect(await row(id)).toMatchObject({ status: "closed", decision: "abandonedFeeUnpaid" });
      const closing = (await db.select().from(letters).where(eq(letters.id, outcome.letterId!)))[0]!;
      expect(closing).toMatchObject({ kind: "closingNotice", applicantVisible: true, issuedOn: "2026-03-05" });
      expect(closing.content.paragraphs.join("")).toContain("2026年3月5日表示不缴纳信息处理费");
      expect((await listApplicantLetters(db, proven(id), id)).map((l) => l.title)).toContain("终止办理告知书");
      await expect(performApplicantAction(db, proven(id), id, "declineFee", {}, { now: at("2026-03-05") })).rejects.toThrow(ConflictError);
    });

    it("refuses the fee steps when no notice was issued", async () => {
      const id = await received(citizen);
      await expect(performApplicantAction(db, citizen, id, "acceptFee", {}, { now: MONDAY })).rejects.toThrow(/没有待确认的收费通知/);
      await expect(performApplicantAction(db, citizen, id, "declineFee", {}, { now: MONDAY })).rejects.toThrow(/没有待缴费的收费通知/);
      expect((await getMyApplication(db, citizen, id, MONDAY)).steps.fee).toBeNull();
    });
  });

  describe("withdrawal and the released files", () => {
    it("withdraws without an account before the reply, with a 撤回确认; refused after it", async () => {
      const id = await received(null);
      await expect(performApplicantAction(db, proven(id), id, "withdraw", {}, { now: MONDAY })).rejects.toThrow(ValidationError);
      const outcome = await performApplicantAction(db, proven(id), id, "withdraw", { confirm: true, reason: "不再需要" }, { now: at("2026-03-03") });
      expect(outcome).toMatchObject({ status: "closed", letterNumber: null });
      expect(await row(id)).toMatchObject({ status: "closed", decision: "withdrawn" });
      expect((await listApplicantLetters(db, proven(id), id)).map((l) => l.title)).toContain("政府信息公开申请撤回确认");
      await expect(performApplicantAction(db, proven(id), id, "withdraw", { confirm: true }, { now: at("2026-03-03") })).rejects.toThrow(ConflictError);
    });

    it("released files reach the applicant only with the approved reply, and only this applicant", async () => {
      const id = await received(citizen);
      await expect(addReleasedFile(db, storage, reviewer, id, { name: "预算.pdf", content: PNG })).rejects.toThrow(ForbiddenError);
      await expect(addReleasedFile(db, storage, otherClerk, id, { name: "预算.png", content: PNG })).rejects.toThrow(ForbiddenError);
      await expect(addReleasedFile(db, storage, clerk, id, EXE)).rejects.toThrow(ValidationError);
      const file = await addReleasedFile(db, storage, clerk, id, { name: "预算.png", content: PNG });
      expect(file).toMatchObject({ fileName: "预算.png", mime: "image/png" });
      // Not before the reply is approved.
      expect((await getMyApplication(db, citizen, id)).releasedFiles).toEqual([]);
      await expect(openApplicantFile(db, citizen, file.id)).rejects.toThrow(NotFoundError);

      await performAction(db, clerk, id, "draftDecision", { decision: "disclosed", provision: "网上下载", releasedFiles: "预算.png" }, { now: at("2026-03-10") });
      await performAction(db, clerk, id, "submitForReview", {}, { now: at("2026-03-10") });
      await performAction(db, reviewer, id, "approveReply", {}, { now: at("2026-03-10") });
      expect((await getMyApplication(db, citizen, id)).releasedFiles).toMatchObject([{ id: file.id, fileName: "预算.png" }]);
      expect(await readStored(storage, (await openApplicantFile(db, citizen, file.id)).storageKey)).toEqual(PNG);
      await expect(openApplicantFile(db, other, file.id)).rejects.toThrow(NotFoundError);
      await expect(openApplicantFile(db, proven(await received(null)), file.id)).rejects.toThrow(NotFoundError);
      await expect(openApplicantFile(db, citizen, "not-a-uuid")).rejects.toThrow(NotFoundError);
      await expect(addReleasedFile(db, storage, clerk, id, { name: "迟到.png", content: PNG })).rejects.toThrow(ConflictError);
      // Identity proofs are never served to the applicant side.
      const [proof] = await db.select().from(applicationFiles).where(and(eq(applicationFiles.applicationId, id), eq(applicationFiles.kind, "identity_proof")));
      await expect(openApplicantFile(db, citizen, proof!.id)).rejects.toThrow(NotFoundError);
      // The reply is in; withdrawing is no longer possible.
      await expect(performApplicantAction(db, citizen, id, "withdraw", { confirm: true }, { now: at("2026-03-11") })).rejects.toThrow(ConflictError);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { applications, auditLog, outbox, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { revealApplicantIdNumber } from "@/lib/applications/reveal-identity";
import { submitApplication } from "@/lib/applications/submit-application";
import { getStaffCase } from "@/lib/applications/workbench/case-view";
import { listInbox } from "@/lib/applications/workbench/inbox";
import { performAction } from "@/lib/applications/workbench/perform-action";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, at, MONDAY, PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import { sendSupervisionDigests, supervisionDigestText, weekOf } from "./digest";
import { listOpenSupervisionNotes, markSupervisionNoteHandled, sendSupervisionNote } from "./notes";
import { loadSupervisionOverview } from "./overview";

const BALITAI = "11120112MB1957322H";

/** 督办 (issue 15.2): the district 政务公开办 reads every agency's queue and sends notes; it takes no step and sees no ID number. */
describe.each(TEST_DRIVERS)("supervision by the district 政务公开办 (%s)", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let supervisor: Actor, clerk: Actor, reviewer: Actor, jinnanClerk: Actor;
  let overdueId: string, overdueCase: string;
  const storage = temporaryStorage();

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    supervisor = await actorFor(db, "supervisor@jinnan.example");
    clerk = await actorFor(db, "clerk@balitai.example");
    reviewer = await actorFor(db, "reviewer@balitai.example");
    jinnanClerk = await actorFor(db, "clerk@jinnan.example");
    // 八里台: one application received on 2026-03-02, due 2026-03-30 (20 working days), open on 2026-04-01.
    const filed = await submitApplication(db, null, PERSON_APPLICATION, PROOF, { ip: "198.51.100.90", storage, rateLimitPerHour: 100, now: MONDAY });
    await performAction(db, clerk, filed.applicationId, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY });
    overdueId = filed.applicationId;
    overdueCase = filed.caseNumber;
    await submitApplication(db, null, PERSON_APPLICATION, PROOF, { ip: "198.51.100.91", storage, rateLimitPerHour: 100, now: at("2026-03-31") });
  });
  afterAll(async () => database?.destroy());

  it("reads every agency's open, due-soon and overdue applications by number, nothing personal", async () => {
    const overview = await loadSupervisionOverview(db, supervisor, at("2026-04-01"));
    const town = overview.agencies.find((a) => a.code === BALITAI)!;
    expect(town).toMatchObject({ open: 2, overdue: 1, dueSoon: 0, unansweredFeeNotices: 0, openNotes: 0 });
    expect(town.overdueCases).toEqual([{ caseNumber: overdueCase, statusLabel: "办理中", replyDueOn: "2026-03-30" }]);
    expect(overview.agencies).toHaveLength(2);
    expect(JSON.stringify(overview)).not.toMatch(/440524|测试|13700137000/);
  });

  it("sends a 督办 note: it lands in the agency's inbox and its audit chain, the reviewers are mailed", async () => {
    const { id } = await sendSupervisionNote(db, supervisor, { agencyCode: BALITAI, caseNumber: overdueCase, text: "该申请已超过答复期限，请于3个工作日内答复并报告。" }, at("2026-04-01"));
    const inbox = await listOpenSupervisionNotes(db, clerk);
    expect(inbox).toEqual([expect.objectContaining({ id, caseNumber: overdueCase, applicationId: overdueId, authorName: "吴督办" })]);
    expect(await listOpenSupervisionNotes(db, jinnanClerk)).toEqual([]);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "supervision.note_sent"), eq(auditLog.targetId, overdueId)));
    expect(audit?.agencyId).toBe(clerk.agencyId);
    const mails = await db.select().from(outbox).where(eq(outbox.kind, "supervision_note"));
    expect(mails.map((m) => m.to)).toContain((await db.select({ email: users.email }).from(users).where(eq(users.id, reviewer.userId)))[0]!.email);
    expect((await loadSupervisionOverview(db, supervisor, at("2026-04-01"))).agencies.find((a) => a.code === BALITAI)!.openNotes).toBe(1);

    // Only the supervised agency's staff close it, once.
    await expect(markSupervisionNoteHandled(db, jinnanClerk, id)).rejects.toBeInstanceOf(NotFoundError);
    await markSupervisionNoteHandled(db, clerk, id, at("2026-04-02"));
    expect(await listOpenSupervisionNotes(db, clerk)).toEqual([]);
  });

  it("refuses a note with a Chinese error for an unknown case or agency, and keeps nothing", async () => {
    const unknownCase = await sendSupervisionNote(db, supervisor, { agencyCode: BALITAI, caseNumber: "NOPE-1", text: "请答复" }).catch((e: unknown) => e);
    expect(unknownCase).toBeInstanceOf(ValidationError);
    expect((unknownCase as ValidationError).errors).toEqual([{ path: "caseNumber", message: "天津市津南区八里台镇人民政府没有受理编号为“NOPE-1”的申请。" }]);
    await expect(sendSupervisionNote(db, supervisor, { agencyCode: "91110000000000000X", text: "请答复" })).rejects.toBeInstanceOf(ValidationError);
    await expect(sendSupervisionNote(db, supervisor, { agencyCode: BALITAI, text: "" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("cannot act on a case, reveal an ID number, or open the workbench; nobody else can supervise", async () => {
    await expect(performAction(db, supervisor, overdueId, "internalNote", { text: "督办" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(performAction(db, supervisor, overdueId, "draftDecision", { decision: "notHeld", reasons: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revealApplicantIdNumber(db, supervisor, overdueId, { reason: "核实申请人身份信息" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getStaffCase(db, supervisor, overdueId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listInbox(db, supervisor, {})).rejects.toBeInstanceOf(ForbiddenError);
    for (const other of [clerk, reviewer, jinnanClerk]) {
      await expect(loadSupervisionOverview(db, other)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(sendSupervisionNote(db, other, { agencyCode: BALITAI, text: "请答复" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    // A supervisor account of a town (not the platform's host) is refused too.
    const townSupervisor: Actor = { ...supervisor, agencyId: clerk.agencyId };
    await expect(loadSupervisionOverview(db, townSupervisor)).rejects.toThrow("只有本平台主办机关（区政务公开办）的督办人可以督办。");
    expect(await db.select().from(applications).where(eq(applications.id, overdueId))).toHaveLength(1);
  });

  it("mails each supervisor one digest a week", async () => {
    expect(weekOf("2026-04-01")).toBe("2026-03-30");
    expect(weekOf("2026-04-05")).toBe("2026-03-30");
    expect(weekOf("2026-04-06")).toBe("2026-04-06");
    expect(await sendSupervisionDigests(db, at("2026-04-01"))).toBe(1);
    expect(await sendSupervisionDigests(db, at("2026-04-03"))).toBe(0);
    expect(await sendSupervisionDigests(db, at("2026-04-07"))).toBe(1);
    const digests = await db.select().from(outbox).where(eq(outbox.kind, "supervision_digest"));
    expect(digests.map((d) => d.subject).sort()).toEqual(["督办周报（2026-03-30起）", "督办周报（2026-04-06起）"]);
    const text = supervisionDigestText(await loadSupervisionOverview(db, supervisor, at("2026-04-01")));
    expect(text).toContain("天津市津南区八里台镇人民政府：办理中2件，已超期1件");
  });
});

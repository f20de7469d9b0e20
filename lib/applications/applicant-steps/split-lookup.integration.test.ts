import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { applicationEvents, applications, letters } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import type { ProvenApplicant } from "../applicant-access";
import { getApplicantLetterById, listApplicantLetters } from "../applicant-letters";
import { lookupApplicationRecord } from "../lookup-application";
import { getMyApplication, listMyApplications } from "../my-applications";
import { coversApplication } from "../owned-application";
import { rateApplication } from "../rate-application";
import { submitApplication } from "../submit-application";
import { performAction } from "../workbench/perform-action";
import { performApplicantAction } from "./perform-applicant-action";

// Monday 2026-03-02 in China; 20 working days later is 2026-03-30 (holidays-cn.json).
const MONDAY = new Date("2026-03-02T02:00:00Z");
const at = (date: string) => new Date(`${date}T02:00:00Z`);
const PHONE = "13900139001";
const THREE_ITEMS = {
  ...PERSON_APPLICATION,
  applicant: { ...PERSON_APPLICATION.applicant, phone: PHONE },
  items: [
    { title: "2025年镇级预算", description: "请提供2025年镇级预算全文。" },
    { title: "2025年道路养护合同", description: "请提供2025年道路养护合同。" },
    { title: "2025年镇级决算", description: "请提供2025年镇级决算全文。" },
  ],
};
const SPLIT = { reason: "三项内容分属不同信息，需分别答复", groups: ["1", "2", "2"] };
const DISCLOSED = { decision: "disclosed", provision: "电子邮件发送PDF文件", releasedFiles: "2025年道路养护合同.pdf" };

describe.each(TEST_DRIVERS)("一事一申请: the applicant follows and acts on the sub-applications (%s)", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let citizen: Actor, clerk: Actor, reviewer: Actor;
  const storage = temporaryStorage();
  let ip = 0;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    citizen = await actorFor(db, "citizen@example.com");
    clerk = await actorFor(db, "clerk@balitai.example");
    reviewer = await actorFor(db, "reviewer@balitai.example");
  });
  afterAll(async () => database?.destroy());

  /** A received application of three items, split into -1 (one item) and -2 (two items). */
  async function splitApplication(owner: Actor | null) {
    const filed = await submitApplication(db, owner, THREE_ITEMS, PROOF, { ip: `198.51.100.${++ip}`, storage, rateLimitPerHour: 100, now: MONDAY });
    await performAction(db, clerk, filed.applicationId, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY });
    await performAction(db, clerk, filed.applicationId, "split", SPLIT, { now: at("2026-03-03") });
    const subs = (await db.select().from(applications).where(eq(applications.parentId, filed.applicationId))).sort((a, b) =>
      a.caseNumber.localeCompare(b.caseNumber),
    );
    return { ...filed, subs };
  }
  const proven = (applicationId: string): ProvenApplicant => ({ kind: "trackingCode", applicationId });

  it("the look-up of the parent lists its sub-applications with number, status and due date (also in the API's answer)", async () => {
    const { trackingCode, caseNumber, applicationId, subs } = await splitApplication(null);
    const { applicationId: provenId, view } = await lookupApplicationRecord(db, { trackingCode, phone: PHONE }, { ip: "10.1.0.1", now: at("2026-03-03") });
    expect(provenId).toBe(applicationId);
    expect(view).toMatchObject({ caseNumber, status: "in_progress", replyDueOn: null, clock: { state: "finished", remainingWorkingDays: null } });
    expect(view.subApplications).toEqual([
      { caseNumber: `${caseNumber}-1`, status: "in_progress", statusLabel: "办理中", receivedOn: "2026-03-02", replyDueOn: "2026-03-30" },
      { caseNumber: `${caseNumber}-2`, status: "in_progress", statusLabel: "办理中", receivedOn: "2026-03-02", replyDueOn: "2026-03-30" },
    ]);
    expect(JSON.stringify(view.subApplications)).not.toContain(subs[0]!.id);

    const parent = await getMyApplication(db, proven(applicationId), applicationId, at("2026-03-03"));
    expect(parent.subApplications.map((s) => [s.id, s.caseNumber, s.replyDueOn])).toEqual(subs.map((s) => [s.id, s.caseNumber, "2026-03-30"]));
  });

  it("the proven tracking code of the parent reads a sub-application, its letters, and answers its correction; nobody else can", async () => {
    const { applicationId, subs } = await splitApplication(null);
    const other = await splitApplication(null);
    const [first, second] = subs as [(typeof subs)[0], (typeof subs)[0]];
    await performAction(db, clerk, second.id, "requestCorrection", { points: "请写明合同名称", guidance: "可写明合同编号", deadlineOn: "2026-03-25" }, { now: at("2026-03-04") });

    const who = proven(applicationId);
    expect(await coversApplication(db, who, second.id)).toBe(true);
    const detail = await getMyApplication(db, who, second.id, at("2026-03-05"));
    expect(detail).toMatchObject({ caseNumber: second.caseNumber, status: "awaiting_correction", subApplications: [] });
    expect(detail.steps.correction).toMatchObject({ deadlineOn: "2026-03-25", points: ["请写明合同名称"] });
    const letterList = await listApplicantLetters(db, who, second.id);
    const notice = letterList.find((l) => l.title.endsWith("补正告知书"))!;
    expect(notice.number).toMatch(/\d/);
    const opened = await getApplicantLetterById(db, who, notice.id);
    expect(opened.caseNumber).toBe(second.caseNumber);

    const outcome = await performApplicantAction(
      db,
      who,
      second.id,
      "answerCorrection",
      { note: "已写明", items: [{ title: "2025年道路养护合同（镇村道路）", docNumber: "", indexNumber: "", description: "请提供该镇村道路养护合同的全文。" }] },
      { now: at("2026-03-05"), storage },
    );
    expect(outcome.status).toBe("awaiting_correction");
    const [answered] = await db
      .select()
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, second.id), eq(applicationEvents.type, "correctionAnswered")));
    expect(answered).toMatchObject({ actorKind: "applicant", actorId: null });

    // Another application's proof, or a sub-application's id taken as proof, covers nothing else.
    const stranger = proven(other.applicationId);
    expect(await coversApplication(db, stranger, first.id)).toBe(false);
    await expect(getMyApplication(db, stranger, first.id)).rejects.toThrow(NotFoundError);
    await expect(getApplicantLetterById(db, stranger, notice.id)).rejects.toThrow(NotFoundError);
    await expect(performApplicantAction(db, stranger, first.id, "withdraw", { confirm: true }, { now: at("2026-03-05") })).rejects.toThrow(NotFoundError);
    await expect(getMyApplication(db, proven(first.id), second.id)).rejects.toThrow(NotFoundError);
    await expect(getMyApplication(db, proven(first.id), applicationId)).rejects.toThrow(NotFoundError);

    // Withdrawing one sub-application leaves the other in hand.
    expect((await getMyApplication(db, who, first.id, at("2026-03-05"))).steps.withdraw).toBe(true);
    expect((await performApplicantAction(db, who, first.id, "withdraw", { confirm: true }, { now: at("2026-03-05") })).status).toBe("closed");
    expect((await db.select().from(applications).where(eq(applications.id, second.id)))[0]!.status).toBe("awaiting_correction");
  });

  it("rates a replied sub-application through the look-up session, once; another look-up cannot (评价, workflow.md §6)", async () => {
    const { applicationId, subs } = await splitApplication(null);
    const other = await splitApplication(null);
    const sub = subs[0]!;
    await expect(rateApplication(db, proven(applicationId), sub.id, { score: 5 })).rejects.toThrow(ConflictError);
    await performAction(db, clerk, sub.id, "draftDecision", DISCLOSED, { now: at("2026-03-04") });
    await performAction(db, clerk, sub.id, "submitForReview", {}, { now: at("2026-03-04") });
    await performAction(db, reviewer, sub.id, "approveReply", {}, { now: at("2026-03-05") });
    expect((await getMyApplication(db, proven(applicationId), sub.id, at("2026-03-06"))).canRate).toBe(true);

    await expect(rateApplication(db, proven(other.applicationId), sub.id, { score: 1 })).rejects.toThrow(NotFoundError);
    expect(await rateApplication(db, proven(applicationId), sub.id, { score: 4, comment: "答复及时" }, at("2026-03-06"))).toEqual({ score: 4 });
    const [rated] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, sub.id), eq(applicationEvents.type, "rated")));
    expect(rated).toMatchObject({ actorKind: "applicant", actorId: null, actorName: "测试", payload: { score: 4, comment: "答复及时" } });
    await expect(rateApplication(db, proven(applicationId), sub.id, { score: 5 })).rejects.toThrow(ConflictError);
    expect((await getMyApplication(db, proven(applicationId), sub.id, at("2026-03-06"))).canRate).toBe(false);
  });

  it("the account that filed it sees the sub-applications in 我的申请 and under the parent", async () => {
    const { applicationId, subs } = await splitApplication(citizen);
    const mine = await listMyApplications(db, citizen);
    expect(mine.map((a) => a.id)).toEqual(expect.arrayContaining([applicationId, ...subs.map((s) => s.id)]));
    expect((await getMyApplication(db, citizen, applicationId)).subApplications.map((s) => s.caseNumber)).toEqual(subs.map((s) => s.caseNumber));
    const sub = await getMyApplication(db, citizen, subs[1]!.id);
    expect(sub.items.map((i) => i.title)).toEqual(["2025年道路养护合同", "2025年镇级决算"]);
    const subLetters = await db.select().from(letters).where(eq(letters.applicationId, subs[1]!.id));
    expect(subLetters.every((l) => l.applicationId === subs[1]!.id)).toBe(true);
  });
});

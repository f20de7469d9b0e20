import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { applicationEvents, applications } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, createCitizen, ORGANIZATION_APPLICATION, PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { getMyApplication, listMyApplications } from "./my-applications";
import { lookupApplication } from "./lookup-application";
import { submitApplication, type SubmissionResult } from "./submit-application";
import { WITHDRAWN_DECISION, withdrawApplication } from "./withdraw-application";
import { rateApplication } from "./rate-application";

describe.each(TEST_DRIVERS)("what an applicant can see and do, on %s", (driver) => {
  let database: TestDatabase;
  let citizen: Actor;
  let other: Actor;
  let clerk: Actor;
  let mine: SubmissionResult;
  let anonymous: SubmissionResult;
  let organization: SubmissionResult;
  const storage = temporaryStorage();
  const submit = (actor: Actor | null, input: unknown) =>
    submitApplication(database.db, actor, input, PROOF, { ip: "192.0.2.1", storage, rateLimitPerHour: 100 });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
    citizen = await actorFor(database.db, "citizen@example.com");
    clerk = await actorFor(database.db, "clerk@balitai.example");
    other = await createCitizen(database.db, "other@example.com");
    mine = await submit(citizen, PERSON_APPLICATION);
    anonymous = await submit(null, { ...PERSON_APPLICATION, applicant: { ...PERSON_APPLICATION.applicant, phone: "13900139000" } });
    organization = await submit(null, ORGANIZATION_APPLICATION);
  });
  afterAll(async () => database?.destroy());

  describe("lookup by tracking code and phone", () => {
    it("shows the status, the applicant-visible timeline and no deadline before receipt", async () => {
      const view = await lookupApplication(database.db, { trackingCode: anonymous.trackingCode, phone: "139 0013 9000" }, { ip: "10.0.0.1" });
      expect(view).toMatchObject({
        caseNumber: anonymous.caseNumber,
        agency: { code: "11120112MB1957322H", name: "天津市津南区八里台镇人民政府" },
        status: "submitted",
        statusLabel: "已提交待确认",
        receivedOn: null,
        replyDueOn: null,
        clock: { state: "not_received" },
      });
      expect(view.events).toEqual([{ at: expect.any(String), type: "submitted", label: "网上提交申请", basis: "条例第二十九条" }]);
      expect(JSON.stringify(view)).not.toMatch(/440524|测试|13900139000|t@example.com/);
    });

    it("accepts the code in any case and with spaces; an organisation looks up with its contact phone", async () => {
      const code = organization.trackingCode.toLowerCase().replace(/-/g, " ");
      const view = await lookupApplication(database.db, { trackingCode: code, phone: "02212345678" }, { ip: "10.0.0.2" });
      expect(view.caseNumber).toBe(organization.caseNumber);
    });

    it("answers an unknown code and a wrong phone with the same 404", async () => {
      const wrongPhone = await lookupApplication(database.db, { trackingCode: anonymous.trackingCode, phone: "13700137000" }, { ip: "10.0.0.3" }).catch(
        (e: unknown) => e,
      );
      const unknownCode = await lookupApplication(database.db, { trackingCode: "ABCD-EFGH-JKMN-PQRS", phone: "13900139000" }, { ip: "10.0.0.3" }).catch(
        (e: unknown) => e,
      );
      expect(wrongPhone).toBeInstanceOf(NotFoundError);
      expect(unknownCode).toBeInstanceOf(NotFoundError);
      expect((wrongPhone as Error).message).toBe((unknownCode as Error).message);
    });

    it("says which field is missing or malformed", async () => {
      const error = (await lookupApplication(database.db, { trackingCode: "123", phone: "" }, { ip: "10.0.0.4" }).catch((e: unknown) => e)) as ValidationError;
      expect(error.errors.map((e) => e.path)).toEqual(["trackingCode", "phone"]);
    });

    it("stops an address after too many failed look-ups", async () => {
      const rule = { limit: 2, windowSeconds: 3600 };
      const attempt = () =>
        lookupApplication(database.db, { trackingCode: "ABCD-EFGH-JKMN-PQRS", phone: "13900139000" }, { ip: "10.0.0.5", rule }).catch((e: unknown) => e);
      expect(await attempt()).toBeInstanceOf(NotFoundError);
      expect(await attempt()).toBeInstanceOf(NotFoundError);
      expect(await attempt()).toBeInstanceOf(RateLimitedError);
      const right = await lookupApplication(database.db, { trackingCode: anonymous.trackingCode, phone: "13900139000" }, { ip: "10.0.0.5", rule }).catch(
        (e: unknown) => e,
      );
      expect(right).toBeInstanceOf(RateLimitedError);
    });
  });

  describe("the reply deadline, derived from the ledger by lib/clock", () => {
    async function confirmReceipt(result: SubmissionResult, receivedOn: string) {
      // Stands in for the staff side's confirmReceipt (issue 6): the record and its ledger event.
      await database.db.update(applications).set({ status: "in_progress", receivedOn, clockStartOn: receivedOn }).where(eq(applications.id, result.applicationId));
      await database.db.insert(applicationEvents).values({
        applicationId: result.applicationId,
        type: "received",
        occurredOn: receivedOn,
        actorKind: "staff",
        basis: "条例第三十一条",
        applicantVisible: true,
      });
    }

    it("shows the due date, the working days left and the explanation once received", async () => {
      const received = await submit(null, { ...PERSON_APPLICATION, applicant: { ...PERSON_APPLICATION.applicant, phone: "13500135000" } });
      await confirmReceipt(received, "2025-03-03");
      const view = await lookupApplication(
        database.db,
        { trackingCode: received.trackingCode, phone: "13500135000" },
        { ip: "10.0.1.1", now: new Date("2025-03-10T02:00:00Z") },
      );
      expect(view).toMatchObject({ status: "in_progress", statusLabel: "办理中", receivedOn: "2025-03-03", replyDueOn: "2025-03-31" });
      expect(view.clock).toMatchObject({ state: "running", replyDueLabel: "2025-03-31", remainingWorkingDays: 15 });
      expect(view.clock.explanation.join("\n")).toContain("条例第三十三条");
      expect(view.events.map((e) => e.label)).toEqual(["网上提交申请", "确认收到申请"]);
    });

    it("gives the provisional date, marked 预计, when the deadline reaches a year whose holidays are not published", async () => {
      const late = await submit(null, { ...PERSON_APPLICATION, applicant: { ...PERSON_APPLICATION.applicant, phone: "13500135001" } });
      await confirmReceipt(late, "2026-12-21");
      const view = await lookupApplication(
        database.db,
        { trackingCode: late.trackingCode, phone: "13500135001" },
        { ip: "10.0.1.2", now: new Date("2026-12-22T02:00:00Z") },
      );
      expect(view.replyDueOn).toBeNull();
      // 20 working days from 2026-12-21 by the 放假办法 (元旦 2027-01-01 off): 2027-01-19.
      expect(view.clock).toMatchObject({ state: "unknown", replyDueLabel: "预计 2027-01-19（2027年放假安排公布前按法定节日推算）" });
    });
  });

  describe("my applications", () => {
    it("lists only the applications filed from my account", async () => {
      const list = await listMyApplications(database.db, citizen);
      expect(list.map((a) => a.caseNumber)).toEqual([mine.caseNumber]);
      expect(list[0]).toMatchObject({ statusLabel: "已提交待确认", firstItemTitle: "某项政府信息", itemCount: 1, agencyName: "天津市津南区八里台镇人民政府" });
      expect(await listMyApplications(database.db, other)).toEqual([]);
    });

    it("shows my application's detail with the ID number masked", async () => {
      const detail = await getMyApplication(database.db, citizen, mine.applicationId);
      expect(detail).toMatchObject({ caseNumber: mine.caseNumber, status: "submitted", identityProofCount: 1 });
      expect(detail.applicant.idNumberMasked).toBe("440***********0014");
      expect(JSON.stringify(detail)).not.toContain("440524188001010014");
    });

    it("gives another citizen a 404 for my application and for an anonymous one, and refuses staff roles here", async () => {
      await expect(getMyApplication(database.db, other, mine.applicationId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getMyApplication(database.db, citizen, anonymous.applicationId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getMyApplication(database.db, citizen, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
      await expect(getMyApplication(database.db, clerk, mine.applicationId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listMyApplications(database.db, clerk)).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  describe("withdrawal (撤回)", () => {
    it("needs the confirmation box", async () => {
      const error = (await withdrawApplication(database.db, citizen, mine.applicationId, {}).catch((e: unknown) => e)) as ValidationError;
      expect(error.errors[0]).toMatchObject({ path: "confirm" });
    });

    it("is refused for someone else's application", async () => {
      await expect(withdrawApplication(database.db, other, mine.applicationId, { confirm: true })).rejects.toBeInstanceOf(NotFoundError);
      await expect(withdrawApplication(database.db, clerk, mine.applicationId, { confirm: true })).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("closes my application with the withdrawn decision and an applicant-visible event, once", async () => {
      const now = new Date("2026-03-04T03:00:00Z");
      const confirmation = await withdrawApplication(database.db, citizen, mine.applicationId, { confirm: true, reason: "已通过其他途径获得" }, now);
      expect(confirmation).toEqual({ caseNumber: mine.caseNumber, withdrawnOn: "2026-03-04" });
      const [row] = await database.db.select().from(applications).where(eq(applications.id, mine.applicationId));
      expect(row).toMatchObject({ status: "closed", decision: WITHDRAWN_DECISION, version: 2 });
      const events = await database.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, mine.applicationId));
      expect(events.map((e) => e.type)).toEqual(["submitted", "withdrawn"]);
      expect(events[1]).toMatchObject({ reason: "已通过其他途径获得", applicantVisible: true, before: { status: "submitted" } });
      await expect(withdrawApplication(database.db, citizen, mine.applicationId, { confirm: true })).rejects.toBeInstanceOf(ConflictError);
      const detail = await getMyApplication(database.db, citizen, mine.applicationId);
      expect(detail.statusLabel).toBe("已终止");
      expect(detail.events.map((e) => e.label)).toEqual(["网上提交申请", "申请人撤回申请"]);
    });
  });

  describe("rating (评价)", () => {
    it("only after the reply, only by the owner, only once", async () => {
      const rated = await submit(citizen, PERSON_APPLICATION);
      const early = await rateApplication(database.db, citizen, rated.applicationId, { score: 5 }).catch((e: unknown) => e);
      expect(early).toBeInstanceOf(ConflictError);
      // Stands in for the staff side's approved reply (issue 6).
      await database.db.update(applications).set({ status: "replied", decision: "disclosed" }).where(eq(applications.id, rated.applicationId));
      await expect(rateApplication(database.db, other, rated.applicationId, { score: 5 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(rateApplication(database.db, clerk, rated.applicationId, { score: 5 })).rejects.toBeInstanceOf(ForbiddenError);
      const bad = (await rateApplication(database.db, citizen, rated.applicationId, { score: 9 }).catch((e: unknown) => e)) as ValidationError;
      expect(bad.errors[0]).toMatchObject({ path: "score", message: "请选择1至5分的评价。" });
      expect(await rateApplication(database.db, citizen, rated.applicationId, { score: 4, comment: "答复及时" })).toEqual({ score: 4 });
      await expect(rateApplication(database.db, citizen, rated.applicationId, { score: 5 })).rejects.toBeInstanceOf(ConflictError);
      const detail = await getMyApplication(database.db, citizen, rated.applicationId);
      expect(detail.events.map((e) => e.label)).toEqual(["网上提交申请", "申请人评价"]);
    });
  });
});

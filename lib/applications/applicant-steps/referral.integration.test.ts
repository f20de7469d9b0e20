import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { agencies, applicationFiles, applications, letters, outbox, requestItems } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { computeDraft } from "@/lib/annual-report/compute-draft";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, at, createCitizen, MONDAY, PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import type { ProvenApplicant } from "../applicant-access";
import { getMyApplication, listMyApplications } from "../my-applications";
import { submitApplication } from "../submit-application";
import { getStaffCase } from "../workbench/case-view";
import { performAction } from "../workbench/perform-action";
import { performApplicantAction } from "./perform-applicant-action";

const JINNAN_CODE = "11120112000069010W";
const ITEMS = [
  { title: "津南区2025年区级预算", description: "请提供津南区2025年区级预算全文。" },
  { title: "津南区2025年重点项目清单", description: "请提供津南区2025年重点项目清单全文。" },
];

/**
 * 一键转交 (条例第三十六条第五项; issue 15.1): 八里台 answers 不属于本机关负责公开 naming 津南区, which
 * is on the platform; the applicant forwards the same request with one click and explicit consent.
 */
describe.each(TEST_DRIVERS)("referral to the responsible agency on the platform (%s)", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let citizen: Actor, other: Actor, clerk: Actor, reviewer: Actor, jinnanClerk: Actor;
  let jinnanId: string;
  const storage = temporaryStorage();
  let ip = 0;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    citizen = await actorFor(db, "citizen@example.com");
    other = await createCitizen(db, "other-referral@example.com");
    clerk = await actorFor(db, "clerk@balitai.example");
    reviewer = await actorFor(db, "reviewer@balitai.example");
    jinnanClerk = await actorFor(db, "clerk@jinnan.example");
    jinnanId = (await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, JINNAN_CODE)))[0]!.id;
  });
  afterAll(async () => database?.destroy());

  const draft = (responsibleAgencyId: string) => ({
    decision: "notThisAgency",
    reasons: "经核查，区级预算由区财政局编制、区人民政府公开，不属于本机关负责公开。",
    responsibleAgencyName: "天津市津南区人民政府",
    responsibleAgencyContact: "津南区人民政府办公室，电话022-28391234",
    responsibleAgencyId,
  });

  /** Filed to 八里台 by `owner`, received, answered （五） naming 津南区 (on the platform). */
  async function answeredNotThisAgency(owner: Actor | null) {
    const filed = await submitApplication(db, owner, { ...PERSON_APPLICATION, items: ITEMS }, PROOF, { ip: `198.51.100.${++ip}`, storage, rateLimitPerHour: 100, now: MONDAY });
    await performAction(db, clerk, filed.applicationId, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY });
    await performAction(db, clerk, filed.applicationId, "draftDecision", draft(jinnanId), { now: at("2026-03-03") });
    await performAction(db, clerk, filed.applicationId, "submitForReview", {}, { now: at("2026-03-03") });
    await performAction(db, reviewer, filed.applicationId, "approveReply", {}, { now: at("2026-03-04") });
    return filed;
  }

  it("the draft may name only another agency of the platform; the reply says the request can be forwarded", async () => {
    const filed = await submitApplication(db, citizen, { ...PERSON_APPLICATION, items: ITEMS }, PROOF, { ip: `198.51.100.${++ip}`, storage, rateLimitPerHour: 100, now: MONDAY });
    await performAction(db, clerk, filed.applicationId, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY });
    const own = clerk.agencyId!;
    for (const wrong of [own, "00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      const refused = await performAction(db, clerk, filed.applicationId, "draftDecision", draft(wrong), { now: at("2026-03-03") }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).errors).toEqual([{ path: "responsibleAgencyId", message: "请从列表中选择本平台上的其他行政机关，或留空。" }]);
    }
    const view = await getStaffCase(db, clerk, filed.applicationId, at("2026-03-03"));
    expect(view.platformAgencies.map((a) => a.id)).toEqual([jinnanId]);

    const { applicationId } = await answeredNotThisAgency(citizen);
    const [reply] = await db.select().from(letters).where(and(eq(letters.applicationId, applicationId), eq(letters.kind, "reply")));
    const text = JSON.stringify(reply!.content);
    expect(text).toContain("负责公开该政府信息的行政机关为天津市津南区人民政府");
    expect(text).toContain("一键将本申请转交该机关");
  });

  it("the applicant forwards it with consent: a new application of 津南区, nothing re-typed, linked both ways", async () => {
    const { applicationId, caseNumber } = await answeredNotThisAgency(citizen);
    const before = (await computeDraft(db, (await db.select().from(agencies).where(eq(agencies.id, jinnanId)))[0]!, 2026)).report.table3.new.total;

    const offered = await getMyApplication(db, citizen, applicationId, at("2026-03-05"));
    expect(offered.steps.referral).toEqual({ agencyName: "天津市津南区人民政府" });

    // Consent is required (the same schema as the form), and only the applicant may forward.
    await expect(performApplicantAction(db, citizen, applicationId, "referToResponsibleAgency", {}, { now: at("2026-03-05") })).rejects.toBeInstanceOf(ValidationError);
    await expect(performApplicantAction(db, citizen, applicationId, "referToResponsibleAgency", { consent: false }, { now: at("2026-03-05") })).rejects.toBeInstanceOf(ValidationError);
    await expect(performApplicantAction(db, other, applicationId, "referToResponsibleAgency", { consent: true }, { now: at("2026-03-05") })).rejects.toBeInstanceOf(NotFoundError);
    await expect(performApplicantAction(db, clerk, applicationId, "referToResponsibleAgency", { consent: true }, { now: at("2026-03-05") })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(performAction(db, clerk, applicationId, "referToResponsibleAgency", { consent: true }, { now: at("2026-03-05") })).rejects.toBeInstanceOf(NotFoundError);

    await performApplicantAction(db, citizen, applicationId, "referToResponsibleAgency", { consent: true }, { now: at("2026-03-05") });
    const [referred] = await db.select().from(applications).where(eq(applications.referredFromId, applicationId));
    const [first] = await db.select().from(applications).where(eq(applications.id, applicationId));
    expect(referred).toMatchObject({
      agencyId: jinnanId,
      status: "submitted",
      channel: "online",
      receivedOn: null,
      decision: null,
      userId: citizen.userId,
      applicantName: first!.applicantName,
      idNumberHash: first!.idNumberHash,
      phone: first!.phone,
    });
    expect(referred!.caseNumber).not.toBe(caseNumber);
    const itemsOf = async (id: string) =>
      (await db.select().from(requestItems).where(eq(requestItems.applicationId, id))).map(({ position, title, description }) => ({ position, title, description })).sort((a, b) => a.position - b.position);
    expect(await itemsOf(referred!.id)).toEqual(await itemsOf(applicationId));
    const proofs = await db.select().from(applicationFiles).where(and(eq(applicationFiles.applicationId, referred!.id), eq(applicationFiles.kind, "identity_proof")));
    expect(proofs).toHaveLength(PROOF.length);
    const [mail] = await db.select().from(outbox).where(and(eq(outbox.applicationId, referred!.id), eq(outbox.kind, "referral_filed")));
    expect(mail?.subject).toContain(referred!.caseNumber);

    // Once only; the first application keeps its reply.
    const again = await performApplicantAction(db, citizen, applicationId, "referToResponsibleAgency", { consent: true }, { now: at("2026-03-06") }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as Error).message).toBe("本申请已于2026-03-05转交负责公开的机关。");
    expect(first).toMatchObject({ status: "replied", decision: "notThisAgency", reportRow: "4.1" });

    // The applicant's pages link both ways; the account lists both.
    const firstView = await getMyApplication(db, citizen, applicationId, at("2026-03-06"));
    expect(firstView.referral.to).toEqual({ id: referred!.id, caseNumber: referred!.caseNumber, agencyName: "天津市津南区人民政府" });
    expect(firstView.steps.referral).toBeNull();
    const secondView = await getMyApplication(db, citizen, referred!.id, at("2026-03-06"));
    expect(secondView.referral.from).toEqual({ id: applicationId, caseNumber, agencyName: "天津市津南区八里台镇人民政府" });
    expect((await listMyApplications(db, citizen)).map((a) => a.id)).toEqual(expect.arrayContaining([applicationId, referred!.id]));
    await expect(getMyApplication(db, other, referred!.id)).rejects.toBeInstanceOf(NotFoundError);

    // 津南's clerk receives it (条例第三十一条: its own receivedOn) and sees where it came from; 八里台's staff cannot act on it.
    await expect(performAction(db, clerk, referred!.id, "confirmReceipt", { receivedOn: "2026-03-06" }, { now: at("2026-03-06") })).rejects.toBeInstanceOf(ForbiddenError);
    await performAction(db, jinnanClerk, referred!.id, "confirmReceipt", { receivedOn: "2026-03-06" }, { now: at("2026-03-06") });
    const jinnanView = await getStaffCase(db, jinnanClerk, referred!.id, at("2026-03-06"));
    expect(jinnanView.referral.from).toEqual({ caseNumber, agencyName: "天津市津南区八里台镇人民政府" });
    expect(jinnanView.receivedOn).toBe("2026-03-06");
    const balitaiView = await getStaffCase(db, clerk, applicationId, at("2026-03-06"));
    expect(balitaiView.referral.to).toEqual({ caseNumber: referred!.caseNumber, agencyName: "天津市津南区人民政府" });

    // Counted where annual-report.md puts it: 八里台's （五） row (its Policy default, 4.1); 津南 a new application of its own.
    const jinnan = (await db.select().from(agencies).where(eq(agencies.id, jinnanId)))[0]!;
    expect((await computeDraft(db, jinnan, 2026)).report.table3.new.total).toBe(before + 1);
  });

  it("a proven tracking code of the first application follows the forwarded one (ownership.ts), and nothing else", async () => {
    const { applicationId, trackingCode } = await answeredNotThisAgency(null);
    expect(trackingCode).toBeTruthy();
    const proven: ProvenApplicant = { kind: "trackingCode", applicationId };
    await performApplicantAction(db, proven, applicationId, "referToResponsibleAgency", { consent: true }, { now: at("2026-03-05") });
    const [referred] = await db.select().from(applications).where(eq(applications.referredFromId, applicationId));
    const view = await getMyApplication(db, proven, referred!.id, at("2026-03-05"));
    expect(view.caseNumber).toBe(referred!.caseNumber);
    const provenSecond: ProvenApplicant = { kind: "trackingCode", applicationId: referred!.id };
    await expect(getMyApplication(db, provenSecond, applicationId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is refused before the reply, and for a reply that names no agency on the platform", async () => {
    const filed = await submitApplication(db, citizen, { ...PERSON_APPLICATION, items: ITEMS }, PROOF, { ip: `198.51.100.${++ip}`, storage, rateLimitPerHour: 100, now: MONDAY });
    await performAction(db, clerk, filed.applicationId, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY });
    await expect(performApplicantAction(db, citizen, filed.applicationId, "referToResponsibleAgency", { consent: true }, { now: at("2026-03-03") })).rejects.toBeInstanceOf(ConflictError);
    await performAction(db, clerk, filed.applicationId, "draftDecision", draft(""), { now: at("2026-03-03") });
    await performAction(db, clerk, filed.applicationId, "submitForReview", {}, { now: at("2026-03-03") });
    await performAction(db, reviewer, filed.applicationId, "approveReply", {}, { now: at("2026-03-04") });
    const refused = await performApplicantAction(db, citizen, filed.applicationId, "referToResponsibleAgency", { consent: true }, { now: at("2026-03-05") }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toBe("只有答复“不属于本机关负责公开”并指明本平台上的负责机关的申请才能转交。");
  });
});

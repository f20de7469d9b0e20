import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { applications } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, createCitizen, MONDAY, at, PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import type { ApplicantAccess, ProvenApplicant } from "./applicant-access";
import { coversApplication, isApplicantOf, loadOwnApplication, ownedApplications } from "./owned-application";
import { submitApplication } from "./submit-application";
import { performAction } from "./workbench/perform-action";

const TWO_ITEMS = {
  ...PERSON_APPLICATION,
  items: [
    { title: "2025年镇级预算", description: "请提供2025年镇级预算全文。" },
    { title: "2025年道路养护合同", description: "请提供2025年道路养护合同。" },
  ],
};

/**
 * ownership.ts's rule on real records, as the look-up session (lib/auth/applicant.ts) and every
 * applicant use case apply it: the forbidden cases are each tried (workflow.md §5–§6).
 */
describe.each(TEST_DRIVERS)("who may open an application as its applicant, on %s", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let citizen: Actor, other: Actor, clerk: Actor;
  const storage = temporaryStorage();
  let ip = 0;
  const proven = (applicationId: string): ProvenApplicant => ({ kind: "trackingCode", applicationId });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    citizen = await actorFor(db, "citizen@example.com");
    clerk = await actorFor(db, "clerk@balitai.example");
    other = await createCitizen(db, "owner-other@example.com");
  });
  afterAll(async () => database?.destroy());

  /** An application of two items, received and split into -1 and -2. */
  async function filedAndSplit(owner: Actor | null) {
    const filed = await submitApplication(db, owner, TWO_ITEMS, PROOF, { ip: `198.51.100.${++ip}`, storage, rateLimitPerHour: 100, now: MONDAY });
    await performAction(db, clerk, filed.applicationId, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY });
    await performAction(db, clerk, filed.applicationId, "split", { reason: "两项内容需分别答复", groups: ["1", "2"] }, { now: at("2026-03-03") });
    const subs = await db.select({ id: applications.id }).from(applications).where(eq(applications.parentId, filed.applicationId));
    expect(subs).toHaveLength(2);
    return { id: filed.applicationId, subs: subs.map((s) => s.id) as [string, string] };
  }

  const expectCovers = async (who: ApplicantAccess, id: string, covers: boolean) => {
    expect(await coversApplication(db, who, id)).toBe(covers);
    if (covers) expect((await loadOwnApplication(db, who, id)).id).toBe(id);
    else await expect(loadOwnApplication(db, who, id)).rejects.toThrow(NotFoundError);
  };

  it("the filing account opens the application and its sub-applications; another account does not", async () => {
    const mine = await filedAndSplit(citizen);
    for (const id of [mine.id, ...mine.subs]) {
      await expectCovers(citizen, id, true);
      await expectCovers(other, id, false);
    }
  });

  it("an application filed without an account opens for no account, only for its proven tracking code", async () => {
    const anonymous = await filedAndSplit(null);
    await expectCovers(citizen, anonymous.id, false);
    await expectCovers(proven(anonymous.id), anonymous.id, true);
  });

  it("a proven code covers its application's sub-applications; a sub-application's id covers neither its sibling nor its parent", async () => {
    const family = await filedAndSplit(null);
    const [first, second] = family.subs;
    await expectCovers(proven(family.id), first, true);
    await expectCovers(proven(family.id), second, true);
    await expectCovers(proven(first), second, false);
    await expectCovers(proven(first), family.id, false);
  });

  it("a tracking code of another application covers nothing here, nor does a staff account or a malformed id", async () => {
    const family = await filedAndSplit(null);
    const stranger = await filedAndSplit(null);
    for (const id of [family.id, ...family.subs]) await expectCovers(proven(stranger.id), id, false);
    expect(await coversApplication(db, clerk, family.id)).toBe(false);
    await expect(loadOwnApplication(db, clerk, family.id)).rejects.toThrow(ForbiddenError); // staff read through the workbench
    await expectCovers(proven(family.id), "not-a-uuid", false);
    await expectCovers(proven("not-a-uuid"), family.id, false);
    await expectCovers(citizen, "00000000-0000-4000-8000-000000000000", false);
  });

  it("the list condition (我的申请) admits exactly the applications the rule covers", async () => {
    const mine = await filedAndSplit(citizen);
    const anonymous = await filedAndSplit(null);
    const rows = await db.select({ id: applications.id, userId: applications.userId, parentId: applications.parentId, referredFromId: applications.referredFromId }).from(applications);
    const claims: [ApplicantAccess, number][] = [
      [citizen, 3],
      [other, 0],
      [clerk, 0],
      [proven(anonymous.id), 3],
      [proven(anonymous.subs[0]), 1],
      [proven(mine.id), 3],
      [proven("not-a-uuid"), 0],
    ];
    for (const [who, atLeast] of claims) {
      const listed = await db.select({ id: applications.id }).from(applications).where(ownedApplications(who));
      const covered = rows.filter((row) => isApplicantOf(who, row));
      expect(listed.map((row) => row.id).sort()).toEqual(covered.map((row) => row.id).sort());
      expect(listed.length).toBeGreaterThanOrEqual(atLeast);
    }
  });
});

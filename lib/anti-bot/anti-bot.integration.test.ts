import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usedChallenges } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import { issueApiKey, authenticateApiKey } from "@/lib/api-keys";
import { submitApplication, type SubmitOptions } from "@/lib/applications/submit-application";
import { ValidationError } from "@/lib/errors";
import { CHALLENGE_TTL_MS, issueChallenge, solveChallenge } from "./proof-of-work";
import { CHALLENGE_REPLAYED, pruneUsedChallenges } from "./single-use";
import { admitSubmission } from "./submission-gate";

const SECRET = "an-integration-secret-of-sufficient-length";

function solvedProof(now: Date) {
  const challenge = issueChallenge(SECRET, now, 8);
  return { challenge: challenge.challenge, nonce: solveChallenge(challenge) };
}

describe.each(TEST_DRIVERS)("anti-bot on %s", (driver) => {
  let database: TestDatabase;
  const storage = temporaryStorage();
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(async () => database?.destroy());

  const file = (proofOfWork: SubmitOptions["proofOfWork"], ip: string, extra: Partial<SubmitOptions> = {}) =>
    submitApplication(database.db, null, PERSON_APPLICATION, PROOF, { ip, storage, rateLimitPerHour: 100, proofOfWork, ...extra });

  it("one solved challenge files one application: a replay is refused in Chinese", async () => {
    const now = new Date();
    const spent = admitSubmission({ secret: SECRET, apiClient: null, proof: solvedProof(now), web: true, now });
    await file(spent, "192.0.2.101");
    const replay = await file(spent, "192.0.2.102").catch((e: unknown) => e);
    expect(replay).toBeInstanceOf(ValidationError);
    expect((replay as ValidationError).errors).toEqual([{ path: "antiBot", message: CHALLENGE_REPLAYED }]);
    // A new challenge files again.
    await file(admitSubmission({ secret: SECRET, apiClient: null, proof: solvedProof(now), web: true, now }), "192.0.2.101");
  });

  it("parallel submissions with one challenge file exactly one application", async () => {
    const now = new Date();
    const spent = admitSubmission({ secret: SECRET, apiClient: null, proof: solvedProof(now), web: true, now });
    const results = await Promise.allSettled(Array.from({ length: 4 }, (_, i) => file(spent, `192.0.2.11${i}`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ValidationError);
  });

  it("a submission that fails leaves its challenge usable", async () => {
    const now = new Date();
    const spent = admitSubmission({ secret: SECRET, apiClient: null, proof: solvedProof(now), web: true, now });
    await expect(file(spent, "192.0.2.120", { rateLimitPerHour: 0 })).rejects.toThrow("提交过于频繁");
    await expect(file(spent, "192.0.2.121")).resolves.toMatchObject({ status: "submitted" });
  });

  it("the open API needs an API key or a solved challenge; the web form always a challenge", async () => {
    const now = new Date();
    for (const proof of [undefined, {}, { challenge: "1.8.x.forged", nonce: "1" }]) {
      const error = (() => {
        try {
          return admitSubmission({ secret: SECRET, apiClient: null, proof, web: false, now });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors[0]).toMatchObject({ path: "antiBot", message: expect.stringContaining("API 密钥") });
    }
    const admin = await actorFor(database.db, "admin@balitai.example");
    const { key } = await issueApiKey(database.db, admin, { name: "区政务服务平台", rateLimitPerHour: 5 });
    const client = await authenticateApiKey(database.db, `Bearer ${key}`);
    expect(admitSubmission({ secret: SECRET, apiClient: client, proof: undefined, web: false, now })).toBeUndefined();
    expect(() => admitSubmission({ secret: SECRET, apiClient: client, proof: undefined, web: true, now })).toThrow(ValidationError);
    // An expired challenge is refused however well it was solved.
    const old = new Date(now.getTime() - CHALLENGE_TTL_MS - 60_000);
    expect(() => admitSubmission({ secret: SECRET, apiClient: null, proof: solvedProof(old), web: false, now })).toThrow(ValidationError);
  });

  it("the worker's housekeeping forgets used challenges once they have expired", async () => {
    const now = new Date();
    const remaining = async () => (await database.db.select().from(usedChallenges)).length;
    const before = await remaining();
    expect(before).toBeGreaterThan(0);
    expect(await pruneUsedChallenges(database.db, now)).toBe(0);
    expect(await pruneUsedChallenges(database.db, new Date(now.getTime() + CHALLENGE_TTL_MS + 60_000))).toBe(before);
    expect(await remaining()).toBe(0);
  });
});

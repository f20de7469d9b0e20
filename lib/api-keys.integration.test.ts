import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import { ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError } from "@/lib/errors";
import { submitApplication } from "@/lib/applications/submit-application";
import { authenticateApiKey, issueApiKey, listApiKeys, revokeApiKey } from "./api-keys";

describe.each(TEST_DRIVERS)("open-API keys on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(async () => database?.destroy());

  it("an admin issues a key that authenticates, has its own limit, and stops working when revoked", async () => {
    const { db } = database;
    const admin = await actorFor(db, "admin@balitai.example");
    const { id, key } = await issueApiKey(db, admin, { name: "市级政务服务平台", rateLimitPerHour: 1 });
    const client = await authenticateApiKey(db, `Bearer ${key}`);
    expect(client).toEqual({ id, rateLimitPerHour: 1 });

    const options = { ip: "192.0.2.50", storage: temporaryStorage(), apiClient: client!, rateLimitPerHour: 100 };
    await submitApplication(db, null, PERSON_APPLICATION, PROOF, options);
    await expect(submitApplication(db, null, PERSON_APPLICATION, PROOF, options)).rejects.toBeInstanceOf(RateLimitedError);

    await revokeApiKey(db, admin, id);
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit.map((entry) => entry.action).sort()).toEqual(["apikey.issued", "apikey.revoked"]);
    await expect(authenticateApiKey(db, `Bearer ${key}`)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("refuses unknown or malformed keys, and only admins issue keys", async () => {
    const { db } = database;
    expect(await authenticateApiKey(db, null)).toBeNull();
    await expect(authenticateApiKey(db, "Bearer gik_nope")).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(authenticateApiKey(db, "Basic abc")).rejects.toBeInstanceOf(UnauthenticatedError);
    const clerk = await actorFor(db, "clerk@balitai.example");
    await expect(issueApiKey(db, clerk, { name: "x", rateLimitPerHour: 5 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a key belongs to one agency: another agency's admin neither sees nor revokes it, and its audit stays in the owner's chain", async () => {
    const { db } = database;
    const balitai = await actorFor(db, "admin@balitai.example");
    const jinnan = await actorFor(db, "admin@jinnan.example");
    const { id, key } = await issueApiKey(db, balitai, { name: "八里台便民平台", rateLimitPerHour: 10 });

    expect((await listApiKeys(db, balitai)).map((k) => k.id)).toContain(id);
    expect((await listApiKeys(db, jinnan)).map((k) => k.id)).not.toContain(id);
    await expect(revokeApiKey(db, jinnan, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await authenticateApiKey(db, `Bearer ${key}`)).not.toBeNull();

    await revokeApiKey(db, balitai, id);
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit).toHaveLength(2);
    for (const entry of audit) expect(entry.agencyId).toBe(balitai.agencyId);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyKeys, loginThrottle, rateLimitHits, usedChallenges } from "@/db/schema";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { recordHit } from "@/lib/rate-limit";
import { runWorkerOnce } from "@/lib/worker";

const NOW = new Date("2026-03-10T02:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000);

describe.each(TEST_DRIVERS)("the worker's housekeeping on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(async () => database?.destroy());

  it("prunes old rate-limit windows, expired idempotency keys, expired challenges and forgotten login throttles — and keeps the live ones", async () => {
    const { db } = database;
    const hour = { limit: 10, windowSeconds: 3600 };
    await recordHit(db, "login:ip:198.51.100.1", hour, hoursAgo(30));
    await recordHit(db, "application:ip:198.51.100.1", hour, hoursAgo(25));
    await recordHit(db, "login:ip:198.51.100.2", hour, hoursAgo(1));
    await db.insert(idempotencyKeys).values([
      { scope: "anonymous", key: "old-key-0001", operation: "submitApplication", requestHash: "x", expiresAt: hoursAgo(1) },
      { scope: "anonymous", key: "live-key-0001", operation: "submitApplication", requestHash: "x", expiresAt: new Date(NOW.getTime() + 3600_000) },
    ]);
    await db.insert(usedChallenges).values([
      { id: "old", usedAt: hoursAgo(3), expiresAt: hoursAgo(1) },
      { id: "live", usedAt: hoursAgo(1), expiresAt: new Date(NOW.getTime() + 3600_000) },
    ]);
    await db.insert(loginThrottle).values([
      { key: "login:account:a:ip:1", failures: 9, lastFailureAt: hoursAgo(2), nextAllowedAt: hoursAgo(2) },
      { key: "login:account:b:ip:1", failures: 9, lastFailureAt: hoursAgo(0.1), nextAllowedAt: NOW },
    ]);

    const { housekeeping } = await runWorkerOnce(db, NOW);
    expect(housekeeping).toEqual({ rateLimitWindows: 2, idempotencyKeys: 1, usedChallenges: 1, loginThrottles: 1 });
    expect((await db.select().from(rateLimitHits)).map((r) => r.key)).toEqual(["login:ip:198.51.100.2"]);
    expect((await db.select().from(idempotencyKeys)).map((r) => r.key)).toEqual(["live-key-0001"]);
    expect((await db.select().from(usedChallenges)).map((r) => r.id)).toEqual(["live"]);
    expect((await db.select().from(loginThrottle)).map((r) => r.key)).toEqual(["login:account:b:ip:1"]);

    // A second pass finds nothing more to do.
    expect((await runWorkerOnce(db, NOW)).housekeeping).toEqual({ rateLimitWindows: 0, idempotencyKeys: 0, usedChallenges: 0, loginThrottles: 0 });
  });
});

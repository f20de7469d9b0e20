import { afterEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { migrateDatabase } from "./open";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";

async function appliedMigrations(db: TestDatabase["db"]): Promise<number> {
  const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  // postgres.js returns an array, PGlite an object with rows.
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: number }[] }).rows;
  return Number(list[0]!.n);
}

describe.each(TEST_DRIVERS)("migrations (%s)", (driver) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it("running them twice in a row is a no-op", async () => {
    database = await createTestDatabase(driver);
    const before = await appliedMigrations(database.db);
    expect(before).toBeGreaterThan(0);
    await migrateDatabase(database.options, database);
    expect(await appliedMigrations(database.db)).toBe(before);
  });
});

// Concurrency needs several connections: PostgreSQL only (PGlite is one process, one connection).
describe.each(TEST_DRIVERS.filter((driver) => driver === "postgres"))("concurrent start-up (%s)", (driver) => {
  it("three servers migrating at once all succeed (advisory lock)", async () => {
    const database = await createTestDatabase(driver, { migrate: false });
    try {
      await Promise.all([1, 2, 3].map(() => migrateDatabase(database.options)));
      const applied = await appliedMigrations(database.db);
      expect(applied).toBeGreaterThan(0);
      await migrateDatabase(database.options);
      expect(await appliedMigrations(database.db)).toBe(applied);
    } finally {
      await database.destroy();
    }
  });
});

import { randomBytes } from "node:crypto";
import { migrateDatabase, openDatabase, type DatabaseHandle, type OpenOptions } from "@/db/open";
import type { Driver } from "@/db/types";

/**
 * Integration tests run against every available driver: PGlite always, and real PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it). Each test file gets a fresh database, dropped afterwards.
 */
export const TEST_DRIVERS: Driver[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase extends DatabaseHandle {
  options: OpenOptions;
  /** Close and drop the database. */
  destroy(): Promise<void>;
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestDatabase(driver: Driver, { migrate = true } = {}): Promise<TestDatabase> {
  if (driver === "pglite") {
    const options: OpenOptions = { driver: "pglite", memory: true };
    const handle = await openDatabase(options);
    if (migrate) await migrateDatabase(options, handle);
    return { ...handle, options, destroy: () => handle.close() };
  }

  const base = process.env.TEST_DATABASE_URL!;
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  const { default: postgres } = await import("postgres");
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const options: OpenOptions = { driver: "postgres", url: databaseUrl(base, name) };
  if (migrate) await migrateDatabase(options);
  const handle = await openDatabase(options);
  return {
    ...handle,
    options,
    destroy: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

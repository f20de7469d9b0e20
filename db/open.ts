import path from "node:path";
import fs from "node:fs";
import { sql } from "drizzle-orm";
import * as schema from "./schema";
import { lockDataDir } from "./pglite-lock";
import type { Db, Driver } from "./types";

export interface DatabaseHandle {
  db: Db;
  driver: Driver;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Any stable 64-bit number: the key of the advisory lock that serialises migrations. */
const MIGRATION_LOCK_KEY = 7_320_250_301;

/** Where PGlite keeps its cluster inside DATA_DIR (next to `files/` and the lock file). */
export const pgliteDataPath = (dataDir: string) => path.join(path.resolve(dataDir), "pgdata");

export type OpenOptions =
  | { driver: "postgres"; url: string; max?: number }
  | { driver: "pglite"; dataDir: string }
  | { driver: "pglite"; memory: true };

/** Open a database. Callers in the app use `getDb()`; tools and tests use this directly. */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.driver === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzle(client, { schema }) as unknown as Db;
    return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let release = () => {};
  let client: InstanceType<typeof PGlite>;
  if ("memory" in options) {
    client = new PGlite();
  } else {
    release = lockDataDir(options.dataDir);
    const pgdata = pgliteDataPath(options.dataDir);
    fs.mkdirSync(pgdata, { recursive: true });
    client = new PGlite(pgdata);
  }
  await client.waitReady;
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * Apply the committed migrations. Idempotent. Safe when several servers start at once: the
 * migrator itself takes no lock, so it runs under a PostgreSQL advisory lock on one connection.
 */
export async function migrateDatabase(options: OpenOptions, handle?: DatabaseHandle): Promise<void> {
  if (options.driver === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.url, { max: 1, onnotice: () => {} });
    try {
      const db = drizzle(client);
      await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
      try {
        await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
      }
    } finally {
      await client.end({ timeout: 5 });
    }
    return;
  }
  // PGlite: one process owns the folder (pid lock), so the open handle is the only connection.
  if (!handle) throw new Error("migrateDatabase(pglite) needs the open handle");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
}

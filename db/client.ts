import { config } from "@/lib/config";
import { migrateDatabase, openDatabase, type DatabaseHandle, type OpenOptions } from "./open";
import type { Db, Driver } from "./types";

/**
 * The one database client of this process. Opened lazily on first use — never at import time and
 * never during `next build` — and kept on globalThis so `next dev` hot reloads reuse it.
 */
declare global {
  var __portalDb: Promise<DatabaseHandle> | undefined;
}

export function databaseOptionsFromConfig(): OpenOptions {
  const { DATABASE_URL, DATA_DIR } = config();
  return DATABASE_URL ? { driver: "postgres", url: DATABASE_URL } : { driver: "pglite", dataDir: DATA_DIR };
}

async function connect(): Promise<DatabaseHandle> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("数据库不在构建阶段打开 / the database is not opened during next build");
  }
  const options = databaseOptionsFromConfig();
  const handle = await openDatabase(options);
  await migrateDatabase(options, handle);
  return handle;
}

export function getDatabase(): Promise<DatabaseHandle> {
  if (!globalThis.__portalDb) {
    globalThis.__portalDb = connect().catch((error: unknown) => {
      globalThis.__portalDb = undefined; // let a later request retry (e.g. PostgreSQL was down)
      throw error;
    });
  }
  return globalThis.__portalDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export async function getDriver(): Promise<Driver> {
  return (await getDatabase()).driver;
}

import { afterEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DataDirLockedError, lockDataDir } from "./pglite-lock";
import { migrateDatabase, openDatabase } from "./open";

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("PGlite data folder lock", () => {
  it("a second process gets a clear error naming the folder", () => {
    const dir = tempDataDir();
    const release = lockDataDir(dir);
    try {
      const child = spawnSync("npx", ["tsx", "scripts/migrate.ts"], {
        env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "" },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(child.status).not.toBe(0);
      expect(child.stderr).toContain(path.resolve(dir));
      expect(child.stderr).toContain("正被另一个进程");
      expect(child.stderr).toContain("in use by another process");
    } finally {
      release();
    }
  });

  it("a stale lock left by a dead process is taken over", () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, "portal.lock"), "999999999");
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, "portal.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "portal.lock"))).toBe(false);
  });

  it("refuses a live holder in the same machine", () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, "portal.lock"), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it("opens, migrates and keeps data in the folder across restarts", async () => {
    const dir = tempDataDir();
    const options = { driver: "pglite" as const, dataDir: dir };
    const first = await openDatabase(options);
    await migrateDatabase(options, first);
    await first.close();
    const second = await openDatabase(options);
    await migrateDatabase(options, second); // no-op on an up-to-date folder
    await second.close();
    expect(fs.existsSync(path.join(dir, "pgdata"))).toBe(true);
  });
});

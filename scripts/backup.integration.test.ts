import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type DatabaseHandle } from "@/db/open";
import { DataDirLockedError } from "@/db/pglite-lock";
import { applicationFiles } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { addReleasedFile } from "@/lib/applications/released-files";
import { submitApplication } from "@/lib/applications/submit-application";
import { performAction } from "@/lib/applications/workbench/perform-action";
import { BackupError, createBackup, restoreBackup } from "@/lib/backup/archive";
import { localDirectoryStorage, type FileStorage } from "@/lib/storage";
import { actorFor, MONDAY, PERSON_APPLICATION, PNG } from "@/test/applications";
import { readStored, startS3Server } from "@/test/storage";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const temporaryDirs: string[] = [];
const temp = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${name}-`));
  temporaryDirs.push(dir);
  return dir;
};
const filesOf = (dataDir: string) => localDirectoryStorage(path.join(dataDir, "files"));

/** `npm run backup` / `npm run restore` as an operator runs them: a separate process on a data folder. */
function run(script: "backup" | "restore", dataDir: string, args: string[]) {
  return spawnSync("npx", ["tsx", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", S3_ENDPOINT: "", S3_BUCKET: "", S3_ACCESS_KEY_ID: "", S3_SECRET_ACCESS_KEY: "" },
    encoding: "utf8",
    timeout: 120_000,
  });
}

/** Every table's row count, read independently of the backup code. */
async function rowCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const client = (handle.db as unknown as { $client: import("@electric-sql/pglite").PGlite }).$client;
  const { rows } = await client.query<{ t: string }>(
    `select table_schema || '.' || table_name as t from information_schema.tables where table_type = 'BASE TABLE' and table_schema in ('public','drizzle') order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { t } of rows) {
    const [schema, name] = t.split(".");
    counts[t] = (await client.query<{ n: number }>(`select count(*)::int as n from "${schema}"."${name}"`)).rows[0]!.n;
  }
  return counts;
}

async function checksums(storage: FileStorage): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for await (const key of storage.list()) sums[key] = createHash("sha256").update(await readStored(storage, key)).digest("hex");
  return sums;
}

async function withDatabase<T>(dataDir: string, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const options = { driver: "pglite" as const, dataDir };
  const handle = await openDatabase(options);
  try {
    await migrateDatabase(options, handle);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

describe("backup and restore of the embedded database with its files", () => {
  const source = temp("backup-source");
  const archive = path.join(temp("backup-archive"), "portal.tar.gz");
  let sourceCounts: Record<string, number>;
  let sourceSums: Record<string, string>;

  beforeAll(async () => {
    // A seeded database with applications, identity proofs (PNG, PDF) and a released file.
    await withDatabase(source, async ({ db }) => {
      await seedDatabase(db);
      const storage = filesOf(source);
      const clerk = await actorFor(db, "clerk@balitai.example");
      for (const [index, proof] of [PNG, PDF, PNG].entries()) {
        const { applicationId } = await submitApplication(db, null, PERSON_APPLICATION, [{ name: `身份证${index}`, content: proof }], {
          ip: `192.0.2.${index + 1}`,
          storage,
          now: MONDAY,
        });
        await performAction(db, clerk, applicationId, "confirmReceipt", { receivedOn: "2026-03-02" }, { now: MONDAY });
        if (index === 0) await addReleasedFile(db, storage, clerk, applicationId, { name: "预算.pdf", content: PDF });
      }
    });
    sourceCounts = await withDatabase(source, rowCounts);
    sourceSums = await checksums(filesOf(source));
    expect(sourceCounts["public.applications"]).toBeGreaterThanOrEqual(3);
    expect(Object.keys(sourceSums)).toHaveLength(4);
  }, 180_000);
  afterAll(() => {
    for (const dir of temporaryDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("npm run backup, then npm run restore into an empty folder: every table's row count and every file's checksum match", async () => {
    const backup = run("backup", source, [archive]);
    expect(backup.stderr).not.toMatch(/Error/);
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain("已备份到");

    const target = path.join(temp("backup-target"), "data"); // does not exist yet
    const restore = run("restore", target, [archive]);
    expect(restore.status).toBe(0);
    expect(restore.stdout).toContain("行数和校验值均已核对");

    expect(await withDatabase(target, rowCounts)).toEqual(sourceCounts);
    expect(await checksums(filesOf(target))).toEqual(sourceSums);
    // Each application file's recorded checksum matches what the restored storage holds.
    await withDatabase(target, async ({ db }) => {
      const rows = await db.select().from(applicationFiles);
      expect(rows.length).toBe(4);
      for (const row of rows) expect(sourceSums[row.storageKey]).toBe(row.sha256);
    });
  }, 240_000);

  it("refuses to restore over a non-empty folder without --force, and replaces it with --force", async () => {
    const target = temp("backup-nonempty");
    await withDatabase(target, async ({ db }) => seedDatabase(db));
    await expect(restoreBackup({ dataDir: target, storage: filesOf(target), file: archive })).rejects.toThrow(/不是空的.*--force/s);
    const refused = run("restore", target, [archive]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/不是空的/);

    await restoreBackup({ dataDir: target, storage: filesOf(target), file: archive, force: true });
    expect(await withDatabase(target, rowCounts)).toEqual(sourceCounts);
    expect(await checksums(filesOf(target))).toEqual(sourceSums);
  }, 240_000);

  it("refuses while a server holds the data folder (backup and restore), and refuses a damaged archive", async () => {
    fs.writeFileSync(path.join(source, "portal.lock"), String(process.pid === 1 ? 1 : process.ppid)); // a live process
    try {
      await expect(createBackup({ dataDir: source, storage: filesOf(source), file: `${archive}.2` })).rejects.toThrow(DataDirLockedError);
      await expect(restoreBackup({ dataDir: source, storage: filesOf(source), file: archive, force: true })).rejects.toThrow(DataDirLockedError);
      expect(fs.existsSync(`${archive}.2`)).toBe(false);
    } finally {
      fs.rmSync(path.join(source, "portal.lock"), { force: true });
    }
    const junk = path.join(path.dirname(archive), "junk.tar.gz");
    fs.writeFileSync(junk, "not an archive");
    await expect(restoreBackup({ dataDir: path.join(temp("backup-junk"), "d"), storage: filesOf(temp("x")), file: junk })).rejects.toThrow(BackupError);
    await expect(createBackup({ dataDir: temp("backup-empty"), storage: filesOf(temp("y")), file: `${archive}.3` })).rejects.toThrow(/没有可备份的内容/);
  }, 120_000);

  it("restores the files into an empty S3 bucket, and refuses a non-empty bucket without --force", async () => {
    const s3 = await startS3Server();
    try {
      await restoreBackup({ dataDir: path.join(temp("backup-s3"), "data"), storage: s3.storage, file: archive });
      expect(await checksums(s3.storage)).toEqual(sourceSums);
      await expect(restoreBackup({ dataDir: path.join(temp("backup-s3"), "data"), storage: s3.storage, file: archive })).rejects.toThrow(/文件存储.*已有文件.*--force/s);
    } finally {
      await s3.stop();
    }
  }, 120_000);
});

import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import * as tar from "tar";
import { pgliteDataPath } from "@/db/open";
import { lockDataDir } from "@/db/pglite-lock";
import type { FileStorage } from "@/lib/storage";
import { isStorageKey } from "@/lib/storage/keys";
import { ARCHIVE, BACKUP_FORMAT, manifestSchema, type BackupManifest } from "./manifest";
import { tableRowCounts } from "./table-counts";

/** A refusal of the backup tools, for the operator (Chinese and English, as the config errors). */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

async function openPglite(pgdata: string, loadDataDir?: Blob) {
  const { PGlite } = await import("@electric-sql/pglite");
  const client = new PGlite(pgdata, loadDataDir ? { loadDataDir } : {});
  await client.waitReady;
  return client;
}

/** Copy a stream to a file, returning its size and SHA-256 on the way (one pass, never whole in memory). */
async function copyHashed(source: Readable, target: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.byteLength;
      done(null, chunk);
    },
  });
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await pipeline(source, measure, fs.createWriteStream(target));
  return { size, sha256: hash.digest("hex") };
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const withStaging = async <T>(work: (staging: string) => Promise<T>): Promise<T> => {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
  try {
    return await work(staging);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
};

/**
 * `npm run backup`: the embedded database and every stored file in one .tar.gz. The data folder's
 * lock is taken first, so a backup refuses while a server holds the folder (PGlite allows one
 * process; a copy taken under a running server would not be consistent) and no server can start
 * during it. The database is PGlite's own dump of its cluster (dumpDataDir), read with no other
 * connection open, so it is consistent.
 */
export async function createBackup({ dataDir, storage, file }: { dataDir: string; storage: FileStorage; file: string }): Promise<BackupManifest> {
  const pgdata = pgliteDataPath(dataDir);
  if (!fs.existsSync(path.join(pgdata, "PG_VERSION"))) {
    throw new BackupError(`数据目录 ${path.resolve(dataDir)} 中没有嵌入式数据库，没有可备份的内容。/ No embedded database in ${path.resolve(dataDir)}: nothing to back up.`);
  }
  const release = lockDataDir(dataDir);
  try {
    return await withStaging(async (staging) => {
      const client = await openPglite(pgdata);
      let tables: Record<string, number>;
      try {
        tables = await tableRowCounts(client);
        const dump = await client.dumpDataDir("gzip");
        await copyHashed(Readable.fromWeb(dump.stream() as never), path.join(staging, ARCHIVE.database));
      } finally {
        await client.close();
      }
      const files: BackupManifest["files"] = [];
      fs.mkdirSync(path.join(staging, ARCHIVE.files), { recursive: true });
      for await (const key of storage.list()) {
        if (!isStorageKey(key)) continue; // an object the portal did not store (a shared bucket)
        files.push({ key, ...(await copyHashed(await storage.read(key), path.join(staging, ARCHIVE.files, key))) });
      }
      const manifest: BackupManifest = { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), tables, files };
      fs.writeFileSync(path.join(staging, ARCHIVE.manifest), JSON.stringify(manifest, null, 2));
      // Written beside the target and renamed: a failed backup never leaves a truncated archive under its name.
      const partial = `${file}.partial`;
      await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, [ARCHIVE.manifest, "database", ARCHIVE.files]);
      fs.renameSync(partial, file);
      return manifest;
    });
  } finally {
    release();
  }
}

const isEmptyDir = (dir: string) => !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;

async function hasAnyObject(storage: FileStorage): Promise<boolean> {
  for await (const key of storage.list()) if (isStorageKey(key)) return true;
  return false;
}

/**
 * `npm run restore`: the database and files of a backup into an empty DATA_DIR (and storage). A
 * non-empty target is refused unless `force` (then its database and local files are replaced).
 * Every file's checksum is verified before anything is written, and every table's row count after.
 */
export async function restoreBackup({ dataDir, storage, file, force = false }: { dataDir: string; storage: FileStorage; file: string; force?: boolean }): Promise<BackupManifest> {
  if (!fs.existsSync(file)) throw new BackupError(`找不到备份文件 ${file}。/ Backup file ${file} not found.`);
  const target = path.resolve(dataDir);
  if (!force && !isEmptyDir(target)) {
    throw new BackupError(`目标数据目录 ${target} 不是空的；恢复会覆盖其中的数据库和文件。确认要覆盖时请加 --force。/ ${target} is not empty; add --force to overwrite it.`);
  }
  const release = lockDataDir(target); // refuses while a server holds the folder, --force or not
  try {
    if (!force && (await hasAnyObject(storage))) {
      throw new BackupError("文件存储（对象存储桶）中已有文件；确认要恢复到其中时请加 --force。/ The file storage is not empty; add --force.");
    }
    return await withStaging(async (staging) => {
      try {
        await tar.x({ file, cwd: staging, strict: true });
      } catch {
        throw new BackupError(`${file} 不是有效的备份文件（.tar.gz）。/ ${file} is not a valid backup archive.`);
      }
      const parsed = manifestSchema.safeParse(readJson(path.join(staging, ARCHIVE.manifest)));
      if (!parsed.success) throw new BackupError(`${file} 不是本平台的备份文件（缺少或无法识别 manifest.json）。/ Not a portal backup.`);
      const manifest = parsed.data;
      for (const entry of manifest.files) {
        if (!isStorageKey(entry.key)) throw new BackupError(`备份中的文件名 ${entry.key} 无效。/ Invalid file key in the backup.`);
        const staged = path.join(staging, ARCHIVE.files, entry.key);
        if (!fs.existsSync(staged) || (await sha256Of(staged)) !== entry.sha256) {
          throw new BackupError(`备份已损坏：文件 ${entry.key} 缺失或校验值不符，未恢复任何内容。/ Backup damaged at ${entry.key}; nothing restored.`);
        }
      }

      const pgdata = pgliteDataPath(target);
      if (force) {
        fs.rmSync(pgdata, { recursive: true, force: true });
        fs.rmSync(path.join(target, "files"), { recursive: true, force: true });
      }
      fs.mkdirSync(pgdata, { recursive: true });
      const client = await openPglite(pgdata, new Blob([fs.readFileSync(path.join(staging, ARCHIVE.database))]));
      try {
        const counts = await tableRowCounts(client);
        const differing = Object.keys({ ...manifest.tables, ...counts }).filter((table) => counts[table] !== manifest.tables[table]);
        if (differing.length > 0) throw new BackupError(`恢复后的数据库与备份记录不符（${differing.join("、")}）。/ Restored row counts differ.`);
      } finally {
        await client.close();
      }
      for (const entry of manifest.files) await storage.restore(entry.key, fs.createReadStream(path.join(staging, ARCHIVE.files, entry.key)));
      return manifest;
    });
  } finally {
    release();
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

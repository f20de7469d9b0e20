import { DataDirLockedError } from "@/db/pglite-lock";
import { BackupError } from "@/lib/backup/archive";
import { config, ConfigError } from "@/lib/config";
import { getStorage, type FileStorage } from "@/lib/storage";

/**
 * The shared frame of `npm run backup` and `npm run restore`: arguments, configuration, and a clear
 * message with exit code 2 for every refusal (never a stack trace).
 */
export async function runBackupTool(
  usage: string,
  work: (args: { file: string; force: boolean; dataDir: string; storage: FileStorage }) => Promise<string>,
): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((arg) => arg !== "--force");
  if (files.length !== 1 || files[0]!.startsWith("--")) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  try {
    const { DATABASE_URL, DATA_DIR } = config();
    if (DATABASE_URL) {
      throw new BackupError(
        "已设置 DATABASE_URL（PostgreSQL）：请用 pg_dump / pg_restore 备份和恢复数据库，用 mc mirror 或 aws s3 sync 复制文件存储（见 README“备份”一节）。\n" +
          "DATABASE_URL is set: back up PostgreSQL with pg_dump/pg_restore and the bucket with mc mirror / aws s3 sync (README, Backups).",
      );
    }
    console.log(await work({ file: files[0]!, force, dataDir: DATA_DIR, storage: await getStorage() }));
  } catch (error) {
    if (error instanceof BackupError || error instanceof DataDirLockedError || error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

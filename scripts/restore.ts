import { restoreBackup } from "@/lib/backup/archive";
import { runBackupTool } from "./backup-cli";

/** npm run restore -- <file.tar.gz> [--force]: into an empty DATA_DIR (--force to replace a non-empty one). */
void runBackupTool("用法 / usage: npm run restore -- <备份文件.tar.gz> [--force]", async ({ file, force, dataDir, storage }) => {
  const manifest = await restoreBackup({ dataDir, storage, file, force });
  return `已从 ${file}（${manifest.createdAt}）恢复 ${Object.keys(manifest.tables).length} 张表和 ${manifest.files.length} 个文件，行数和校验值均已核对。/ Restored and verified.`;
});

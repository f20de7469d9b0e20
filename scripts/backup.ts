import { createBackup } from "@/lib/backup/archive";
import { runBackupTool } from "./backup-cli";

/** npm run backup -- <file.tar.gz>: the embedded database and every stored file, while no server runs. */
void runBackupTool("用法 / usage: npm run backup -- <备份文件.tar.gz>", async ({ file, dataDir, storage }) => {
  const manifest = await createBackup({ dataDir, storage, file });
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
  return `已备份到 ${file}：${Object.keys(manifest.tables).length} 张表共 ${rows} 行，${manifest.files.length} 个文件。/ Backed up ${rows} rows and ${manifest.files.length} files.`;
});

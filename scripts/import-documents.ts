import fs from "node:fs";
import path from "node:path";
import { importDocuments } from "@/lib/documents/import";
import { parseImportFile } from "@/lib/documents/import-file";
import { withCliDatabase } from "./cli-database";

/**
 * npm run import:documents -- <file.jsonl|file.csv>
 * Bulk import of an agency's existing catalogue. Every row is checked first; one bad row and
 * nothing is imported (exit code 1, every problem listed by line). Re-running skips rows whose
 * 索引号 is already present. Fields: see README (same names as the desk form, plus agencyCode,
 * indexNumber, status, publishedOn).
 */
const file = process.argv[2];
if (!file) {
  console.error("用法 / usage: npm run import:documents -- <文件.jsonl|文件.csv>");
  process.exit(2);
}
if (!fs.existsSync(file)) {
  console.error(`找不到文件 / file not found: ${file}`);
  process.exit(2);
}

void withCliDatabase(async ({ db }) => {
  const rows = parseImportFile(path.basename(file), fs.readFileSync(file, "utf8"));
  const report = await importDocuments(db, rows);
  if (report.problems.length) {
    console.error(`未导入任何数据：${report.problems.length} 处问题，请修改后重新导入。/ nothing imported`);
    for (const problem of report.problems) console.error(`  第 ${problem.line} 行 ${problem.path || "(整行)"}：${problem.message}`);
    process.exitCode = 1;
    return;
  }
  console.log(`已导入 ${report.imported} 条，跳过已存在的 ${report.skipped} 条。/ imported ${report.imported}, skipped ${report.skipped}`);
});

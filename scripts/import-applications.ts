import fs from "node:fs";
import { importRegister } from "@/lib/applications/import-register";
import { withCliDatabase } from "./cli-database";

/**
 * npm run import:applications -- <file.csv>
 * An agency's existing register of applications (annual-report.md § Register import format), so
 * its annual reports get correct 上年结转 figures. Every row is checked first; one bad row and
 * nothing is imported (exit code 1, every problem listed by line). Re-running skips the rows
 * already imported. On PGlite it refuses while a server holds the data folder.
 */
const file = process.argv[2];
if (!file) {
  console.error("用法 / usage: npm run import:applications -- <登记簿.csv>");
  process.exit(2);
}
if (!fs.existsSync(file)) {
  console.error(`找不到文件 / file not found: ${file}`);
  process.exit(2);
}

void withCliDatabase(async ({ db }) => {
  const report = await importRegister(db, fs.readFileSync(file));
  if (report.errors.length > 0) {
    console.error(`未导入任何数据：${report.errors.length} 处问题，请修改后重新导入。/ nothing imported`);
    for (const error of report.errors) console.error(`  第 ${error.line} 行 ${error.column ?? "(整行)"}：${error.message}`);
    process.exitCode = 1;
    return;
  }
  console.log(`已导入 ${report.imported} 件，跳过已导入的 ${report.skipped} 件。/ imported ${report.imported}, skipped ${report.skipped}`);
});

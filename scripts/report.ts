import { findAgency } from "@/db/queries/agencies";
import { parseReportCliArgs } from "@/lib/annual-report/cli-args";
import { computeDraft } from "@/lib/annual-report/compute-draft";
import { reportTitle } from "@/lib/annual-report/rules/summary";
import { withCliDatabase } from "./cli-database";

/**
 * npm run report -- --agency <code or short name> --year <YYYY> [--json]
 * The year's report computed from the records as they stand (a draft, whether or not a version was
 * published), for scripting and checking: --json prints annual-report.md § "JSON shape"; without it,
 * a short summary. Exit code 1 when the agency is unknown or a check fails; 2 on bad arguments or
 * while a server holds the PGlite data folder.
 */
const parsed = parseReportCliArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const { agency: agencyRef, year, json } = parsed.args;

void withCliDatabase(async ({ db }) => {
  const agency = await findAgency(db, agencyRef);
  if (!agency) {
    console.error(`找不到机关“${agencyRef}”：请使用统一社会信用代码或机关简称。/ unknown agency`);
    process.exitCode = 1;
    return;
  }
  const { report } = await computeDraft(db, agency, year);
  if (json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const t = report.table3;
    console.log(`${reportTitle(report)}（草稿 / draft）`);
    console.log(`新收 ${t.new.total} · 上年结转 ${t.carriedIn.total} · 办结 ${t.total.total} · 结转下年 ${t.carriedOut.total}`);
    console.log(report.invariantsOk ? "数据校验通过 / all checks pass" : `数据校验未通过 / checks failed:`);
    for (const violation of report.violations) console.log(`  ${violation.message}`);
  }
  if (!report.invariantsOk) process.exitCode = 1;
});

import { parseArgs } from "node:util";
import { reportYearSchema } from "./schemas";

export interface ReportCliArgs {
  agency: string;
  year: number;
  json: boolean;
}

export const REPORT_CLI_USAGE = "用法 / usage: npm run report -- --agency <统一社会信用代码或简称> --year <YYYY> [--json]";

/** `npm run report` arguments, or a Chinese message saying what is wrong. */
export function parseReportCliArgs(argv: string[]): { ok: true; args: ReportCliArgs } | { ok: false; message: string } {
  let values: { agency?: string; year?: string; json?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { agency: { type: "string" }, year: { type: "string" }, json: { type: "boolean" } }, strict: true }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n${REPORT_CLI_USAGE}` };
  }
  if (!values.agency?.trim()) return { ok: false, message: `请用 --agency 指定机关。\n${REPORT_CLI_USAGE}` };
  const year = reportYearSchema.safeParse(values.year);
  if (!values.year || !/^\d{4}$/.test(values.year) || !year.success) {
    return { ok: false, message: `请用 --year 指定报告年度（四位年份，2008年以后）。\n${REPORT_CLI_USAGE}` };
  }
  return { ok: true, args: { agency: values.agency.trim(), year: year.data, json: values.json ?? false } };
}

import type { DistrictReport } from "./district";
import { reportWorkbook } from "./rules/xlsx";

const COLUMNS = [
  ["机关", (c) => c.agencyName],
  ["报告状态", (c) => (c.status === "published" ? "已发布" : "草稿")],
  ["本年新收", (c) => c.received],
  ["上年结转", (c) => c.carriedIn],
  ["本年办结", (c) => c.finished],
  ["结转下年", (c) => c.carriedOut],
  ["予以公开及部分公开", (c) => c.disclosed],
  ["不予公开", (c) => c.notDisclosed],
  ["无法提供", (c) => c.cannotProvide],
  ["不予处理", (c) => c.notProcessed],
  ["其他处理", (c) => c.otherHandling],
  ["按期答复率（扣除法定中止期间）", (c) => (c.onTimeRate === null ? "—" : `${(c.onTimeRate * 100).toFixed(1)}%`)],
  ["收取信息处理费（元）", (c) => c.feesCollected],
] as const satisfies readonly (readonly [string, (c: DistrictReport["comparison"][number]) => string | number])[];

/** The district's 汇总 as XLSX: the summed tables 二, 三, 四 in the official layout, then the comparison of agencies. */
export async function exportDistrictXlsx(district: DistrictReport): Promise<Buffer> {
  const workbook = reportWorkbook(district.consolidated.report);
  const sheet = workbook.addWorksheet("各机关对比", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.addRow(COLUMNS.map(([label]) => label)).font = { bold: true };
  for (const agency of district.comparison) sheet.addRow(COLUMNS.map(([, value]) => value(agency)));
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 32 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

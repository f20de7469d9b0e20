import ExcelJS from "exceljs";
import { TABLE2_LABELS, TABLE4_COLUMN_LABELS, TABLE4_GROUP_LABELS, TABLE4_KIND_LABELS } from "./labels";
import {
  APPLICANT_COLUMNS,
  APPLICANT_COLUMN_KEYS,
  OUTCOME_GROUPS,
  OUTCOME_GROUP_KEYS,
  OUTCOME_ROWS,
  TABLE3_FIXED_ROWS,
  rowsOfGroup,
  type Table3Key,
} from "./rows";
import { reportTitle, SECTION_TITLES } from "./summary";
import { TABLE4_KINDS, TABLE4_RESULT_COLUMNS, type AnnualReport } from "./types";

/**
 * The report's tables 二, 三 and 四 as an XLSX workbook, one sheet per table, laid out like the
 * official tables of 国办公开办函〔2021〕30号 with their exact labels (annual-report.md § Output).
 *
 * Table 三 has no subtotal rows: as in the official table, （三）不予公开 … （六）其他处理 are merged
 * heading cells beside their numbered rows and carry no numbers of their own; the JSON subtotals
 * `3`–`6` are never written. 行政事业性收费 (万元) is written as the report's exact decimal text,
 * never through a float.
 */
export async function exportReportXlsx(report: AnnualReport): Promise<Buffer> {
  return Buffer.from(await reportWorkbook(report).xlsx.writeBuffer());
}

/** The same workbook, for a caller that adds sheets of its own (the district's comparison). */
export function reportWorkbook(report: AnnualReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.agencyName;
  workbook.title = reportTitle(report);
  addTable2(workbook, report);
  addTable3(workbook, report);
  addTable4(workbook, report);
  return workbook;
}

/** The caption of table 三's label block in the official format. */
export const TABLE3_CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const FONT = { name: "宋体", size: 11 };
const THIN = { style: "thin" } as const;

/** A sheet printed on A4 (paperSize 9), one page wide, with the report's title in the page header. */
function addSheet(workbook: ExcelJS.Workbook, title: string, report: AnnualReport, landscape: boolean) {
  return workbook.addWorksheet(title, {
    pageSetup: { paperSize: 9, orientation: landscape ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&C${reportTitle(report)}`, oddFooter: "&C第 &P 页，共 &N 页" },
  });
}

/** Writes a value into a block of cells (merged if larger than one cell), bordered. */
function put(
  sheet: ExcelJS.Worksheet,
  top: number,
  left: number,
  value: string | number,
  bottom = top,
  right = left,
  horizontal: "center" | "left" | "right" = "center",
) {
  if (bottom !== top || right !== left) sheet.mergeCells(top, left, bottom, right);
  const cell = sheet.getCell(top, left);
  cell.value = value;
  for (let row = top; row <= bottom; row += 1) {
    for (let column = left; column <= right; column += 1) {
      const each = sheet.getCell(row, column);
      each.font = FONT;
      each.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      each.alignment = { vertical: "middle", horizontal, wrapText: true };
    }
  }
}

/** Row 1: the section title across the table. */
function putTitle(sheet: ExcelJS.Worksheet, title: string, width: number) {
  sheet.mergeCells(1, 1, 1, width);
  const cell = sheet.getCell(1, 1);
  cell.value = title;
  cell.font = { ...FONT, size: 14, bold: true };
  cell.alignment = { vertical: "middle", horizontal: "center" };
  sheet.getRow(1).height = 28;
}

function addTable2(workbook: ExcelJS.Workbook, report: AnnualReport) {
  const sheet = addSheet(workbook, SECTION_TITLES.proactive, report, false);
  const t = report.table2;
  const L = TABLE2_LABELS;
  putTitle(sheet, SECTION_TITLES.proactive, 4);
  sheet.columns = [{ width: 22 }, { width: 16 }, { width: 16 }, { width: 16 }];

  put(sheet, 2, 1, L.article20Item1, 2, 4);
  [L.content, L.issued, L.repealed, L.valid].forEach((label, index) => put(sheet, 3, index + 1, label));
  (["regulations", "normativeDocuments"] as const).forEach((kind, index) => {
    const row = 4 + index;
    put(sheet, row, 1, L[kind]);
    put(sheet, row, 2, t[kind].issued);
    put(sheet, row, 3, t[kind].repealed);
    put(sheet, row, 4, t[kind].valid);
  });

  // 第二十条第（五）（六）（八）项: one label column, one value spanning the other three.
  let row = 6;
  const block = (heading: string, valueLabel: string, lines: [string, string | number][]) => {
    put(sheet, row, 1, heading, row, 4);
    put(sheet, row + 1, 1, L.content);
    put(sheet, row + 1, 2, valueLabel, row + 1, 4);
    lines.forEach(([label, value], index) => {
      put(sheet, row + 2 + index, 1, label);
      // The 万元 amount is text (exact decimal): centred like the numbers around it.
      put(sheet, row + 2 + index, 2, value, row + 2 + index, 4);
    });
    row += 2 + lines.length;
  };
  block(L.article20Item5, L.decisions, [[L.licensing, t.licensing]]);
  block(L.article20Item6, L.decisions, [
    [L.penalties, t.penalties],
    [L.coercion, t.coercion],
  ]);
  block(L.article20Item8, L.chargesWan, [[L.charges, t.chargesWan]]);
}

/** Table 三's printed rows, top to bottom: [key, label column A/B/C placement]. */
type PrintedRow = { key: Table3Key; label: string; level: 1 | 2 | 3 };

/** The printed rows of table 三 in order; subtotals 3–6 are absent (their labels are group cells). */
export function table3PrintedRows(): PrintedRow[] {
  const rows: PrintedRow[] = [
    { key: "new", label: TABLE3_FIXED_ROWS.new, level: 1 },
    { key: "carriedIn", label: TABLE3_FIXED_ROWS.carriedIn, level: 1 },
    { key: "1", label: OUTCOME_ROWS["1"], level: 2 },
    { key: "2", label: OUTCOME_ROWS["2"], level: 2 },
  ];
  for (const group of OUTCOME_GROUP_KEYS) {
    for (const key of rowsOfGroup(group)) rows.push({ key, label: OUTCOME_ROWS[key], level: 3 });
  }
  rows.push({ key: "total", label: TABLE3_FIXED_ROWS.total, level: 2 }, { key: "carriedOut", label: TABLE3_FIXED_ROWS.carriedOut, level: 1 });
  return rows;
}

function addTable3(workbook: ExcelJS.Workbook, report: AnnualReport) {
  const sheet = addSheet(workbook, SECTION_TITLES.applications, report, true);
  const dataColumns = [...APPLICANT_COLUMN_KEYS, "total"] as const;
  const firstData = 4;
  const lastData = firstData + dataColumns.length - 1;
  putTitle(sheet, SECTION_TITLES.applications, lastData);
  sheet.columns = [{ width: 14 }, { width: 14 }, { width: 40 }, ...dataColumns.map(() => ({ width: 12 }))];

  // Header (rows 2–4): 申请人情况 › 自然人 | 法人或其他组织 (five kinds) | 总计.
  put(sheet, 2, 1, TABLE3_CORNER_NOTE, 4, 3);
  put(sheet, 2, firstData, "申请人情况", 2, lastData);
  put(sheet, 3, firstData, APPLICANT_COLUMNS.person, 4, firstData);
  put(sheet, 3, firstData + 1, "法人或其他组织", 3, lastData - 1);
  (["commercial", "research", "nonprofit", "legal", "other"] as const).forEach((column, index) =>
    put(sheet, 4, firstData + 1 + index, APPLICANT_COLUMNS[column]),
  );
  put(sheet, 3, lastData, APPLICANT_COLUMNS.total, 4, lastData);

  const printed = table3PrintedRows();
  const rowOf = new Map(printed.map((row, index) => [row.key, 5 + index]));
  const at = (key: Table3Key) => rowOf.get(key) ?? 0;
  for (const { key, label, level } of printed) {
    const row = at(key);
    if (level === 1) put(sheet, row, 1, label, row, 3, "left");
    if (level === 2) put(sheet, row, 2, label, row, 3, "left");
    if (level === 3) put(sheet, row, 3, label, row, 3, "left");
    dataColumns.forEach((column, index) => put(sheet, row, firstData + index, report.table3[key][column]));
  }
  // 三、本年度办理结果 spans （一）…（七）; each group heading spans its numbered rows.
  put(sheet, at("1"), 1, "三、本年度办理结果", at("total"), 1);
  for (const group of OUTCOME_GROUP_KEYS) {
    const rows = rowsOfGroup(group);
    put(sheet, at(rows[0] ?? "total"), 2, OUTCOME_GROUPS[group], at(rows[rows.length - 1] ?? "total"), 2);
  }
}

function addTable4(workbook: ExcelJS.Workbook, report: AnnualReport) {
  const sheet = addSheet(workbook, SECTION_TITLES.review, report, true);
  const columns = [...TABLE4_RESULT_COLUMNS, "total"] as const;
  putTitle(sheet, SECTION_TITLES.review, 15);
  sheet.columns = Array.from({ length: 15 }, () => ({ width: 10 }));

  // 行政复议 (5 columns, labels spanning two header rows) | 行政诉讼 › 未经复议直接起诉 | 复议后起诉.
  put(sheet, 2, 1, TABLE4_GROUP_LABELS.reconsideration, 2, 5);
  put(sheet, 2, 6, TABLE4_GROUP_LABELS.litigation, 2, 15);
  columns.forEach((column, index) => put(sheet, 3, 1 + index, TABLE4_COLUMN_LABELS[column], 4, 1 + index));
  (["litigationDirect", "litigationAfterReconsideration"] as const).forEach((kind, block) => {
    const left = 6 + block * 5;
    put(sheet, 3, left, TABLE4_KIND_LABELS[kind], 3, left + 4);
    columns.forEach((column, index) => put(sheet, 4, left + index, TABLE4_COLUMN_LABELS[column]));
  });
  TABLE4_KINDS.forEach((kind, block) => {
    columns.forEach((column, index) => put(sheet, 5, 1 + block * 5 + index, report.table4[kind][column]));
  });
}

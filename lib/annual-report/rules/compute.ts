import type { DocType } from "@/lib/documents/labels";
import { ValidationError } from "@/lib/errors";
import { evaluateInvariants } from "./invariants";
import { formatWan, parseWan } from "./money";
import { isReviewResult, reviewResultColumn } from "./review-results";
import {
  APPLICANT_COLUMN_KEYS,
  OUTCOME_GROUP_KEYS,
  OUTCOME_ROW_KEYS,
  TABLE3_KEYS,
  TOTAL_PARTS,
  rowsOfGroup,
} from "./rows";
import type { ApplicationCount } from "./tally";
import {
  TABLE4_KINDS,
  type AnnualReport,
  type DocumentTally,
  type FeeTotals,
  type ReportStatus,
  type ReviewCaseKind,
  type Table2,
  type Table3,
  type Table3Cells,
  type Table4,
  type Table4Cells,
} from "./types";

/**
 * Catalogue documents of one `docType` (catalogue.md): only 规章 and 行政规范性文件 reach table 二.
 * Keyed on the stored code, never on its Chinese label, so renaming a label cannot empty table 二.
 */
export interface DocumentCount extends DocumentTally {
  docType: DocType;
}

/** Table 二 numbers that staff enter (or that come from structured records). */
export interface StaffEnteredCounts {
  licensing: number;
  penalties: number;
  coercion: number;
  /** 行政事业性收费 in 万元: a decimal string with at most 4 places, e.g. "12.5". */
  chargesWan: string;
}

/**
 * Review cases filed in the year (Policy default) by kind and result as of 31 Dec (null: no result
 * yet). `count` lets one SQL `GROUP BY kind, result` feed this directly; it defaults to 1.
 */
export interface ReviewCaseCount {
  kind: ReviewCaseKind;
  result: string | null;
  count?: number;
}

/** Everything the report is computed from, as aggregated for one agency and one calendar year. */
export interface ReportInput {
  agencyCode: string;
  agencyName: string;
  year: number;
  status?: ReportStatus;
  applications: readonly ApplicationCount[];
  documents: readonly DocumentCount[];
  staffEntered: StaffEnteredCounts;
  reviewCases: readonly ReviewCaseCount[];
  fees: FeeTotals;
}

/** Table 二 第二十条第（一）项 counts these two catalogue docTypes (annual-report.md). */
const REGULATIONS_DOC_TYPE: DocType = "regulation";
const NORMATIVE_DOC_TYPE: DocType = "normative";

/**
 * The annual report of a year from its aggregated counts (条例第五十条; annual-report.md). Pure:
 * the counts come from SQL, the result is the JSON shape with every table 三 row (zeros included,
 * subtotals 3–6 computed) and the invariant check already applied. Malformed input throws a
 * ValidationError naming each bad field.
 */
export function computeReport(input: ReportInput): AnnualReport {
  const issues = validateInput(input);
  if (issues.length > 0) throw new ValidationError(issues);

  const table3 = computeTable3(input.applications);
  const report: Omit<AnnualReport, "invariantsOk" | "violations"> = {
    agencyCode: input.agencyCode,
    agencyName: input.agencyName,
    year: input.year,
    status: input.status ?? "draft",
    table2: computeTable2(input.documents, input.staffEntered),
    table3,
    table4: computeTable4(input.reviewCases),
    fees: { ...input.fees },
  };
  return { ...report, ...evaluateInvariants(report) };
}

function emptyCells(): Table3Cells {
  return { person: 0, commercial: 0, research: 0, nonprofit: 0, legal: 0, other: 0, total: 0 };
}

function computeTable3(applications: readonly ApplicationCount[]): Table3 {
  const table = Object.fromEntries(TABLE3_KEYS.map((key) => [key, emptyCells()])) as Table3;
  for (const { column, received, finished, row, count } of applications) {
    // 一: received in the year; 二: received before it and not finished before 1 Jan.
    if (received === "inYear") table.new[column] += count;
    else if (finished !== "beforeYear") table.carriedIn[column] += count;
    // 三: finished in the year, in its decision's row; 四: not finished by 31 Dec.
    if (finished === "inYear" && row !== null) table[row][column] += count;
    if (finished === "open") table.carriedOut[column] += count;
  }
  for (const group of OUTCOME_GROUP_KEYS) {
    for (const column of APPLICANT_COLUMN_KEYS) table[group][column] = sum(rowsOfGroup(group).map((row) => table[row][column]));
  }
  for (const column of APPLICANT_COLUMN_KEYS) {
    table.total[column] = sum(TOTAL_PARTS.map((key) => table[key][column]));
  }
  for (const key of TABLE3_KEYS) table[key].total = sum(APPLICANT_COLUMN_KEYS.map((column) => table[key][column]));
  return table;
}

function computeTable2(documents: readonly DocumentCount[], staff: StaffEnteredCounts): Table2 {
  const tally = (docType: DocType): DocumentTally => {
    const result: DocumentTally = { issued: 0, repealed: 0, valid: 0 };
    for (const document of documents.filter((d) => d.docType === docType)) {
      result.issued += document.issued;
      result.repealed += document.repealed;
      result.valid += document.valid;
    }
    return result;
  };
  return {
    regulations: tally(REGULATIONS_DOC_TYPE),
    normativeDocuments: tally(NORMATIVE_DOC_TYPE),
    licensing: staff.licensing,
    penalties: staff.penalties,
    coercion: staff.coercion,
    // Validated above: parseWan cannot return null here.
    chargesWan: formatWan(parseWan(staff.chargesWan.trim()) ?? 0n),
  };
}

function computeTable4(cases: readonly ReviewCaseCount[]): Table4 {
  const empty = (): Table4Cells => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  const table: Table4 = {
    reconsideration: empty(),
    litigationDirect: empty(),
    litigationAfterReconsideration: empty(),
  };
  for (const reviewCase of cases) {
    const count = reviewCase.count ?? 1;
    const result = reviewCase.result;
    // Validated above: a non-null result is a known one.
    const column = reviewResultColumn(result !== null && isReviewResult(result) ? result : null);
    table[reviewCase.kind][column] += count;
    table[reviewCase.kind].total += count;
  }
  return table;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

type Issue = { path: string; message: string };

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function validateInput(input: ReportInput): Issue[] {
  const issues: Issue[] = [];
  const count = (path: string, value: unknown, label: string) => {
    if (!isCount(value)) issues.push({ path, message: `${label}应为不小于0的整数。` });
  };

  if (!Number.isInteger(input.year) || input.year < 2008 || input.year > 9999) {
    issues.push({ path: "year", message: "报告年度应为2008年（条例施行）以后的四位年份。" });
  }
  if (input.status !== undefined && input.status !== "draft" && input.status !== "published") {
    issues.push({ path: "status", message: "报告状态只能是草稿（draft）或已发布（published）。" });
  }
  if (input.agencyCode.trim() === "") issues.push({ path: "agencyCode", message: "请填写机关的统一社会信用代码。" });
  if (input.agencyName.trim() === "") issues.push({ path: "agencyName", message: "请填写机关名称。" });

  input.applications.forEach((group, index) => {
    const path = `applications.${index}`;
    if (!APPLICANT_COLUMN_KEYS.includes(group.column)) {
      issues.push({ path: `${path}.column`, message: `未知的申请人类型“${String(group.column)}”。` });
    }
    if (group.received !== "inYear" && group.received !== "beforeYear") {
      issues.push({ path: `${path}.received`, message: "收到申请的时间只能是本年或本年以前。" });
    }
    if (group.finished !== "inYear" && group.finished !== "beforeYear" && group.finished !== "open") {
      issues.push({ path: `${path}.finished`, message: "办结时间只能是本年以前、本年或尚未办结。" });
    }
    if (group.received === "inYear" && group.finished === "beforeYear") {
      issues.push({ path: `${path}.finished`, message: "本年收到的申请不可能在本年以前办结，请检查收到申请之日和办结日期。" });
    }
    if (group.finished === "inYear" && (group.row === null || !OUTCOME_ROW_KEYS.includes(group.row))) {
      issues.push({ path: `${path}.row`, message: "本年办结的申请必须有对应的办理结果（表三第三项的某一行）。" });
    }
    count(`${path}.count`, group.count, "申请件数");
  });

  input.documents.forEach((document, index) => {
    count(`documents.${index}.issued`, document.issued, "本年制发件数");
    count(`documents.${index}.repealed`, document.repealed, "本年废止件数");
    count(`documents.${index}.valid`, document.valid, "现行有效件数");
  });

  count("staffEntered.licensing", input.staffEntered.licensing, "行政许可本年处理决定数量");
  count("staffEntered.penalties", input.staffEntered.penalties, "行政处罚本年处理决定数量");
  count("staffEntered.coercion", input.staffEntered.coercion, "行政强制本年处理决定数量");
  if (typeof input.staffEntered.chargesWan !== "string" || parseWan(input.staffEntered.chargesWan.trim()) === null) {
    issues.push({
      path: "staffEntered.chargesWan",
      message: "行政事业性收费本年收费金额应以万元为单位填写，最多4位小数，例如 12.5 或 0.0300。",
    });
  }

  input.reviewCases.forEach((reviewCase, index) => {
    const path = `reviewCases.${index}`;
    if (!TABLE4_KINDS.includes(reviewCase.kind)) {
      issues.push({ path: `${path}.kind`, message: `未知的案件类型“${String(reviewCase.kind)}”。` });
    }
    if (reviewCase.result !== null && !isReviewResult(reviewCase.result)) {
      issues.push({
        path: `${path}.result`,
        message: `无法识别的审理结果“${reviewCase.result}”：请使用维持、驳回复议申请、驳回诉讼请求、撤销、变更、确认违法、责令履行、终止、撤回、撤诉、驳回起诉或调解。`,
      });
    }
    if (reviewCase.count !== undefined) count(`${path}.count`, reviewCase.count, "案件数");
  });

  count("fees.noticesIssued", input.fees.noticesIssued, "发出收费通知件数");
  count("fees.noticesAmount", input.fees.noticesAmount, "收费通知金额（元）");
  count("fees.collected", input.fees.collected, "实际收取信息处理费（元）");
  return issues;
}

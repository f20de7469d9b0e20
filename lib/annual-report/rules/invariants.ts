import { RuleViolationError } from "@/lib/errors";
import { TABLE4_COLUMN_LABELS, TABLE4_KIND_FULL_LABELS, TABLE2_LABELS } from "./labels";
import { parseWan } from "./money";
import {
  APPLICANT_COLUMN_KEYS,
  OUTCOME_GROUPS,
  OUTCOME_GROUP_KEYS,
  TABLE3_KEYS,
  TOTAL_PARTS,
  rowsOfGroup,
  table3ColumnLabel,
  table3RowLabel,
  type ApplicantColumn,
  type Table3Key,
} from "./rows";
import {
  TABLE4_KINDS,
  TABLE4_RESULT_COLUMNS,
  type AnnualReport,
  type ReviewCaseKind,
  type Table4ResultColumn,
  type Violation,
} from "./types";

/** What the checks read: a report as computed, stored or edited (cells may be anything). */
export type CheckedReport = Pick<AnnualReport, "table2" | "table3" | "table4" | "fees">;

type Table3Column = ApplicantColumn | "total";
const TABLE3_COLUMNS: readonly Table3Column[] = [...APPLICANT_COLUMN_KEYS, "total"];

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** The value at a JSON path, or undefined: a stored or edited report may lack cells. */
function read(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function table3Cell(report: CheckedReport, key: Table3Key, column: Table3Column): unknown {
  return read(report, "table3", key, column);
}

function table4Cell(report: CheckedReport, kind: ReviewCaseKind, column: Table4ResultColumn | "total"): unknown {
  return read(report, "table4", kind, column);
}

function cellName(key: Table3Key, column: Table3Column): string {
  return `表三“${table3RowLabel(key)}”行“${table3ColumnLabel(column)}”列`;
}

function describe(value: unknown): string {
  return value === undefined ? "空缺" : `“${String(value)}”`;
}

/**
 * Every consistency check of the annual report (annual-report.md): for every column of table 三,
 * 一 + 二 = 三（七） + 四; each subtotal （三）…（六） equals the sum of its numbered rows; （七） is the
 * sum of （一）…（六）; each 总计 (table 三's column and table 四's blocks) equals the sum of its
 * cells; and every number is a non-negative integer (万元 a decimal with at most 4 places).
 * Each violation names its cell by JSON path and, in Chinese, by its official labels.
 */
export function checkInvariants(report: CheckedReport): Violation[] {
  const violations: Violation[] = [];
  const malformed = new Set<string>();

  const requireCount = (cell: string, value: unknown, name: string) => {
    if (isCount(value)) return;
    malformed.add(cell);
    violations.push({ cell, message: `${name}应为不小于0的整数，现为${describe(value)}。` });
  };

  // Table 二 and section 六: well-formed numbers.
  for (const docKind of ["regulations", "normativeDocuments"] as const) {
    for (const column of ["issued", "repealed", "valid"] as const) {
      requireCount(
        `table2.${docKind}.${column}`,
        read(report, "table2", docKind, column),
        `表二“${TABLE2_LABELS[docKind]}”的“${TABLE2_LABELS[column]}”`,
      );
    }
  }
  for (const kind of ["licensing", "penalties", "coercion"] as const) {
    requireCount(`table2.${kind}`, read(report, "table2", kind), `表二“${TABLE2_LABELS[kind]}”的“${TABLE2_LABELS.decisions}”`);
  }
  const charges = read(report, "table2", "chargesWan");
  if (typeof charges !== "string" || parseWan(charges) === null) {
    violations.push({
      cell: "table2.chargesWan",
      message: `表二“${TABLE2_LABELS.charges}”的“${TABLE2_LABELS.chargesWan}”应为最多4位小数的非负数，现为${describe(charges)}。`,
    });
  }
  requireCount("fees.noticesIssued", read(report, "fees", "noticesIssued"), "六、其他需要报告的事项中发出收费通知的件数");
  requireCount("fees.noticesAmount", read(report, "fees", "noticesAmount"), "六、其他需要报告的事项中收费通知的总金额（元）");
  requireCount("fees.collected", read(report, "fees", "collected"), "六、其他需要报告的事项中实际收取的信息处理费（元）");

  // Table 三: no row outside the format, every cell present and a count.
  for (const key of Object.keys(report.table3 ?? {})) {
    if (!(TABLE3_KEYS as readonly string[]).includes(key)) {
      violations.push({ cell: `table3.${key}`, message: `表三中有格式之外的行“${key}”：年度报告只能包含规定格式中的行。` });
    }
  }
  for (const key of TABLE3_KEYS) {
    for (const column of TABLE3_COLUMNS) {
      requireCount(`table3.${key}.${column}`, table3Cell(report, key, column), cellName(key, column));
    }
  }
  const value = (key: Table3Key, column: Table3Column) => table3Cell(report, key, column) as number;
  const wellFormed = (cells: readonly (readonly [Table3Key, Table3Column])[]) =>
    cells.every(([key, column]) => !malformed.has(`table3.${key}.${column}`));

  for (const column of TABLE3_COLUMNS) {
    const columnName = `“${table3ColumnLabel(column)}”列`;
    for (const group of OUTCOME_GROUP_KEYS) {
      const rows = rowsOfGroup(group);
      if (!wellFormed([[group, column], ...rows.map((row) => [row, column] as const)])) continue;
      const expected = rows.reduce((total, row) => total + value(row, column), 0);
      if (value(group, column) !== expected) {
        violations.push({
          cell: `table3.${group}.${column}`,
          message: `${columnName}：${OUTCOME_GROUPS[group]}（${value(group, column)}）应等于其第1至${rows.length}项之和（${expected}）。`,
        });
      }
    }
    if (wellFormed([["total", column], ...TOTAL_PARTS.map((key) => [key, column] as const)])) {
      const expected = TOTAL_PARTS.reduce((total, key) => total + value(key, column), 0);
      if (value("total", column) !== expected) {
        violations.push({
          cell: `table3.total.${column}`,
          message: `${columnName}：（七）总计（${value("total", column)}）应等于（一）至（六）之和（${expected}）。`,
        });
      }
    }
    if (wellFormed([["new", column], ["carriedIn", column], ["total", column], ["carriedOut", column]])) {
      const received = value("new", column) + value("carriedIn", column);
      const handled = value("total", column) + value("carriedOut", column);
      if (received !== handled) {
        violations.push({
          cell: `table3.carriedOut.${column}`,
          message:
            `${columnName}：一、本年新收政府信息公开申请数量（${value("new", column)}）与二、上年结转政府信息公开申请数量（${value("carriedIn", column)}）之和为${received}，` +
            `应等于（七）总计（${value("total", column)}）与四、结转下年度继续办理（${value("carriedOut", column)}）之和（现为${handled}）。`,
        });
      }
    }
  }

  for (const key of TABLE3_KEYS) {
    if (!wellFormed([[key, "total"], ...APPLICANT_COLUMN_KEYS.map((column) => [key, column] as const)])) continue;
    const expected = APPLICANT_COLUMN_KEYS.reduce((total, column) => total + value(key, column), 0);
    if (value(key, "total") !== expected) {
      violations.push({
        cell: `table3.${key}.total`,
        message: `表三“${table3RowLabel(key)}”行：总计（${value(key, "total")}）应等于自然人与法人或其他组织各列之和（${expected}）。`,
      });
    }
  }

  // Table 四: each 总计 is the sum of its four cells.
  for (const kind of TABLE4_KINDS) {
    const blockName = `表四“${TABLE4_KIND_FULL_LABELS[kind]}”`;
    let blockOk = true;
    for (const column of [...TABLE4_RESULT_COLUMNS, "total"] as const) {
      const cell = table4Cell(report, kind, column);
      if (!isCount(cell)) {
        blockOk = false;
        violations.push({
          cell: `table4.${kind}.${column}`,
          message: `${blockName}的“${TABLE4_COLUMN_LABELS[column]}”应为不小于0的整数，现为${describe(cell)}。`,
        });
      }
    }
    if (!blockOk) continue;
    const expected = TABLE4_RESULT_COLUMNS.reduce((total, column) => total + (table4Cell(report, kind, column) as number), 0);
    const total = table4Cell(report, kind, "total") as number;
    if (total !== expected) {
      violations.push({
        cell: `table4.${kind}.total`,
        message: `${blockName}的“总计”（${total}）应等于结果维持、结果纠正、其他结果、尚未审结之和（${expected}）。`,
      });
    }
  }
  return violations;
}

/** The report's `invariantsOk` and `violations` fields, freshly computed. */
export function evaluateInvariants(report: CheckedReport): Pick<AnnualReport, "invariantsOk" | "violations"> {
  const violations = checkInvariants(report);
  return { invariantsOk: violations.length === 0, violations };
}

/** Thrown when a report that fails a check is about to be published (422, names every failing cell). */
export class ReportInvariantError extends RuleViolationError {
  constructor(readonly violations: Violation[]) {
    super(`年度报告未通过数据校验，不能发布。请先更正：${violations.map((violation) => violation.message).join("；")}`);
  }
}

/**
 * A report can be published only if every check passes (annual-report.md § Output). The checks
 * are re-run here: a stored `invariantsOk` is never trusted. (上年结转 against last year's
 * published report is checked by the publishing use case, lib/annual-report/publish.ts.)
 */
export function assertPublishable(report: CheckedReport): void {
  const violations = checkInvariants(report);
  if (violations.length > 0) throw new ReportInvariantError(violations);
}

/**
 * `receivedOn` is never moved (workflow.md §2), so the previous year's 四、结转下年度继续办理 must equal
 * this year's 二、上年结转政府信息公开申请数量, column by column. For reviewing a report against the
 * agency's previous one (e.g. one entered by hand from before the portal).
 */
export function checkCarryOver(
  previous: Pick<AnnualReport, "year" | "table3">,
  report: Pick<AnnualReport, "year" | "table3">,
): Violation[] {
  if (previous.year !== report.year - 1) {
    throw new RangeError(`结转核对需要${report.year - 1}年度的报告，收到的是${previous.year}年度的报告。`);
  }
  const violations: Violation[] = [];
  for (const column of TABLE3_COLUMNS) {
    const carriedIn = report.table3.carriedIn[column];
    const carriedOut = previous.table3.carriedOut[column];
    if (carriedIn !== carriedOut) {
      violations.push({
        cell: `table3.carriedIn.${column}`,
        message: `“${table3ColumnLabel(column)}”列：二、上年结转政府信息公开申请数量（${carriedIn}）应等于${previous.year}年度报告的四、结转下年度继续办理（${carriedOut}）。`,
      });
    }
  }
  return violations;
}

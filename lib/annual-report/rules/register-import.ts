import { CsvError, parse } from "csv-parse/sync";
import { OUTCOME_ROW_KEYS, type ApplicantColumn, type OutcomeRow } from "./rows";
import { tallyApplications, type ApplicationCount } from "./tally";

/**
 * The CSV register import of annual-report.md § "Register import format": an agency's existing
 * register of applications (UTF-8, comma-separated, one header row, columns in any order). Every
 * row is validated; if any row is bad nothing is importable and each error names its line (the
 * header is line 1) and column. Pure: the agency column is returned as written, or resolved by the
 * caller's `resolveAgency` (preload the agencies, they are few, and look the value up by
 * 统一社会信用代码 or short name).
 */
export const REGISTER_COLUMNS = [
  "caseNumber",
  "agency",
  "applicantType",
  "orgKind",
  "channel",
  "receivedOn",
  "finishedOn",
  "reportRow",
  "feePaid",
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** How each column is named in messages, beside its CSV name. */
export const REGISTER_COLUMN_LABELS: Record<RegisterColumn, string> = {
  caseNumber: "受理编号",
  agency: "机关",
  applicantType: "申请人类型",
  orgKind: "组织类型",
  channel: "申请方式",
  receivedOn: "收到申请之日",
  finishedOn: "办结日期",
  reportRow: "年报表三行次",
  feePaid: "已收信息处理费（元）",
};

/**
 * The Chinese headers of the 登记台账 export (lib/applications/register) and of the labels above:
 * a register exported here, or kept with these headers, imports as it is.
 */
const CHINESE_HEADERS: Record<string, RegisterColumn> = {
  受理编号: "caseNumber",
  机关: "agency",
  申请人类型: "applicantType",
  组织类型: "orgKind",
  申请方式: "channel",
  收到日期: "receivedOn",
  收到申请之日: "receivedOn",
  答复日期: "finishedOn",
  办结日期: "finishedOn",
  对应年报行: "reportRow",
  年报表三行次: "reportRow",
  金额: "feePaid",
  "已收信息处理费（元）": "feePaid",
};
/** Register columns the report does not need (they are recomputed from the records): read past. */
const INFORMATIVE_HEADERS = new Set(["申请内容摘要", "办理状态", "处理决定", "是否收费", "是否延期", "用时（工作日，扣除中止）"]);
/** The Chinese values of those columns, as the export writes them. */
const CHINESE_VALUES: Partial<Record<RegisterColumn, Record<string, string>>> = {
  applicantType: { 自然人: "person", 法人或其他组织: "organization" },
  orgKind: { 商业企业: "commercial", 科研机构: "research", 社会公益组织: "nonprofit", 法律服务机构: "legal", 其他: "other" },
  channel: { "网上（含电子邮件）": "online", 网上: "online", 当面: "in_person", "信函（挂号/快递）": "registered_mail", "信函（平信）": "ordinary_mail", 传真: "fax", 口头: "oral" },
};

export const ORG_KINDS = ["commercial", "research", "nonprofit", "legal", "other"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Receipt channels (workflow.md §2). */
export const REGISTER_CHANNELS = ["online", "in_person", "registered_mail", "ordinary_mail", "fax", "oral"] as const;
export type RegisterChannel = (typeof REGISTER_CHANNELS)[number];

/** 条例 (2007年国务院令第492号) took effect on 2008-05-01: no application under it is older. */
const FIRST_POSSIBLE_DAY = "2008-05-01";

export interface RegisterRow<Agency = string> {
  /** Line of the file the record starts on (the header is line 1). */
  line: number;
  caseNumber: string;
  agency: Agency;
  applicantType: "person" | "organization";
  orgKind: OrgKind | null;
  /** The applicant column of table 三. */
  column: ApplicantColumn;
  channel: RegisterChannel;
  receivedOn: string;
  finishedOn: string | null;
  reportRow: OutcomeRow | null;
  /** 信息处理费 collected, integer 元 (0 if none). */
  feePaid: number;
}

export interface RegisterImportError {
  line: number;
  /** The CSV column, or null for a problem with the whole line or file. */
  column: RegisterColumn | string | null;
  message: string;
}

export type RegisterImportResult<Agency = string> =
  | { ok: true; rows: RegisterRow<Agency>[] }
  | { ok: false; errors: RegisterImportError[] };

export interface RegisterImportOptions<Agency> {
  /** The agency for a code or short name, or undefined if there is none (reported on that line). */
  resolveAgency: (value: string) => Agency | undefined;
}

export function parseRegisterCsv(input: string | Uint8Array): RegisterImportResult<string>;
export function parseRegisterCsv<Agency>(
  input: string | Uint8Array,
  options: RegisterImportOptions<Agency>,
): RegisterImportResult<Agency>;
export function parseRegisterCsv<Agency>(
  input: string | Uint8Array,
  options?: RegisterImportOptions<Agency>,
): RegisterImportResult<Agency | string> {
  const decoded = typeof input === "string" ? { ok: true as const, text: input } : decodeUtf8(input);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };

  const records = readRecords(decoded.text);
  if (!records.ok) return { ok: false, errors: [records.error] };
  const [header, ...body] = records.records;
  if (!header) return { ok: false, errors: [{ line: 1, column: null, message: "文件是空的：第1行应为表头，列名见导入说明。" }] };

  const headerResult = readHeader(header.fields);
  if (!headerResult.ok) return { ok: false, errors: headerResult.errors };
  const positions = headerResult.positions;

  const errors: RegisterImportError[] = [];
  const rows: RegisterRow<Agency | string>[] = [];
  const firstLineOfCase = new Map<unknown, Map<string, number>>();
  for (const record of body) {
    if (record.fields.every((field) => field.trim() === "")) continue; // blank lines, or ",,,," from spreadsheets
    if (record.fields.length !== header.fields.length) {
      errors.push({
        line: record.line,
        column: null,
        message: `本行有${record.fields.length}个字段，表头有${header.fields.length}列：请检查是否多了或少了逗号（含逗号的内容请加英文双引号）。`,
      });
      continue;
    }
    const value = (column: RegisterColumn) => {
      const text = (record.fields[positions[column]] ?? "").trim();
      return CHINESE_VALUES[column]?.[text] ?? text;
    };
    const row = validateRow(record.line, value, options, errors);
    if (!row) continue;

    const cases = firstLineOfCase.get(row.agency) ?? new Map<string, number>();
    firstLineOfCase.set(row.agency, cases);
    const firstLine = cases.get(row.caseNumber);
    if (firstLine !== undefined) {
      errors.push({
        line: record.line,
        column: "caseNumber",
        message: `受理编号（caseNumber）“${row.caseNumber}”与第${firstLine}行重复：同一机关的受理编号不能重复。`,
      });
      continue;
    }
    cases.set(row.caseNumber, record.line);
    rows.push(row);
  }

  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [{ line: 1, column: null, message: "文件只有表头，没有申请记录。" }] };
  return { ok: true, rows };
}

/**
 * The compute input of `year` from imported rows of one agency: applications by applicant column,
 * periods and row, and the 信息处理费 collected in the year (counted in the year of `finishedOn`).
 */
export function tallyImportedRegister(
  rows: readonly Pick<RegisterRow<unknown>, "column" | "receivedOn" | "finishedOn" | "reportRow" | "feePaid">[],
  year: number,
): { applications: ApplicationCount[]; collected: number } {
  const applications = tallyApplications(
    rows.map(({ column, receivedOn, finishedOn, reportRow }) => ({ column, receivedOn, finishedOn, row: reportRow })),
    year,
  );
  const collected = rows
    .filter((row) => row.finishedOn !== null && row.finishedOn.startsWith(`${year}-`))
    .reduce((total, row) => total + row.feePaid, 0);
  return { applications, collected };
}

type Decoded = { ok: true; text: string } | { ok: false; error: RegisterImportError };

function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const line = lenient.slice(0, lenient.indexOf("\uFFFD")).split("\n").length;
    return {
      ok: false,
      error: {
        line,
        column: null,
        message: `文件不是UTF-8编码（第${line}行起无法识别）：请在Excel中“另存为”并选择“CSV UTF-8（逗号分隔）”后重新导入。`,
      },
    };
  }
}

type CsvRecord = { line: number; fields: string[] };

/** RFC 4180 records with the line each starts on (quoted fields may span lines). */
function readRecords(text: string): { ok: true; records: CsvRecord[] } | { ok: false; error: RegisterImportError } {
  let rows: string[][];
  // The line each record ends on, noted as it is read (csv-parse's `info: true` output is not in its typings).
  const endLines: number[] = [];
  try {
    rows = parse(text, {
      bom: true,
      relax_column_count: true,
      record_delimiter: ["\r\n", "\n"],
      skip_empty_lines: false,
      on_record: (record, { lines }) => {
        endLines.push(lines);
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return {
      ok: false,
      error: {
        line,
        column: null,
        message: `第${line}行附近的CSV格式有误（${csvErrorReason(error.code)}）：请用英文双引号包住含逗号、引号或换行的内容，内容中的双引号写成两个。`,
      },
    };
  }
  // A record starts on the line after the one the previous record ended on.
  const records = rows.map((fields, index): CsvRecord => ({ line: index === 0 ? 1 : endLines[index - 1]! + 1, fields }));
  return { ok: true, records };
}

function csvErrorReason(code: string): string {
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "引号没有闭合";
    case "CSV_INVALID_CLOSING_QUOTE":
    case "INVALID_OPENING_QUOTE":
      return "引号位置不正确";
    default:
      return code;
  }
}

function readHeader(
  fields: string[],
): { ok: true; positions: Record<RegisterColumn, number> } | { ok: false; errors: RegisterImportError[] } {
  const errors: RegisterImportError[] = [];
  const positions: Partial<Record<RegisterColumn, number>> = {};
  fields.forEach((raw, index) => {
    const written = raw.trim();
    if (INFORMATIVE_HEADERS.has(written)) return;
    const name = CHINESE_HEADERS[written] ?? written;
    if (!(REGISTER_COLUMNS as readonly string[]).includes(name)) {
      errors.push({
        line: 1,
        column: name,
        message: `表头第${index + 1}列“${name}”不是导入格式中的列名：列名应为 ${REGISTER_COLUMNS.join("、")}（区分大小写）。`,
      });
      return;
    }
    const column = name as RegisterColumn;
    if (positions[column] !== undefined) {
      errors.push({ line: 1, column, message: `表头中“${column}”（${REGISTER_COLUMN_LABELS[column]}）列出现了两次。` });
      return;
    }
    positions[column] = index;
  });
  for (const column of REGISTER_COLUMNS) {
    if (positions[column] === undefined) {
      errors.push({ line: 1, column, message: `表头缺少“${column}”（${REGISTER_COLUMN_LABELS[column]}）列。` });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, positions: positions as Record<RegisterColumn, number> };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function validateRow<Agency>(
  line: number,
  value: (column: RegisterColumn) => string,
  options: RegisterImportOptions<Agency> | undefined,
  errors: RegisterImportError[],
): RegisterRow<Agency | string> | null {
  const before = errors.length;
  const fail = (column: RegisterColumn, message: string) => errors.push({ line, column, message });
  const name = (column: RegisterColumn) => `${REGISTER_COLUMN_LABELS[column]}（${column}）`;

  const caseNumber = value("caseNumber");
  if (caseNumber === "") fail("caseNumber", `请填写${name("caseNumber")}。`);

  const agencyValue = value("agency");
  let agency: Agency | string = agencyValue;
  if (agencyValue === "") {
    fail("agency", `请填写${name("agency")}：统一社会信用代码或机关简称。`);
  } else if (options) {
    const resolved = options.resolveAgency(agencyValue);
    if (resolved === undefined) {
      fail("agency", `未找到${name("agency")}“${agencyValue}”：请填写系统中已有机关的统一社会信用代码或简称。`);
    } else {
      agency = resolved;
    }
  }

  const applicantType = value("applicantType").toLowerCase();
  const orgKindValue = value("orgKind").toLowerCase();
  let orgKind: OrgKind | null = null;
  const orgKindHint = "commercial（商业企业）、research（科研机构）、nonprofit（社会公益组织）、legal（法律服务机构）或 other（其他）";
  if (applicantType === "person") {
    if (orgKindValue !== "") fail("orgKind", `申请人为自然人时，${name("orgKind")}应留空，现为“${value("orgKind")}”。`);
  } else if (applicantType === "organization") {
    if ((ORG_KINDS as readonly string[]).includes(orgKindValue)) orgKind = orgKindValue as OrgKind;
    else if (orgKindValue === "") fail("orgKind", `申请人为法人或其他组织时，请填写${name("orgKind")}：${orgKindHint}。`);
    else fail("orgKind", `${name("orgKind")}应为 ${orgKindHint}，现为“${value("orgKind")}”。`);
  } else {
    fail(
      "applicantType",
      applicantType === ""
        ? `请填写${name("applicantType")}：person（自然人）或 organization（法人或其他组织）。`
        : `${name("applicantType")}应为 person（自然人）或 organization（法人或其他组织），现为“${value("applicantType")}”。`,
    );
  }

  // `mail` is accepted for 信函(挂号/快递) (annual-report.md § Register import format).
  const channelValue = value("channel").toLowerCase();
  const channel = channelValue === "mail" ? "registered_mail" : channelValue;
  if (!(REGISTER_CHANNELS as readonly string[]).includes(channel)) {
    fail(
      "channel",
      `${name("channel")}应为 online、in_person、registered_mail（或 mail）、ordinary_mail、fax 或 oral${channelValue === "" ? "" : `，现为“${value("channel")}”`}。`,
    );
  }

  const checkDate = (column: "receivedOn" | "finishedOn", text: string): boolean => {
    if (!isCalendarDate(text)) {
      fail(column, `${name(column)}应为YYYY-MM-DD格式的有效日期，例如2024-03-01，现为“${text}”。`);
      return false;
    }
    if (text < FIRST_POSSIBLE_DAY) {
      fail(column, `${name(column)}“${text}”早于政府信息公开条例施行之日（2008-05-01），请检查。`);
      return false;
    }
    return true;
  };
  const receivedOn = value("receivedOn");
  if (receivedOn === "") fail("receivedOn", `请填写${name("receivedOn")}（YYYY-MM-DD）。`);
  const receivedOk = receivedOn !== "" && checkDate("receivedOn", receivedOn);

  const finishedText = value("finishedOn");
  const reportRowText = value("reportRow");
  const finishedOk = finishedText === "" || checkDate("finishedOn", finishedText);
  if (finishedOk && receivedOk && finishedText !== "" && finishedText < receivedOn) {
    fail("finishedOn", `${name("finishedOn")}（${finishedText}）不能早于${name("receivedOn")}（${receivedOn}）。`);
  }
  if (reportRowText !== "" && !(OUTCOME_ROW_KEYS as readonly string[]).includes(reportRowText)) {
    fail("reportRow", `${name("reportRow")}应为 1、2、3.1至3.8、4.1至4.3、5.1至5.5 或 6.1至6.3，现为“${reportRowText}”。`);
  }
  // Finished ⇔ it has the row it finished in: exactly one of the two empty is an error.
  if (finishedText !== "" && reportRowText === "") {
    fail("reportRow", `已填写${name("finishedOn")}，请同时填写${name("reportRow")}；尚未办结的申请两项都应留空。`);
  }
  if (finishedText === "" && reportRowText !== "") {
    fail("finishedOn", `已填写${name("reportRow")}，请同时填写${name("finishedOn")}；尚未办结的申请两项都应留空。`);
  }

  const feeText = value("feePaid");
  let feePaid = 0;
  if (feeText !== "") {
    if (/^\d+$/.test(feeText) && Number.isSafeInteger(Number(feeText))) feePaid = Number(feeText);
    else fail("feePaid", `${name("feePaid")}应为以元为单位的非负整数（无费用可留空或填0），现为“${feeText}”。`);
  }
  // The fee counts as collected in the year of finishedOn: an open application has no such year.
  if (feePaid > 0 && finishedText === "") {
    fail("feePaid", `尚未办结的申请不能填写${name("feePaid")}：已收费用计入办结当年，请在办结后再导入。`);
  }

  if (errors.length > before) return null;
  return {
    line,
    caseNumber,
    agency,
    applicantType: applicantType as "person" | "organization",
    orgKind,
    column: orgKind ?? "person",
    channel: channel as RegisterChannel,
    receivedOn,
    finishedOn: finishedText === "" ? null : finishedText,
    reportRow: reportRowText === "" ? null : (reportRowText as OutcomeRow),
    feePaid,
  };
}

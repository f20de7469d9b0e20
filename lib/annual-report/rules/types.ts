import type { ApplicantColumn, Table3Key } from "./rows";

/**
 * The annual report (政府信息公开工作年度报告, 条例第四十九条、第五十条) in the JSON shape of
 * annual-report.md § "JSON shape": what the API and the command line exchange, what is stored and
 * what is checked before publishing.
 */
export type ReportStatus = "draft" | "published";

/** One row of table 三: the six applicant columns and their 总计. */
export type Table3Cells = Record<ApplicantColumn | "total", number>;
export type Table3 = Record<Table3Key, Table3Cells>;

/** 第二十条第（一）项: 规章 or 行政规范性文件. */
export interface DocumentTally {
  /** 本年制发件数: 成文日期 in the year. */
  issued: number;
  /** 本年废止件数: repealed or expired in the year. */
  repealed: number;
  /** 现行有效件数: valid at 31 Dec. */
  valid: number;
}

export interface Table2 {
  regulations: DocumentTally;
  normativeDocuments: DocumentTally;
  /** 第二十条第（五）项 行政许可: 本年处理决定数量. */
  licensing: number;
  /** 第二十条第（六）项 行政处罚: 本年处理决定数量. */
  penalties: number;
  /** 第二十条第（六）项 行政强制: 本年处理决定数量. */
  coercion: number;
  /** 第二十条第（八）项 行政事业性收费: 本年收费金额（万元）, always with 4 decimal places. */
  chargesWan: string;
}

export const TABLE4_KINDS = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"] as const;
export type ReviewCaseKind = (typeof TABLE4_KINDS)[number];

export const TABLE4_RESULT_COLUMNS = ["upheld", "corrected", "other", "pending"] as const;
export type Table4ResultColumn = (typeof TABLE4_RESULT_COLUMNS)[number];
export type Table4Cells = Record<Table4ResultColumn | "total", number>;
export type Table4 = Record<ReviewCaseKind, Table4Cells>;

/** Section 六: fee notices issued (count, amount) and 信息处理费 collected in the year, integer 元. */
export interface FeeTotals {
  noticesIssued: number;
  noticesAmount: number;
  collected: number;
}

/** A failed consistency check, naming the cell by its JSON path and, in Chinese, by its official labels. */
export interface Violation {
  cell: string;
  message: string;
}

export interface AnnualReport {
  agencyCode: string;
  agencyName: string;
  year: number;
  status: ReportStatus;
  table2: Table2;
  table3: Table3;
  table4: Table4;
  fees: FeeTotals;
  invariantsOk: boolean;
  violations: Violation[];
}

import type { Table4ResultColumn } from "./types";

/**
 * The results a review case (行政复议 / 行政诉讼) can end with, and the column of table 四 each one
 * counts in (annual-report.md § Table 四). A case with no result by 31 Dec counts as 尚未审结.
 * A reviewCase record stores one of these words as its result.
 */
export const REVIEW_RESULT_COLUMNS = {
  维持: "upheld",
  驳回复议申请: "upheld",
  驳回诉讼请求: "upheld",
  撤销: "corrected",
  变更: "corrected",
  确认违法: "corrected",
  责令履行: "corrected",
  终止: "other",
  撤回: "other",
  撤诉: "other",
  驳回起诉: "other",
  调解: "other",
} as const satisfies Record<string, Exclude<Table4ResultColumn, "pending">>;

export type ReviewResult = keyof typeof REVIEW_RESULT_COLUMNS;
export const REVIEW_RESULTS = Object.keys(REVIEW_RESULT_COLUMNS) as ReviewResult[];

export function isReviewResult(value: string): value is ReviewResult {
  return Object.hasOwn(REVIEW_RESULT_COLUMNS, value);
}

/** The table 四 column of a case given its result as of 31 Dec (null: not yet decided → 尚未审结). */
export function reviewResultColumn(result: ReviewResult | null): Table4ResultColumn {
  return result === null ? "pending" : REVIEW_RESULT_COLUMNS[result];
}

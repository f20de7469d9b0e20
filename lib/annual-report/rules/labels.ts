import type { ReviewCaseKind, Table4ResultColumn } from "./types";

/**
 * Official labels of tables 二 and 四 (国办公开办函〔2021〕30号 format, annual-report.md). Table 三's
 * rows and columns are in `rows.ts`.
 */
export const TABLE2_LABELS = {
  article20Item1: "第二十条第（一）项",
  article20Item5: "第二十条第（五）项",
  article20Item6: "第二十条第（六）项",
  article20Item8: "第二十条第（八）项",
  content: "信息内容",
  issued: "本年制发件数",
  repealed: "本年废止件数",
  valid: "现行有效件数",
  decisions: "本年处理决定数量",
  chargesWan: "本年收费金额（单位：万元）",
  regulations: "规章",
  normativeDocuments: "行政规范性文件",
  licensing: "行政许可",
  penalties: "行政处罚",
  coercion: "行政强制",
  charges: "行政事业性收费",
} as const;

export const TABLE4_GROUP_LABELS = {
  reconsideration: "行政复议",
  litigation: "行政诉讼",
} as const;

/** The three blocks of table 四; the two litigation blocks sit under 行政诉讼. */
export const TABLE4_KIND_LABELS: Record<ReviewCaseKind, string> = {
  reconsideration: "行政复议",
  litigationDirect: "未经复议直接起诉",
  litigationAfterReconsideration: "复议后起诉",
};

/** The full name of a block, as used in messages (行政诉讼 blocks carry their group). */
export const TABLE4_KIND_FULL_LABELS: Record<ReviewCaseKind, string> = {
  reconsideration: "行政复议",
  litigationDirect: "行政诉讼（未经复议直接起诉）",
  litigationAfterReconsideration: "行政诉讼（复议后起诉）",
};

export const TABLE4_COLUMN_LABELS: Record<Table4ResultColumn | "total", string> = {
  upheld: "结果维持",
  corrected: "结果纠正",
  other: "其他结果",
  pending: "尚未审结",
  total: "总计",
};

/**
 * Table 三 of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号 format; annual-report.md):
 * the row keys of the JSON shape and their exact official labels. The one source of truth for
 * report rows: decisions (lib/workflow) map onto these keys, the report (lib/annual-report/rules) counts them.
 */
export const OUTCOME_ROWS = {
  "1": "（一）予以公开",
  "2": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  "3.1": "1.属于国家秘密",
  "3.2": "2.其他法律行政法规禁止公开",
  "3.3": "3.危及“三安全一稳定”",
  "3.4": "4.保护第三方合法权益",
  "3.5": "5.属于三类内部事务信息",
  "3.6": "6.属于四类过程性信息",
  "3.7": "7.属于行政执法案卷",
  "3.8": "8.属于行政查询事项",
  "4.1": "1.本机关不掌握相关政府信息",
  "4.2": "2.没有现成信息需要另行制作",
  "4.3": "3.补正后申请内容仍不明确",
  "5.1": "1.信访举报投诉类申请",
  "5.2": "2.重复申请",
  "5.3": "3.要求提供公开出版物",
  "5.4": "4.无正当理由大量反复申请",
  "5.5": "5.要求行政机关确认或重新出具已获取信息",
  "6.1": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
  "6.2": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  "6.3": "3.其他",
} as const;

/** A row an application can finish in (its decision's row). */
export type OutcomeRow = keyof typeof OUTCOME_ROWS;
export const OUTCOME_ROW_KEYS = Object.keys(OUTCOME_ROWS) as OutcomeRow[];

/** The group headings of 三、本年度办理结果 whose JSON subtotals are `3`–`6` (never printed as rows). */
export const OUTCOME_GROUPS = {
  "3": "（三）不予公开",
  "4": "（四）无法提供",
  "5": "（五）不予处理",
  "6": "（六）其他处理",
} as const;
export type OutcomeGroup = keyof typeof OUTCOME_GROUPS;

export const TABLE3_FIXED_ROWS = {
  new: "一、本年新收政府信息公开申请数量",
  carriedIn: "二、上年结转政府信息公开申请数量",
  total: "（七）总计",
  carriedOut: "四、结转下年度继续办理",
} as const;

/** The applicant columns of table 三 (annual-report.md), in printed order. */
export const APPLICANT_COLUMNS = {
  person: "自然人",
  commercial: "商业企业",
  research: "科研机构",
  nonprofit: "社会公益组织",
  legal: "法律服务机构",
  other: "其他",
  total: "总计",
} as const;
export type ApplicantColumn = Exclude<keyof typeof APPLICANT_COLUMNS, "total">;
export const APPLICANT_COLUMN_KEYS: readonly ApplicantColumn[] = ["person", "commercial", "research", "nonprofit", "legal", "other"];

/** The numbered rows under a group heading, e.g. "3" → 3.1 … 3.8. */
export function rowsOfGroup(group: OutcomeGroup): OutcomeRow[] {
  return OUTCOME_ROW_KEYS.filter((row) => row.startsWith(`${group}.`));
}

/** （七）总计 is the sum of （一）…（六）: rows 1 and 2 and the subtotals 3–6. */
export const TOTAL_PARTS = ["1", "2", "3", "4", "5", "6"] as const satisfies readonly (OutcomeRow | OutcomeGroup)[];

/**
 * Every key of `table3` in the JSON shape, in printed order, subtotals included. annual-report.md
 * says "all 28 row keys" but its own list (and the contract check) has 29: we follow the list.
 */
export const TABLE3_KEYS = [
  "new",
  "carriedIn",
  "1",
  "2",
  "3",
  "3.1",
  "3.2",
  "3.3",
  "3.4",
  "3.5",
  "3.6",
  "3.7",
  "3.8",
  "4",
  "4.1",
  "4.2",
  "4.3",
  "5",
  "5.1",
  "5.2",
  "5.3",
  "5.4",
  "5.5",
  "6",
  "6.1",
  "6.2",
  "6.3",
  "total",
  "carriedOut",
] as const;
export type Table3Key = (typeof TABLE3_KEYS)[number];

export const OUTCOME_GROUP_KEYS = Object.keys(OUTCOME_GROUPS) as OutcomeGroup[];

/** A table 三 row named by its official labels, e.g. "三、本年度办理结果（三）不予公开 4.保护第三方合法权益". */
export function table3RowLabel(key: Table3Key): string {
  const results = "三、本年度办理结果";
  switch (key) {
    case "new":
    case "carriedIn":
    case "carriedOut":
      return TABLE3_FIXED_ROWS[key];
    case "total":
      return `${results}${TABLE3_FIXED_ROWS.total}`;
    case "1":
    case "2":
      return `${results}${OUTCOME_ROWS[key]}`;
    case "3":
    case "4":
    case "5":
    case "6":
      return `${results}${OUTCOME_GROUPS[key]}`;
    default:
      // A numbered row "3.4" sits under the group heading "3".
      return `${results}${OUTCOME_GROUPS[key.split(".")[0] as OutcomeGroup]} ${OUTCOME_ROWS[key]}`;
  }
}

/** A table 三 column named by its official labels, e.g. "法人或其他组织·商业企业". */
export function table3ColumnLabel(column: ApplicantColumn | "total"): string {
  return column === "person" || column === "total" ? APPLICANT_COLUMNS[column] : `法人或其他组织·${APPLICANT_COLUMNS[column]}`;
}

/** Vocabulary of the catalogue (catalogue.md "Document metadata"): stored keys and their Chinese labels. */

/** 文件类型 (`docType`): drives annual-report table 二. */
export const DOC_TYPES = [
  "regulation",
  "normative",
  "other_document",
  "interpretation",
  "work_report",
  "plan",
  "fiscal",
  "notice",
  "other",
] as const;
export type DocType = (typeof DOC_TYPES)[number];
export const DOC_TYPE_LABELS: Record<DocType, string> = {
  regulation: "规章",
  normative: "行政规范性文件",
  other_document: "其他文件",
  interpretation: "政策解读",
  work_report: "工作报告",
  plan: "规划计划",
  fiscal: "财政信息",
  notice: "公告公示",
  other: "其他",
};

/** 有效性. A 失效 or 废止 document says so prominently at the top of its page. */
export const VALIDITIES = ["valid", "expired", "repealed"] as const;
export type Validity = (typeof VALIDITIES)[number];
export const VALIDITY_LABELS: Record<Validity, string> = { valid: "有效", expired: "失效", repealed: "废止" };

/** Draft → published → withdrawn (catalogue.md "Rules"). */
export const DOCUMENT_STATUSES = ["draft", "published", "withdrawn"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: "草稿",
  published: "已发布",
  withdrawn: "已撤回",
};

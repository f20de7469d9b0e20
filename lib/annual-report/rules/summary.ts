import { TABLE4_KINDS, type AnnualReport } from "./types";

/** The fixed section titles of the annual report (国办公开办函〔2021〕30号; annual-report.md § Sections). */
export const SECTION_TITLES = {
  overview: "一、总体情况",
  proactive: "二、主动公开政府信息情况",
  applications: "三、收到和处理政府信息公开申请情况",
  review: "四、政府信息公开行政复议、行政诉讼情况",
  problems: "五、存在的主要问题及改进情况",
  other: "六、其他需要报告的事项",
} as const;
export type SectionKey = keyof typeof SECTION_TITLES;
export const SECTION_KEYS = Object.keys(SECTION_TITLES) as SectionKey[];

/** e.g. "八里台镇人民政府2024年政府信息公开工作年度报告". */
export function reportTitle(report: Pick<AnnualReport, "agencyName" | "year">): string {
  return `${report.agencyName}${report.year}年政府信息公开工作年度报告`;
}

export interface SummaryFacts {
  /** Documents proactively published in the catalogue in the year (发布日期 in the year), if known. */
  documentsPublished?: number;
}

export interface PrefilledSections {
  /** 一、总体情况: factual paragraphs staff complete (information management, platform, supervision …). */
  overview: string[];
  /** 六、其他需要报告的事项: the fee notices and the 信息处理费 collected (annual-report.md § Sections). */
  other: string[];
}

/**
 * The factual opening of sections 一 and 六, written from the report's numbers only: staff edit
 * and complete it (条例第五十条 lists what the report covers). Nothing here is an assessment.
 */
export function prefillSections(report: AnnualReport, facts: SummaryFacts = {}): PrefilledSections {
  return {
    overview: [proactiveParagraph(report, facts), applicationsParagraph(report), reviewParagraph(report)],
    other: [feesParagraph(report)],
  };
}

function proactiveParagraph(report: AnnualReport, facts: SummaryFacts): string {
  const { regulations, normativeDocuments } = report.table2;
  const sentences: string[] = [];
  if (facts.documentsPublished !== undefined) sentences.push(`本年度，${report.agencyName}主动公开政府信息${facts.documentsPublished}条。`);
  if (regulations.issued + regulations.repealed + regulations.valid > 0) {
    sentences.push(`本年制发规章${regulations.issued}件、废止${regulations.repealed}件，现行有效规章${regulations.valid}件。`);
  }
  sentences.push(
    `本年制发行政规范性文件${normativeDocuments.issued}件、废止${normativeDocuments.repealed}件，现行有效行政规范性文件${normativeDocuments.valid}件。`,
  );
  return sentences.join("");
}

function applicationsParagraph(report: AnnualReport): string {
  const t = report.table3;
  if (t.new.total + t.carriedIn.total === 0) return "本年度未收到政府信息公开申请，也无上年结转的申请。";
  const organizations = t.new.total - t.new.person;
  const outcomes = [
    ["予以公开", t["1"].total],
    ["部分公开", t["2"].total],
    ["不予公开", t["3"].total],
    ["无法提供", t["4"].total],
    ["不予处理", t["5"].total],
    ["其他处理", t["6"].total],
  ] as const;
  const breakdown = outcomes
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${label}${count}件`)
    .join("、");
  return (
    `本年度新收政府信息公开申请${t.new.total}件（自然人${t.new.person}件，法人或其他组织${organizations}件），上年结转${t.carriedIn.total}件；` +
    `办结${t.total.total}件${breakdown === "" ? "" : `，其中${breakdown}`}；结转下年度继续办理${t.carriedOut.total}件。`
  );
}

function reviewParagraph(report: AnnualReport): string {
  const { reconsideration, litigationDirect, litigationAfterReconsideration } = report.table4;
  const total = TABLE4_KINDS.reduce((sum, kind) => sum + report.table4[kind].total, 0);
  if (total === 0) return "本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。";
  const litigation = litigationDirect.total + litigationAfterReconsideration.total;
  return (
    `本年度因政府信息公开被申请行政复议${reconsideration.total}件，被提起行政诉讼${litigation}件` +
    `（未经复议直接起诉${litigationDirect.total}件、复议后起诉${litigationAfterReconsideration.total}件）。`
  );
}

function feesParagraph(report: AnnualReport): string {
  const { noticesIssued, noticesAmount, collected } = report.fees;
  const paid = collected === 0 ? "未实际收取信息处理费" : `实际收取信息处理费${collected}元`;
  if (noticesIssued === 0) return collected === 0 ? "本年度未发出信息处理费收费通知，未收取信息处理费。" : `本年度未发出收费通知，${paid}。`;
  return `本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知${noticesIssued}件，金额共计${noticesAmount}元，${paid}。`;
}

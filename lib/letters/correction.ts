import type { LocalDate } from "@/lib/calendar";
import { applicationReference, formatChineseDate, numbered, sentence } from "./format";
import { LETTER_TITLES } from "./kinds";
import type { AgencyLetterSettings, ApplicantFacts, Letter, LetterIssue } from "./types";

/**
 * 补正告知书 (条例第三十条; letters.md): every point to correct (one consolidated list), guidance on
 * how to describe the information, the correction deadline, that the reply period runs anew from
 * the receipt of the correction, and that no correction by the deadline without good reason means
 * the application is treated as abandoned.
 */
export function buildCorrectionNotice(input: {
  agency: AgencyLetterSettings;
  issue: LetterIssue;
  application: ApplicantFacts;
  points: readonly string[];
  guidance: string;
  deadlineOn: LocalDate;
}): Letter {
  if (input.points.length === 0) throw new RangeError("补正告知书须列明需要补正的事项");
  return {
    kind: "correctionNotice",
    title: LETTER_TITLES.correctionNotice,
    number: input.issue.number,
    addressee: input.application.applicantName,
    date: input.issue.date,
    paragraphs: [
      `${applicationReference(input.application)}经审查，您的申请内容不明确。根据条例第三十条的规定，现一次性告知您对以下事项作出补正：`,
      ...numbered(input.points),
      sentence(`补正指引：${input.guidance}`),
      `请于${formatChineseDate(input.deadlineOn)}前（含当日）提交补正。答复期限自本机关收到补正后的申请之日起计算。`,
      "您无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。",
    ],
    signature: input.agency.name,
  };
}

import { compareLocalDate, type LocalDate } from "@/lib/calendar";
import { MAX_EXTENSION_WORKING_DAYS } from "@/lib/clock";
import { applicationReference, formatChineseDate } from "./format";
import { LETTER_TITLES } from "./kinds";
import type { AgencyLetterSettings, ApplicantFacts, Letter, LetterIssue } from "./types";

/**
 * 延期答复告知书 (条例第三十三条第一款; letters.md): the original due date, the extension in working
 * days (≤ 20), the new due date and the reason. Dated on or before the original due date (the
 * workflow guard refuses a later approval).
 */
export function buildExtensionNotice(input: {
  agency: AgencyLetterSettings;
  issue: LetterIssue;
  application: ApplicantFacts;
  originalDueOn: LocalDate;
  workingDays: number;
  newDueOn: LocalDate;
  reason: string;
}): Letter {
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1 || input.workingDays > MAX_EXTENSION_WORKING_DAYS) {
    throw new RangeError(`延长的期限最长不得超过${MAX_EXTENSION_WORKING_DAYS}个工作日`);
  }
  if (compareLocalDate(input.issue.date, input.originalDueOn) > 0) throw new RangeError("延期答复告知书须在原答复期限届满前出具");
  return {
    kind: "extensionNotice",
    title: LETTER_TITLES.extensionNotice,
    number: input.issue.number,
    addressee: input.application.applicantName,
    date: input.issue.date,
    paragraphs: [
      `${applicationReference(input.application)}原答复期限至${formatChineseDate(input.originalDueOn)}。`,
      `因${input.reason}，本机关不能在原答复期限内答复。根据条例第三十三条第一款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长${input.workingDays}个工作日，延长后的答复期限至${formatChineseDate(input.newDueOn)}。`,
    ],
    signature: input.agency.name,
  };
}

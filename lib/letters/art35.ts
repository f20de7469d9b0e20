import type { LocalDate } from "@/lib/calendar";
import { applicationReference, formatChineseDate, sentence } from "./format";
import { LETTER_TITLES } from "./kinds";
import type { AgencyLetterSettings, ApplicantFacts, Letter, LetterIssue } from "./types";

/**
 * 说明理由告知书 (条例第三十五条; letters.md): what is asked, by when, and what follows. Asking
 * does not pause the reply clock (workflow.md §4.8), so the letter does not say it does.
 */
export function buildExplanationRequest(input: {
  agency: AgencyLetterSettings;
  issue: LetterIssue;
  application: ApplicantFacts;
  question: string;
  answerBy: LocalDate;
}): Letter {
  return {
    kind: "explanationRequest",
    title: LETTER_TITLES.explanationRequest,
    number: input.issue.number,
    addressee: input.application.applicantName,
    date: input.issue.date,
    paragraphs: [
      `${applicationReference(input.application)}您申请公开政府信息的数量、频次明显超过合理范围，根据条例第三十五条的规定，请您说明理由：${sentence(input.question)}`,
      `请于${formatChineseDate(input.answerBy)}前（含当日）向本机关书面说明。`,
      "本机关认为申请理由不合理的，将告知您不予处理；认为申请理由合理，但无法在条例第三十三条规定的期限内答复的，将确定延迟答复的合理期限并告知您。",
    ],
    signature: input.agency.name,
  };
}

/** 延迟答复告知书 (条例第三十五条; letters.md): the new date and the reason. */
export function buildLaterReplyNotice(input: {
  agency: AgencyLetterSettings;
  issue: LetterIssue;
  application: ApplicantFacts;
  replyOn: LocalDate;
  reason: string;
}): Letter {
  return {
    kind: "laterReplyNotice",
    title: LETTER_TITLES.laterReplyNotice,
    number: input.issue.number,
    addressee: input.application.applicantName,
    date: input.issue.date,
    paragraphs: [
      `${applicationReference(input.application)}本机关认为您的申请理由合理，但因${input.reason}，无法在条例第三十三条规定的期限内答复。`,
      `根据条例第三十五条的规定，本机关确定延迟答复的期限为${formatChineseDate(input.replyOn)}，将于该日前（含当日）答复您。`,
    ],
    signature: input.agency.name,
  };
}

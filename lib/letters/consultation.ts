import type { LocalDate } from "@/lib/calendar";
import { CONSULTATION_REPLY_WORKING_DAYS as CONSULTATION_WORKING_DAYS } from "@/lib/clock";
import type { ConsultationKind } from "@/lib/workflow/snapshot";
import { formatChineseDate, sentence } from "./format";
import { LETTER_TITLES } from "./kinds";
import { ordinaryRemedy } from "./remedy";
import type { AgencyLetterSettings, Letter, LetterIssue } from "./types";

/*
 * Letters to a third party or another agency. letters.md: they never contain the applicant's
 * personal data, so their inputs have no applicant field at all; the use case may additionally
 * run assertNoApplicantData over the finished letter (staff type the information description).
 */

const BASIS: Record<ConsultationKind, string> = {
  thirdParty: "条例第三十二条",
  coMakingAgency: "条例第三十四条",
  otherAgency: "条例第三十三条第二款",
};

/** What silence means (letters.md): the agency decides; for a co-making agency silence is consent. */
const SILENCE: Record<ConsultationKind, string> = {
  thirdParty: "逾期未提出意见的，由本机关依照条例的规定决定是否公开。",
  coMakingAgency: "逾期未提出意见的，视为同意公开（条例第三十四条）。",
  otherAgency: "逾期未提出意见的，由本机关依照条例的规定决定是否公开。",
};

/**
 * 征求意见书 (条例第三十二、三十三、三十四条; letters.md): what information is requested, why it may
 * affect the addressee, the 15-working-day reply deadline, and the consequence of silence.
 */
export function buildConsultationLetter(input: {
  agency: AgencyLetterSettings;
  issue: LetterIssue;
  consultee: { name: string; kind: ConsultationKind };
  information: string;
  whyAffected: string;
  /** The one-time invitation to answer online (issue 16.4): printed so the letter itself carries it. */
  online?: { url: string; code: string };
}): Letter {
  const { kind, name } = input.consultee;
  const addressee = kind === "thirdParty" ? "贵方" : "贵机关";
  const online = input.online
    ? [`${addressee}也可以访问 ${input.online.url} ，输入验证码 ${input.online.code} ，在线提出意见（该链接仅可提交一次，期限届满后失效）。`]
    : [];
  return {
    kind: "consultationLetter",
    title: LETTER_TITLES.consultationLetter,
    number: input.issue.number,
    addressee: name,
    date: input.issue.date,
    paragraphs: [
      `本机关收到一件政府信息公开申请，申请公开的政府信息为：${input.information}。`,
      `${input.whyAffected.trim() ? sentence(input.whyAffected) : ""}根据${BASIS[kind]}的规定，现书面征求${addressee}意见。`,
      `请${addressee}自收到本征求意见书之日起${CONSULTATION_WORKING_DAYS}个工作日内书面提出意见；不同意公开的，请说明理由。${SILENCE[kind]}`,
      ...online,
    ],
    signature: input.agency.name,
  };
}

/**
 * 告知书 to a third party (条例第三十二条; letters.md): the agency decided to disclose despite the
 * objection, for the public interest — the information, the reasons, the release date (Policy
 * default: not before N working days after delivery) and the remedy clause addressed to the
 * third party.
 */
export function buildThirdPartyNotice(input: {
  agency: AgencyLetterSettings;
  issue: LetterIssue;
  thirdPartyName: string;
  information: string;
  reasons: string;
  releaseWaitWorkingDays: number;
  /** The release date, when delivery is already known; otherwise the rule alone is printed. */
  releaseOn?: LocalDate | null;
}): Letter {
  const when = input.releaseOn
    ? `本机关将于${formatChineseDate(input.releaseOn)}起公开上述信息（自本告知书送达之日起满${input.releaseWaitWorkingDays}个工作日）。`
    : `本机关将于本告知书送达之日起满${input.releaseWaitWorkingDays}个工作日后公开上述信息。`;
  return {
    kind: "thirdPartyNotice",
    title: LETTER_TITLES.thirdPartyNotice,
    number: input.issue.number,
    addressee: input.thirdPartyName,
    date: input.issue.date,
    paragraphs: [
      `本机关就一件政府信息公开申请征求了贵方意见，贵方不同意公开。经审查，本机关认为不公开可能对公共利益造成重大影响，根据条例第十五条、第三十二条的规定，决定予以公开。`,
      `决定公开的政府信息：${input.information}。`,
      sentence(`决定公开的理由：${input.reasons}`),
      when,
    ],
    remedy: [ordinaryRemedy(input.agency, "本告知书")],
    signature: input.agency.name,
  };
}

/**
 * Throws if any of the applicant's identifiers (name, ID number, phone, address …) appears in a
 * letter meant for a third party or another agency (letters.md).
 */
export function assertNoApplicantData(letter: Letter, identifiers: readonly string[]): void {
  const text = [letter.title, letter.addressee, ...letter.paragraphs, ...(letter.remedy ?? []).map((r) => r.text)].join("\n");
  const found = identifiers.filter((id) => id.trim().length >= 2 && text.includes(id.trim()));
  if (found.length > 0) throw new RangeError("致第三方或其他机关的文书不得包含申请人的个人信息，请修改所涉信息的描述。");
}

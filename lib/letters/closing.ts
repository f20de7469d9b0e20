import type { LocalDate } from "@/lib/calendar";
import { DECISIONS } from "@/lib/workflow/decisions";
import { applicationReference, formatChineseDate } from "./format";
import { LETTER_TITLES } from "./kinds";
import { remedyClauses } from "./remedy";
import type { AgencyLetterSettings, ApplicantFacts, Letter, LetterIssue } from "./types";

/** Why the application is treated as abandoned: which deadline passed, or what the applicant declared. */
export type ClosingGround =
  | { kind: "noCorrection"; correctionNoticeNumber: string; deadlineOn: LocalDate }
  | { kind: "feeUnpaid"; feeNoticeNumber: string; payBy: LocalDate }
  | { kind: "feeDeclined"; feeNoticeNumber: string; declinedOn: LocalDate };

function groundSentences(ground: ClosingGround): string[] {
  switch (ground.kind) {
    case "noCorrection":
      return [
        `本机关于${ground.correctionNoticeNumber}补正告知书告知您于${formatChineseDate(ground.deadlineOn)}前补正申请，您至今未补正，且无正当理由。`,
        "根据条例第三十条的规定，您的申请视为放弃，本机关不再处理该政府信息公开申请。",
      ];
    case "feeUnpaid":
      return [
        `本机关于${ground.feeNoticeNumber}收费通知书告知您于${formatChineseDate(ground.payBy)}前缴纳信息处理费，您逾期未缴纳。`,
        "根据《政府信息公开信息处理费管理办法》的规定，您的申请视为放弃，本机关不再处理该政府信息公开申请。",
      ];
    case "feeDeclined":
      return [
        `对本机关${ground.feeNoticeNumber}收费通知书，您于${formatChineseDate(ground.declinedOn)}表示不缴纳信息处理费。`,
        "根据《政府信息公开信息处理费管理办法》的规定，您的申请视为放弃，本机关不再处理该政府信息公开申请。",
      ];
  }
}

/**
 * 终止办理告知书 (letters.md): which deadline passed or what the applicant declared, the basis, and
 * the (ordinary) remedy clause. Decision （六）1 for a missed correction, （六）2 for a fee.
 */
export function buildClosingNotice(input: {
  agency: AgencyLetterSettings;
  issue: LetterIssue;
  application: ApplicantFacts;
  ground: ClosingGround;
}): Letter {
  const decision = input.ground.kind === "noCorrection" ? DECISIONS.abandonedNoCorrection : DECISIONS.abandonedFeeUnpaid;
  return {
    kind: "closingNotice",
    title: LETTER_TITLES.closingNotice,
    number: input.issue.number,
    addressee: input.application.applicantName,
    date: input.issue.date,
    paragraphs: [applicationReference(input.application), ...groundSentences(input.ground)],
    remedy: remedyClauses(decision.remedy, input.agency, "本告知书"),
    signature: input.agency.name,
  };
}

/**
 * 撤回确认 (letters.md; not numbered): confirmation that the application is closed at the
 * applicant's request. No remedy clause: the closing is the applicant's own act.
 */
export function buildWithdrawalConfirmation(input: {
  agency: Pick<AgencyLetterSettings, "name">;
  date: LocalDate;
  caseNumber: string;
  applicantName: string;
  /** null when the application was withdrawn before the agency confirmed receiving it. */
  receivedOn: LocalDate | null;
  withdrawnOn: LocalDate;
}): Letter {
  const received = input.receivedOn
    ? `本机关于${formatChineseDate(input.receivedOn)}收到您提出的政府信息公开申请（受理编号：${input.caseNumber}）。`
    : `您提交的政府信息公开申请（受理编号：${input.caseNumber}）尚未经本机关确认收到。`;
  return {
    kind: "withdrawalConfirmation",
    title: LETTER_TITLES.withdrawalConfirmation,
    number: null,
    addressee: input.applicantName,
    date: input.date,
    paragraphs: [
      received,
      `您于${formatChineseDate(input.withdrawnOn)}撤回该申请。根据您的请求，本机关已终止办理该申请。`,
      "如仍需获取相关政府信息，您可以重新提出申请。",
    ],
    signature: input.agency.name,
  };
}

import type { LocalDate } from "@/lib/calendar";
import { REPLY_PERIOD_WORKING_DAYS } from "@/lib/clock/rules";
import type { Channel } from "@/lib/workflow/snapshot";
import { formatChineseDate } from "./format";
import { LETTER_TITLES } from "./kinds";
import type { AgencyLetterSettings, Letter, LetterIssue } from "./types";

export const CHANNEL_LABELS: Record<Channel, string> = {
  online: "网上（含电子邮件）",
  in_person: "当面",
  registered_mail: "信函（挂号/快递）",
  ordinary_mail: "信函（平信）",
  fax: "传真",
  oral: "口头（工作人员代为填写）",
};

/** How 条例第三十一条 fixes receivedOn for each channel (workflow.md §2). */
export const RECEIPT_RULES: Record<Channel, string> = {
  in_person: "当面提交申请的，以提交之日为收到申请之日（条例第三十一条第一项）",
  registered_mail: "以邮寄方式提交申请的，以本机关签收之日为收到申请之日（条例第三十一条第二项）",
  ordinary_mail:
    "以平常信函等无需签收的邮寄方式提交申请的，以本机关与申请人确认之日为收到申请之日（条例第三十一条第二项）",
  online: "通过互联网渠道提交申请的，以双方确认之日为收到申请之日（条例第三十一条第三项）",
  fax: "通过传真提交申请的，以双方确认之日为收到申请之日（条例第三十一条第三项）",
  oral: "口头提出、由工作人员代为填写的，以申请人确认申请内容之日为收到申请之日（条例第二十九条第一款、条例第三十一条）",
};

interface Tracking {
  caseNumber: string;
  trackingCode: string;
  applicantName: string;
}

/**
 * 提交凭证（尚未确认收到） — not a numbered letter. letters.md: case number, tracking code, what
 * happens next; no receipt date and no due date (the application is not received yet).
 */
export function buildSubmissionVoucher(input: {
  agency: Pick<AgencyLetterSettings, "name">;
  submittedOn: LocalDate;
  application: Tracking;
  /** The full public URL of the look-up page (lib/config publicUrl). */
  lookupUrl: string;
}): Letter {
  const { application: a } = input;
  return {
    kind: "submissionVoucher",
    title: LETTER_TITLES.submissionVoucher,
    number: null,
    addressee: a.applicantName,
    date: input.submittedOn,
    paragraphs: [
      `您的政府信息公开申请已提交至${input.agency.name}，尚待本机关确认收到。`,
      `受理编号：${a.caseNumber}；查询码：${a.trackingCode}（请妥善保存）。`,
      "本机关确认收到后，将向您出具申请接收回执，写明收到申请之日和答复期限。网上申请以双方确认之日为收到申请之日（条例第三十一条第三项）。",
      `您可凭查询码和提交申请时填写的联系电话，在 ${input.lookupUrl} 查询办理进度。`,
    ],
    signature: input.agency.name,
  };
}

/**
 * 申请接收回执 (letters.md): case number, tracking code, channel, receivedOn and the rule that fixed
 * it (第三十一条), the reply due date with the 20-working-day rule (第三十三条), how to follow it.
 * A due date in an unpublished year is printed as its 待定 label (workflow.md §3).
 */
export function buildReceipt(input: {
  agency: AgencyLetterSettings;
  issue: LetterIssue;
  application: Tracking & { channel: Channel; receivedOn: LocalDate };
  replyDueOn: LocalDate | null;
  /** Printed instead of the date when replyDueOn is null, e.g. 待定（2027年放假安排未公布）. */
  replyDuePendingLabel?: string;
  lookupUrl: string;
}): Letter {
  const { application: a } = input;
  const due = input.replyDueOn ? formatChineseDate(input.replyDueOn) : (input.replyDuePendingLabel ?? "待定");
  return {
    kind: "receipt",
    title: LETTER_TITLES.receipt,
    number: input.issue.number,
    addressee: a.applicantName,
    date: input.issue.date,
    paragraphs: [
      `本机关已收到您的政府信息公开申请，受理编号：${a.caseNumber}，查询码：${a.trackingCode}。`,
      `申请方式：${CHANNEL_LABELS[a.channel]}。收到申请之日：${formatChineseDate(a.receivedOn)}。${RECEIPT_RULES[a.channel]}。`,
      `根据条例第三十三条第一款，本机关将自收到申请之日起${REPLY_PERIOD_WORKING_DAYS}个工作日内予以答复，答复期限至${due}。` +
        "征求第三方和其他机关意见所需时间不计算在该期限内；需要延长答复期限的，本机关将另行书面告知。",
      `您可凭查询码和提交申请时填写的联系电话（法人或其他组织为联系人电话），在 ${input.lookupUrl} 查询办理进度和本机关出具的全部文书。`,
    ],
    signature: input.agency.name,
  };
}

import { letterDeliveries, type ApplicationRow, type LetterRow } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { LocalDate } from "@/lib/calendar";
import { publicUrl } from "@/lib/config";
import { LETTER_TITLES, type LetterKind } from "@/lib/letters";
import { letterPdfRef } from "@/lib/letters/signed/pdf-ref";
import { letterVerifyPath } from "@/lib/letters/signed/verify-path";
import { enqueueMail } from "@/lib/mail/outbox";
import { letterText } from "../case/letter-text";
import { LOOKUP_PATH } from "../lookup-path";
import { electronicChannels } from "./channels";

/**
 * 电子送达 of a letter to the applicant (条例第四十条; issue 16.3), in the issuing step's transaction:
 * 电子邮件 → an outbox message with the signed PDF attached by reference (streamed from storage when
 * sent), its delivery `queued` until the outbox sends it; 网上获取 → the letter is in the applicant's
 * view from now, so it is delivered today (fees.md §3 step 3, a Policy default: an online or e-mail
 * notice is received the day it is sent — the agency setting `electronicLetterDeliveredWhenSent`; off,
 * it is only `available` and a clerk records the delivery). Nothing when the applicant chose neither
 * (e.g. only 邮寄): the clerk delivers and records it. Returns whether an online delivery counts today.
 */
export async function queueLetterDeliveries(
  tx: Tx,
  input: { application: ApplicationRow; letter: LetterRow; concludes: boolean; deliveredWhenSent: boolean; now: Date; today: LocalDate },
): Promise<{ deliveredOnline: boolean }> {
  const { application, letter, concludes, deliveredWhenSent, now, today } = input;
  const channels = electronicChannels(application);
  const base = { letterId: letter.id, applicationId: application.id, concludes, queuedAt: now };
  if (channels.includes("email") && application.email) {
    const pdf = letterPdfRef(letter);
    const outboxId = await enqueueMail(tx, {
      kind: `letter_${letter.kind}`,
      applicationId: application.id,
      to: application.email,
      subject: `${LETTER_TITLES[letter.kind as LetterKind] ?? "文书"}${letter.number ? `（${letter.number}）` : ""}：${application.caseNumber}`,
      text: deliveryText(letter, application.caseNumber),
      attachments: pdf ? [{ storageKey: pdf.storageKey, filename: pdf.fileName, contentType: pdf.mime }] : [],
    });
    await tx.insert(letterDeliveries).values({ ...base, channel: "email", status: "queued", outboxId, address: application.email });
  }
  if (channels.includes("online") && !channels.includes("email") && application.email) {
    // Not a delivery (the applicant did not choose 电子邮件): a reminder that the letter is waiting online.
    await enqueueMail(tx, {
      kind: "new_letter_notice",
      applicationId: application.id,
      to: application.email,
      subject: `您的政府信息公开申请有新的文书：${application.caseNumber}`,
      text: noticeText(letter, application),
    });
  }
  if (channels.includes("online")) {
    await tx
      .insert(letterDeliveries)
      .values({ ...base, channel: "online", sentAt: now, ...(deliveredWhenSent ? { status: "delivered", deliveredOn: today } : { status: "available" }) });
  }
  return { deliveredOnline: channels.includes("online") && deliveredWhenSent };
}

/** Where the applicant reads it: the account that filed it, or the tracking-code look-up. */
function noticeText(letter: LetterRow, application: ApplicationRow): string {
  const where = application.userId ? `登录后在“我的申请”中查看：${publicUrl(`/account/applications/${application.id}`)}` : `凭查询码和联系电话查看：${publicUrl(LOOKUP_PATH)}`;
  const title = LETTER_TITLES[letter.kind as LetterKind] ?? "文书";
  return [
    `您的政府信息公开申请（申请编号：${application.caseNumber}）有新的文书《${title}》${letter.number ? `（${letter.number}）` : ""}。`,
    where,
    "",
    "本邮件仅为提醒，文书以本平台上的电子签章版本为准（您选择的获取方式为网上获取）。本邮件由系统发送，请勿直接回复。",
  ].join("\n");
}

/** The e-mail body: the letter as text, then how to check the attached signed PDF. */
function deliveryText(letter: LetterRow, caseNumber: string): string {
  const check = letter.number && letter.pdfSha256
    ? [
        "",
        "——",
        `本邮件附件为上述文书的电子签章PDF（${letter.number}.pdf），与纸质文书具有同等效力（《电子签名法》第十四条）。`,
        `文书编号：${letter.number}`,
        `SHA-256：${letter.pdfSha256}`,
        `核验地址：${publicUrl(letterVerifyPath(letter.number))}`,
      ]
    : [];
  return [letterText(letter.content), ...check, "", `申请编号：${caseNumber}。本邮件由系统发送，请勿直接回复。`].join("\n");
}

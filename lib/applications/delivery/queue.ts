import { letterDeliveries, type ApplicationRow, type LetterRow } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { LocalDate } from "@/lib/calendar";
import { publicUrl } from "@/lib/config";
import { LETTER_TITLES, type LetterKind } from "@/lib/letters";
import { letterPdfRef } from "@/lib/letters/signed/pdf-ref";
import { letterVerifyPath } from "@/lib/letters/signed/verify-path";
import { enqueueMail } from "@/lib/mail/outbox";
import { letterText } from "../case/letter-text";
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
  if (channels.includes("online")) {
    await tx
      .insert(letterDeliveries)
      .values({ ...base, channel: "online", sentAt: now, ...(deliveredWhenSent ? { status: "delivered", deliveredOn: today } : { status: "available" }) });
  }
  return { deliveredOnline: channels.includes("online") && deliveredWhenSent };
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

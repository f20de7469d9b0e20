import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";

/**
 * The .eml files the outbox's directory transport writes (no SMTP_URL: DATA_DIR/outbox), read in
 * tests with mailparser (nodemailer's own parser): headers, the decoded text, the attachments.
 * Relative imports only: the e2e specs use it too.
 */
export interface ReadMail {
  to: string;
  subject: string;
  text: string;
  /** file name → bytes */
  attachments: Map<string, Buffer>;
}

export async function readEml(raw: Buffer | string): Promise<ReadMail> {
  const mail = await simpleParser(raw);
  const to = [mail.to ?? []].flat().map((address) => address.text).join(", ");
  return {
    to,
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    attachments: new Map(mail.attachments.map((a) => [a.filename ?? "", a.content])),
  };
}

/** Every message in an outbox directory (none yet: empty). */
export async function outboxMails(directory: string): Promise<ReadMail[]> {
  const files = fs.existsSync(directory) ? fs.readdirSync(directory).filter((f) => f.endsWith(".eml")) : [];
  return Promise.all(files.map((file) => readEml(fs.readFileSync(path.join(directory, file)))));
}

import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import nodemailer from "nodemailer";

export interface MailMessage {
  /** Stable id (the outbox row id): a retried message keeps its Message-ID. */
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Opened from storage by the deliverer just before sending (the outbox row holds only references). */
  attachments?: { filename: string; contentType: string; content: Readable }[];
}

/** Where mail goes. One small interface so tests and deployments choose freely. */
export interface MailTransport {
  readonly name: string;
  send(message: MailMessage): Promise<void>;
}

function toNodemailer(message: MailMessage) {
  return {
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    messageId: `<${message.id}@outbox.portal>`,
    attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  };
}

/** SMTP through nodemailer (SMTP_URL, e.g. smtp://user:pass@host:587). */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: "smtp",
    async send(message) {
      await transporter.sendMail(toNodemailer(message));
    },
  };
}

/** No SMTP configured: each message becomes `<DATA_DIR>/outbox/<id>.eml`, readable in any mail client. */
export function emlDirectoryTransport(directory: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    name: "eml",
    async send(message) {
      const info = await composer.sendMail(toNodemailer(message));
      await fs.mkdir(directory, { recursive: true });
      await fs.writeFile(path.join(directory, `${message.id}.eml`), info.message as Buffer);
    },
  };
}

/** The transport this process's configuration asks for. */
export function transportFromConfig(config: { SMTP_URL?: string; DATA_DIR: string }): MailTransport {
  return config.SMTP_URL ? smtpTransport(config.SMTP_URL) : emlDirectoryTransport(path.join(path.resolve(config.DATA_DIR), "outbox"));
}

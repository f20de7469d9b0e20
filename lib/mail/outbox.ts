import { and, asc, eq, lte } from "drizzle-orm";
import { outbox, type OutboxAttachment, type OutboxMessage } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { getStorage, type FileStorage } from "@/lib/storage";
import type { MailMessage, MailTransport } from "./transport";

export interface OutgoingMail {
  kind: string;
  applicationId?: string | null;
  to: string;
  subject: string;
  text: string;
  /** Stored files (lib/storage keys) attached at send time. */
  attachments?: OutboxAttachment[];
}

/** Queue a message in the caller's transaction: it is sent only if that transaction commits. Returns the outbox row's id. */
export async function enqueueMail(tx: Queryable, mail: OutgoingMail): Promise<string> {
  // Due from the app's clock in milliseconds: the database's now() has microseconds, so a deliverer
  // running in the same millisecond (its `now` is a JS Date) would otherwise skip the row.
  const [row] = await tx
    .insert(outbox)
    .values({ ...mail, applicationId: mail.applicationId ?? null, attachments: mail.attachments ?? [], nextAttemptAt: new Date() })
    .returning({ id: outbox.id });
  return row!.id;
}

export const MAX_ATTEMPTS = 5;
/** Minutes to wait before attempt n+1 (1, 5, 30, 120). */
const BACKOFF_MINUTES = [1, 5, 30, 120];

export interface DeliveryReport {
  sent: number;
  failed: number;
  retrying: number;
}

/**
 * Send what is due. Rows are claimed with FOR UPDATE SKIP LOCKED inside one transaction per batch,
 * so several servers (or workers) running this at once never send a message twice; a failure is
 * retried with back-off and marked `failed` after MAX_ATTEMPTS.
 */
export async function deliverOutbox(
  db: Db,
  transport: MailTransport,
  now: Date = new Date(),
  { batchSize = 20, from = "政府信息公开平台 <noreply@localhost>", storage }: { batchSize?: number; from?: string; storage?: FileStorage } = {},
): Promise<DeliveryReport> {
  return db.transaction(async (tx) => {
    const report: DeliveryReport = { sent: 0, failed: 0, retrying: 0 };
    const due = await tx
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.createdAt))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    for (const message of due) {
      let attachments: MailMessage["attachments"];
      try {
        attachments = await openAttachments(message, storage);
        await transport.send({ id: message.id, from, to: message.to, subject: message.subject, text: message.text, attachments });
        await tx.update(outbox).set({ status: "sent", sentAt: now, attempts: message.attempts + 1, lastError: null }).where(eq(outbox.id, message.id));
        report.sent++;
      } catch (error) {
        const attempts = message.attempts + 1;
        const giveUp = attempts >= MAX_ATTEMPTS;
        const waitMinutes = BACKOFF_MINUTES[Math.min(attempts - 1, BACKOFF_MINUTES.length - 1)]!;
        await tx
          .update(outbox)
          .set({
            attempts,
            status: giveUp ? "failed" : "pending",
            lastError: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
            nextAttemptAt: new Date(now.getTime() + waitMinutes * 60_000),
          })
          .where(eq(outbox.id, message.id));
        if (giveUp) report.failed++;
        else report.retrying++;
      } finally {
        // A transport that failed before reading an attachment leaves its file open otherwise.
        for (const a of attachments ?? []) a.content.destroy();
      }
    }
    return report;
  });
}

/** Each attachment as a stream from storage (a missing file fails this attempt, which is retried). */
async function openAttachments(message: OutboxMessage, storage: FileStorage | undefined): Promise<MailMessage["attachments"]> {
  if (message.attachments.length === 0) return undefined;
  const store = storage ?? (await getStorage());
  return Promise.all(message.attachments.map(async (a) => ({ filename: a.filename, contentType: a.contentType, content: await store.read(a.storageKey) })));
}

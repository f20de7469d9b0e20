import { getDb } from "@/db/client";
import { config } from "@/lib/config";
import { pruneIdempotencyKeys } from "@/lib/idempotency";
import { deliverOutbox } from "@/lib/mail/outbox";
import { transportFromConfig } from "@/lib/mail/transport";

/**
 * Background work inside the server (architecture.md): for now the e-mail outbox and housekeeping.
 * Every step claims its rows with FOR UPDATE SKIP LOCKED, so several servers may run it at once;
 * set WORKER_DISABLED=1 on servers that should not. Deadline expiry and reminders join here later.
 */
const INTERVAL_MS = 30_000;
const globalForWorker = globalThis as unknown as { __portalWorker?: NodeJS.Timeout };

export async function runWorkerOnce(now = new Date()): Promise<void> {
  const db = await getDb();
  const settings = config();
  await deliverOutbox(db, transportFromConfig(settings), now, settings.MAIL_FROM ? { from: settings.MAIL_FROM } : {});
  await pruneIdempotencyKeys(db, now);
}

export function startWorker(): void {
  if (config().WORKER_DISABLED || globalForWorker.__portalWorker) return;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow SMTP server must not pile up overlapping runs
    running = true;
    try {
      await runWorkerOnce();
    } catch (error) {
      console.error("后台任务出错 / background work failed", error);
    } finally {
      running = false;
    }
  };
  globalForWorker.__portalWorker = setInterval(tick, INTERVAL_MS);
  globalForWorker.__portalWorker.unref();
  void tick();
}

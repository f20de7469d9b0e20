import { getDb } from "@/db/client";
import type { Db } from "@/db/types";
import { runDeadlineSteps, type DeadlineReport } from "@/lib/applications/background/deadline-steps";
import { sendReminders, type ReminderReport } from "@/lib/applications/background/reminders";
import { settleEmailDeliveries, type DeliverySettlement } from "@/lib/applications/delivery/settle";
import { config } from "@/lib/config";
import { runHousekeeping, type HousekeepingReport } from "@/lib/housekeeping";
import { sendSupervisionDigests } from "@/lib/supervision/digest";
import { deliverOutbox, type DeliveryReport } from "@/lib/mail/outbox";
import { logger } from "@/lib/log/logger";
import { transportFromConfig } from "@/lib/mail/transport";
import { metrics } from "@/lib/metrics/registry";

/**
 * Background work (issue 6; architecture.md): the deadline steps the worker takes as `system`
 * (expired corrections queued, unpaid fees closed, silent consultations ended), reminders and the
 * daily digest, the e-mail outbox with retries, housekeeping (rate-limit windows, expired
 * idempotency keys, used challenges, forgotten login throttles: lib/housekeeping). Every step claims its rows with
 * FOR UPDATE SKIP LOCKED or a unique key, so several servers (and `npm run worker`) may run it at
 * once; set WORKER_DISABLED=1 on servers that should not.
 */
const WORKER_INTERVAL_MS = 30_000;
declare global {
  // Kept on globalThis: one per process even if Next bundles this module into several chunks or `next dev` reloads it.
  var __portalWorker: NodeJS.Timeout | undefined;
}

export interface WorkerReport {
  deadlines: DeadlineReport;
  reminders: ReminderReport;
  outbox: DeliveryReport;
  /** Letters' e-mail deliveries settled after the outbox ran (issue 16.3). */
  letterDeliveries: DeliverySettlement;
  housekeeping: HousekeepingReport;
  /** Weekly 督办 digests queued this pass (issue 15.2). */
  supervisionDigests: number;
}

/** One pass. `now` is a parameter so tests can move the clock; the letters and mails it queues go out in the same pass. */
export async function runWorkerOnce(db: Db, now = new Date()): Promise<WorkerReport> {
  const settings = config();
  const deadlines = await runDeadlineSteps(db, now);
  const reminders = await sendReminders(db, now);
  const supervisionDigests = await sendSupervisionDigests(db, now);
  const outbox = await deliverOutbox(db, transportFromConfig(settings), now, settings.MAIL_FROM ? { from: settings.MAIL_FROM } : {});
  const letterDeliveries = await settleEmailDeliveries(db, now);
  const housekeeping = await runHousekeeping(db, now);
  return { deadlines, reminders, outbox, letterDeliveries, housekeeping, supervisionDigests };
}

/**
 * Run a pass every WORKER_INTERVAL_MS until stopped; a pass never overlaps the previous one (a slow
 * SMTP server must not pile them up). `stop` resolves once the pass under way has finished.
 */
export function runWorkerLoop(db: () => Promise<Db>, onError: (error: unknown) => void): { stop: () => Promise<void>; timer: NodeJS.Timeout } {
  let current: Promise<void> | null = null;
  const tick = () => {
    if (current) return;
    current = (async () => {
      const stopTimer = metrics().workerDuration.startTimer();
      try {
        await runWorkerOnce(await db());
        metrics().workerRuns.inc({ outcome: "ok" });
      } catch (error) {
        metrics().workerRuns.inc({ outcome: "failed" });
        onError(error);
      } finally {
        stopTimer();
        current = null;
      }
    })();
  };
  const timer = setInterval(tick, WORKER_INTERVAL_MS);
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await current;
    },
    timer,
  };
}

export function startWorker(): void {
  if (config().WORKER_DISABLED || globalThis.__portalWorker) return;
  const { timer } = runWorkerLoop(getDb, (error) => logger.error({ err: error }, "后台任务出错 / background work failed"));
  globalThis.__portalWorker = timer;
  timer.unref();
}

import { and, eq, inArray } from "drizzle-orm";
import { agencies, applications, letterDeliveries, outbox } from "@/db/schema";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import type { Db } from "@/db/types";
import { ConflictError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { chinaDate } from "@/lib/validation/china-date";
import { performSystemAction } from "../workbench/perform-action";

export interface DeliverySettlement {
  delivered: number;
  failed: number;
  /** `delivered` events the system appended to the ledger (the reply's or closing notice's e-mail). */
  recorded: number;
}

/**
 * Settle the e-mail deliveries whose outbox message has gone (run by the worker right after
 * deliverOutbox): sent → delivered on the Asia/Shanghai day the outbox sent it (fees.md §3 step 3 Policy
 * default: an e-mailed notice is received the day it is sent); failed → `failed`, never counted as
 * delivered, and shown on the case page so the clerk delivers otherwise. When the letter concluded
 * the case, the ledger's 送达 is recorded by the system through the clerk's step (条例第四十五条),
 * unless a delivery is already on file (the step's guard refuses it, which is no error here).
 * Each row is its own transaction, claimed with FOR UPDATE SKIP LOCKED.
 */
export async function settleEmailDeliveries(db: Db, now: Date): Promise<DeliverySettlement> {
  const report: DeliverySettlement = { delivered: 0, failed: 0, recorded: 0 };
  const due = await db
    .select({ id: letterDeliveries.id })
    .from(letterDeliveries)
    .innerJoin(outbox, eq(outbox.id, letterDeliveries.outboxId))
    .where(and(eq(letterDeliveries.status, "queued"), inArray(outbox.status, ["sent", "failed"])));
  for (const { id } of due) {
    try {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .select({ delivery: letterDeliveries, mail: outbox, policy: agencies.policy })
          .from(letterDeliveries)
          .innerJoin(outbox, eq(outbox.id, letterDeliveries.outboxId))
          .innerJoin(applications, eq(applications.id, letterDeliveries.applicationId))
          .innerJoin(agencies, eq(agencies.id, applications.agencyId))
          .where(and(eq(letterDeliveries.id, id), eq(letterDeliveries.status, "queued")))
          .for("update", { of: letterDeliveries, skipLocked: true });
        if (!row) return;
        const { delivery, mail } = row;
        if (mail.status === "failed") {
          await tx.update(letterDeliveries).set({ status: "failed", failedAt: now, lastError: mail.lastError }).where(eq(letterDeliveries.id, id));
          report.failed++;
          return;
        }
        const sentAt = mail.sentAt ?? now;
        if (!readAgencyPolicy(row.policy).electronicLetterDeliveredWhenSent) {
          // The agency turned the Policy default off: sent, but delivered only when a clerk records it.
          await tx.update(letterDeliveries).set({ status: "sent", sentAt }).where(eq(letterDeliveries.id, id));
          return;
        }
        const deliveredOn = chinaDate(sentAt);
        await tx.update(letterDeliveries).set({ status: "delivered", sentAt, deliveredOn }).where(eq(letterDeliveries.id, id));
        report.delivered++;
        if (!delivery.concludes) return;
        try {
          await performSystemAction(tx, delivery.applicationId, "recordDelivery", { method: "email", deliveredOn }, now);
          report.recorded++;
        } catch (error) {
          // Already delivered (a clerk, or the online channel the same day), archived or reopened since.
          if (!(error instanceof ConflictError)) throw error;
        }
      });
    } catch (error) {
      logger.error({ err: error, letterDeliveryId: id }, "电子送达记录失败 / settling an e-mail delivery failed");
    }
  }
  return report;
}

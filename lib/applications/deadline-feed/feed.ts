import { eq } from "drizzle-orm";
import { agencies, deadlineSubscriptions } from "@/db/schema";
import type { Db } from "@/db/types";
import { publicBaseUrl, publicUrl } from "@/lib/config";
import { chinaDate } from "@/lib/validation/china-date";
import { isFinished } from "@/lib/workflow/status";
import { loadCase } from "../case/load";
import { LOOKUP_PATH } from "../lookup-path";
import { deadlineEntries } from "./entries";
import { renderDeadlineFeed } from "./ics";
import { standingSubscription } from "./subscriptions";

/**
 * The iCal feed behind a subscription URL, computed on every fetch from the ledger by lib/clock (so
 * an extension or a pause moves the date at the next poll); null for an unknown or revoked token.
 */
export async function deadlineFeed(db: Db, token: string, now = new Date()): Promise<string | null> {
  const standing = await standingSubscription(db, token);
  if (!standing) return null;
  const { subscription, application } = standing;
  const file = await loadCase(db, application.id, chinaDate(now));
  if (!file) return null;
  const [agency] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, application.agencyId));
  const finished = isFinished(application.status);
  const entries = deadlineEntries(file.clock, { audience: subscription.audience, finished });
  const casePath =
    subscription.audience === "staff" ? `/staff/applications/${application.id}` : subscription.userId ? `/account/applications/${application.id}` : LOOKUP_PATH;
  const note = finished
    ? "本申请已办结，不再有待届满的期限。"
    : !file.clock
      ? "行政机关确认收到申请后开始计算答复期限（条例第三十一条）。"
      : entries.length === 0
        ? `计时中止：${file.clock.pausedBecause ?? "暂停计算"}`
        : null;
  await db.update(deadlineSubscriptions).set({ lastFetchedAt: now }).where(eq(deadlineSubscriptions.id, subscription.id));
  return renderDeadlineFeed(
    { applicationId: application.id, caseNumber: application.caseNumber, agencyName: agency?.name ?? "", caseUrl: publicUrl(casePath), host: new URL(publicBaseUrl()).host, note },
    entries,
    now,
  );
}

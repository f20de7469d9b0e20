import { and, eq } from "drizzle-orm";
import { agencies, sentNotices, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { publicUrl } from "@/lib/config";
import { enqueueMail } from "@/lib/mail/outbox";
import { chinaToday } from "@/lib/validation/china-date";
import { loadSupervisionOverview, type SupervisionOverview } from "./overview";

/** The Monday (China time) of the week `today` is in: the key of that week's digest. */
export function weekOf(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** The weekly 督办 digest's text: one line per agency with something to follow up, then the page. */
export function supervisionDigestText(overview: SupervisionOverview): string {
  const lines = overview.agencies
    .filter((a) => a.overdue + a.dueSoon + a.unansweredFeeNotices + a.openNotes > 0 || a.lateReport)
    .map((a) => {
      const parts = [`办理中${a.open}件`, `已超期${a.overdue}件`, `${overview.dueSoonBy}前到期${a.dueSoon}件`, `收费通知待申请人答复${a.unansweredFeeNotices}件`];
      if (a.openNotes > 0) parts.push(`督办事项未处理${a.openNotes}件`);
      if (a.lateReport) parts.push(`${a.lateReport.year}年度报告逾期未发布（应于${a.lateReport.dueOn}前发布）`);
      return `· ${a.name}：${parts.join("，")}`;
    });
  return [
    `本周（${weekOf(overview.today)}起）各机关依申请公开办理情况：`,
    ...(lines.length > 0 ? lines : ["· 各机关均无超期、临期案件和待处理事项。"]),
    "",
    `详情请登录督办页面查看：${publicUrl("/staff/supervision")}`,
  ].join("\n");
}

/**
 * 每周督办摘要 (issue 15.2): the first worker pass of each week mails every enabled supervisor of the
 * host agency the overview, once (sent_notices key per supervisor and week, claimed in the transaction
 * that queues the mail, so several workers never send it twice).
 */
export async function sendSupervisionDigests(db: Db, now: Date): Promise<number> {
  const week = weekOf(chinaToday(now));
  const supervisors = await db
    .select({ userId: users.id, name: users.name, email: users.email, agencyId: users.agencyId })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(users.role, "supervisor"), eq(users.disabled, false), eq(agencies.platformHost, true)));
  let sent = 0;
  for (const s of supervisors) {
    if (!s.email) continue;
    const overview = await loadSupervisionOverview(db, { userId: s.userId, role: "supervisor", agencyId: s.agencyId, name: s.name }, now);
    const queued = await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(sentNotices)
        .values({ key: `supervision-digest:${s.userId}:${week}`, kind: "supervision_digest", agencyId: s.agencyId })
        .onConflictDoNothing()
        .returning({ key: sentNotices.key });
      if (claimed.length === 0) return false;
      await enqueueMail(tx, { kind: "supervision_digest", applicationId: null, to: s.email!, subject: `督办周报（${week}起）`, text: supervisionDigestText(overview) });
      return true;
    });
    if (queued) sent += 1;
  }
  return sent;
}

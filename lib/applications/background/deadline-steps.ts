import { and, eq, sql, type SQL } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Db, Tx } from "@/db/types";
import { ConflictError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { chinaDate } from "@/lib/validation/china-date";
import { hasPassed, pauseDeadline } from "@/lib/workflow/deadlines";
import { isOpenConsultation } from "@/lib/workflow/guards";
import { correctionDeadlinePassedSql } from "../workbench/correction-queue";
import type { SystemAction } from "../case/steps";
import { loadCase } from "../case/load";
import { ledgerPayloadField } from "../case/ledger-sql";
import { performSystemAction } from "../workbench/perform-action";
import { assigneesOf } from "./assignee";
import { prefilterCutoffs } from "./prefilter";
import { logger } from "@/lib/log/logger";

export interface DeadlineReport {
  correctionsQueued: number;
  feesClosed: number;
  consultationsEnded: number;
  /** Candidates another worker held, or that lib/workflow refused (not due after all, already done). */
  skipped: number;
  failed: number;
}

/**
 * The deadline steps the worker takes as `system` (issue 6; workflow.md §4, fees.md §3.5), each
 * through performAction's path. `now` is a parameter so tests can move the clock. The SQL below only
 * narrows the candidates; lib/workflow's guard, judged under the row lock, decides. Each
 * application is one transaction whose row is claimed with FOR UPDATE SKIP LOCKED, so several
 * servers running this at once never process one twice, and a re-run finds nothing left to do.
 */
export async function runDeadlineSteps(db: Db, now: Date): Promise<DeadlineReport> {
  const today = chinaDate(now);
  const report: DeadlineReport = { correctionsQueued: 0, feesClosed: 0, consultationsEnded: 0, skipped: 0, failed: 0 };

  // 补正期限已届满 (条例第三十条): queued for a reviewer, never closed here.
  for (const id of await candidates(db, "awaiting_correction", expiredCorrection(today))) {
    report.correctionsQueued += await step(db, id, "correctionDeadlinePassed", report, async (tx) => [await performSystemAction(tx, id, "correctionDeadlinePassed", {}, now)]);
  }
  // 逾期未缴费 (fees.md §3.5): closed with （六）2 and a numbered 终止办理告知书.
  for (const id of await candidates(db, "in_progress", openFeeNotice(today))) {
    report.feesClosed += await step(db, id, "closeForUnpaidFee", report, async (tx) => [await performSystemAction(tx, id, "closeForUnpaidFee", {}, now)]);
  }
  // 征求意见期限届满未提出意见 (条例第三十二、三十四条): the consultation ends; the agency decides.
  for (const id of await candidates(db, "in_progress", silentConsultation(today))) {
    report.consultationsEnded += await step(db, id, "endConsultation", report, async (tx) => {
      const file = (await loadCase(tx, id, today))!;
      const expired = file.snapshot.consultations.filter(
        (c) => isOpenConsultation(c) && file.clock !== null && hasPassed(pauseDeadline(file.clock, "consultation", c.id), today),
      );
      const outcomes = [];
      for (const c of expired) outcomes.push(await performSystemAction(tx, id, "endConsultation", { consultationId: c.id }, now));
      return outcomes;
    });
  }
  return report;
}

/**
 * Applications in `status` matching `condition` (ids only, no lock: the step claims each row). No
 * limit: the sets are the open pauses and corrections past a date — a handful a day, a backlog
 * after downtime — and a limit could be filled by candidates the guard keeps refusing.
 */
async function candidates(db: Db, status: "awaiting_correction" | "in_progress", condition: SQL): Promise<string[]> {
  const rows = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.status, status), eq(applications.archived, false), condition));
  return rows.map((r) => r.id);
}

/** A passed correction deadline (the inbox's rule) not yet recorded, nor received since. */
const expiredCorrection = (today: string) => sql`${correctionDeadlinePassedSql(today)} and not exists (
  select 1 from application_events x
  where x.application_id = ${applications.id} and x.type in ('correctionDeadlinePassed', 'correctionReceived')
)`;

/**
 * An issued fee notice received before the prefilter's cutoff (prefilter.ts) and neither paid nor
 * cancelled; a reduction restarts the days to pay (its own date counts).
 */
const openFeeNotice = (today: string) => sql`exists (
  select 1 from application_events r
  where r.application_id = ${applications.id} and r.type in ('feeNoticeReceived', 'feeReduced') and r.occurred_on < ${prefilterCutoffs(today).feeNoticeReceivedBefore}
    and not exists (
      select 1 from application_events x
      where x.application_id = r.application_id and x.type in ('feePaid', 'feeCancelled', 'feeReduced', 'feeDeclined')
        and ${ledgerPayloadField(["feePaid", "feeCancelled", "feeReduced", "feeDeclined"], "pauseId", "x")} = ${ledgerPayloadField(["feeNoticeReceived", "feeReduced"], "pauseId", "r")} and x.seq > r.seq
    )
)`;

/**
 * A consultation sent before the prefilter's cutoff (prefilter.ts) without an opinion or an end; its
 * exact deadline, counted from delivery (or sending), is checked per case (workflow.md §4).
 */
const silentConsultation = (today: string) => sql`exists (
  select 1 from application_events r
  where r.application_id = ${applications.id} and r.type = 'consultationSent' and r.occurred_on < ${prefilterCutoffs(today).consultationSentBefore}
    and not exists (
      select 1 from application_events x
      where x.application_id = r.application_id and x.type in ('consultationAnswered', 'consultationEnded')
        and ${ledgerPayloadField(["consultationAnswered", "consultationEnded"], "pauseId", "x")} = ${ledgerPayloadField("consultationSent", "pauseId", "r")}
    )
)`;

/**
 * The system steps taken on a deadline: the electronic 送达 is recorded by lib/applications/delivery,
 * and a consultee's online opinion (consultation-online) is filed on its behalf — neither is a deadline.
 */
type DeadlineAction = Exclude<SystemAction, "recordDelivery" | "recordConsultationOpinion">;

const NOTICES: Record<DeadlineAction, { subject: string; text: string }> = {
  correctionDeadlinePassed: {
    subject: "补正期限已届满，待确认",
    text: "申请人未在补正期限内补正，本申请已移入“补正期限已届满，待确认”队列，请审核人确认视为放弃或接受逾期补正（条例第三十条）。",
  },
  closeForUnpaidFee: {
    subject: "逾期未缴费，已终止办理",
    text: "申请人未在期限内缴纳信息处理费，系统已终止办理并出具《终止办理告知书》。",
  },
  endConsultation: {
    subject: "征求意见期限届满",
    text: "被征求意见方在期限内未提出意见，征求意见已结束，请依照条例第三十二条决定是否公开并继续办理。",
  },
};

/**
 * One application in its own transaction: claim the row (skip it if another worker holds it), take
 * the step(s), tell the assignee. Returns how many steps were taken.
 */
async function step(db: Db, id: string, action: DeadlineAction, report: DeadlineReport, work: (tx: Tx) => Promise<unknown[]>): Promise<number> {
  try {
    return await db.transaction(async (tx) => {
      const [claimed] = await tx
        .select({ agencyId: applications.agencyId, caseNumber: applications.caseNumber })
        .from(applications)
        .where(eq(applications.id, id))
        .for("update", { skipLocked: true });
      const taken = claimed ? (await work(tx)).length : 0;
      if (taken === 0) {
        report.skipped++;
        return 0;
      }
      const notice = NOTICES[action];
      for (const staff of await assigneesOf(tx, id, claimed!.agencyId)) {
        // Reviewers already hear of the correction queue through the step itself (notifyReviewers).
        if (action === "correctionDeadlinePassed" && staff.role === "reviewer") continue;
        await enqueueMail(tx, {
          kind: `worker_${action}`,
          applicationId: id,
          to: staff.email,
          subject: `${notice.subject}：${claimed!.caseNumber}`,
          text: `${staff.name}：\n${notice.text}\n申请编号：${claimed!.caseNumber}\n办理页面：/staff/applications/${id}`,
        });
      }
      return taken;
    });
  } catch (error) {
    if (error instanceof ConflictError) {
      report.skipped++; // lib/workflow's guard: not due after all, or done by someone else first
      return 0;
    }
    report.failed++;
    logger.error({ err: error, applicationId: id }, "后台任务：申请处理失败 / deadline step failed");
    return 0;
  }
}

import { eq } from "drizzle-orm";
import { applicationEvents, applications } from "@/db/schema";
import type { Db } from "@/db/types";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { chinaDate } from "@/lib/validation/china-date";
import { fieldErrors } from "@/lib/validation/zod";
import { withdrawSchema } from "./withdraw-schema";
import { DECISIONS, type DecisionCode } from "@/lib/workflow/decisions";
import { isFinished } from "@/lib/workflow/status";

/**
 * The decision of an application its applicant withdrew (workflow.md §5: row （六）3 其他处理,
 * Policy default; lib/workflow/decisions.ts).
 */
export const WITHDRAWN_DECISION: DecisionCode = "withdrawn";


export interface WithdrawalConfirmation {
  caseNumber: string;
  withdrawnOn: string;
}

/**
 * 撤回申请: the applicant may withdraw before the reply (workflow.md §6). The application is closed
 * at the applicant's request, an applicant-visible event is recorded, and a 撤回确认 is shown (and
 * e-mailed when an address was given).
 */
export async function withdrawApplication(db: Db, actor: Actor, id: string, input: unknown, now = new Date()): Promise<WithdrawalConfirmation> {
  assertRole(actor, ["citizen"]);
  const parsed = withdrawSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();

  return db.transaction(async (tx) => {
    const [application] = await tx.select().from(applications).where(eq(applications.id, id)).for("update");
    if (!application || application.userId !== actor.userId) throw new NotFoundError("未找到该申请，或该申请不是通过您的账号提交的。");
    const withdrawnOn = chinaDate(now);
    // lib/workflow TRANSITIONS.withdraw: before the reply, and not from the archive.
    if (isFinished(application.status) || application.archived) {
      throw new ConflictError("该申请已经答复或已经终止，不能再撤回。");
    }
    await tx
      .update(applications)
      .set({
        status: "closed",
        decision: WITHDRAWN_DECISION,
        // The annual-report cache (annual-report.md): finished the day it was withdrawn, in its row.
        finishedOn: withdrawnOn,
        reportRow: DECISIONS[WITHDRAWN_DECISION].reportRow,
        version: application.version + 1, updatedAt: now })
      .where(eq(applications.id, id));
    await tx.insert(applicationEvents).values({
      applicationId: id,
      type: "withdrawn",
      at: now,
      occurredOn: withdrawnOn,
      actorKind: "applicant",
      actorId: actor.userId,
      actorName: actor.name,
      reason: parsed.data.reason || null,
      before: { status: application.status },
      after: { status: "closed", decision: WITHDRAWN_DECISION },
      applicantVisible: true,
    });
    if (application.email) {
      await enqueueMail(tx, {
        kind: "withdrawal_confirmation",
        applicationId: id,
        to: application.email,
        subject: `撤回确认：${application.caseNumber}`,
        text: `${application.applicantName}：\n\n您已于${withdrawnOn}撤回受理编号为 ${application.caseNumber} 的政府信息公开申请。该申请已应您的要求终止办理。\n\n如仍需获取相关政府信息，可以重新提出申请。\n\n本邮件由系统自动发送，请勿直接回复。`,
      });
    }
    return { caseNumber: application.caseNumber, withdrawnOn };
  });
}

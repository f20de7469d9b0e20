import { and, eq } from "drizzle-orm";
import { applicationEvents, applications, users } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AgencyPolicy } from "@/lib/agencies/policy";
import { recordApplicationAction } from "@/lib/audit";
import type { Actor } from "@/lib/auth/roles";
import { publicUrl } from "@/lib/config";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { chinaDate } from "@/lib/validation/china-date";
import { reportRowOf, SYSTEM_ACTOR, type DecisionCode, type WorkflowActor } from "@/lib/workflow";
import { checkAction, TRANSITIONS } from "@/lib/applications/case/engine";
import { isFinished, type ApplicationStatus } from "@/lib/workflow/status";
import { issueLetter } from "./issue-letter";
import { ledgerRowsOf } from "./ledger";
import { clockOf, loadCase, type CaseFile } from "./load";
import { caseServices } from "./services-db";
import type { HandlerContext, PreparedStep } from "./step";
import { STEPS, type ActionCode, type ActionInputs } from "./steps";
import { queueLetterDeliveries } from "../delivery/queue";

export interface ActionOutcome {
  applicationId: string;
  status: string;
  eventId: string;
  letterId: string | null;
  letterNumber: string | null;
}

/**
 * Who takes a step: the rules' view of them, how the ledger and the audit name them, and the
 * record-level access check made on the locked row before anything else is read.
 */
export interface Party {
  actor: WorkflowActor;
  kind: "staff" | "applicant" | "system";
  name: (file: CaseFile) => string;
  /** The audit entry's actor (null: an applicant without an account, named by actorName). */
  auditActor: Actor | null;
  authorize: (file: CaseFile) => void;
}

/** The background worker (`system`): it takes the steps no person takes (workflow.md §6), for every agency. */
export const SYSTEM_PARTY: Party = { actor: SYSTEM_ACTOR, kind: "system", name: () => "系统", auditActor: null, authorize: () => {} };

/** One step on a locked application: the body of every use case of the workflow (staff or applicant). */
/** A step bound to its parsed form, as the engine runs it (any step's input, any event). */
export type BoundStep = PreparedStep<ActionInputs[ActionCode]>;

export async function applyStep(tx: Tx, party: Party, applicationId: string, action: ActionCode, step: BoundStep, now: Date): Promise<ActionOutcome> {
  const rule = TRANSITIONS[action];
  const today = chinaDate(now);
  const file = await loadCase(tx, applicationId, today, { lock: true });
  if (!file) throw new NotFoundError("未找到该申请。");
  party.authorize(file);
  const staff = party.kind === "staff" ? party.auditActor : null;
  const ctx: HandlerContext = { file, actor: party.actor, staff, now, today, services: caseServices(tx, file, { staff, now, today }), newId: crypto.randomUUID() };

  const input = await step.input(ctx);
  const check = checkAction(file.snapshot, party.actor, action, input, today, file.env);
  if (!check.ok) throw new ConflictError(check.reason);

  const effects = await step.effects(ctx);
  const decision = check.decision ?? file.row.decision;
  const finish = reportColumns(file.row.status, check, effects.occurredOn ?? today, file.policy);
  const [event] = await tx
    .insert(applicationEvents)
    .values({
      applicationId,
      type: check.event,
      at: now,
      occurredOn: effects.occurredOn,
      actorKind: party.kind,
      actorId: party.actor.userId,
      actorName: party.name(file),
      basis: check.basis,
      reason: effects.reason ?? null,
      before: { status: file.row.status, decision: file.row.decision, archived: file.row.archived },
      after: { status: check.to, decision, archived: effects.columns?.archived ?? file.row.archived },
      applicantVisible: effects.applicantVisible,
      payload: effects.payload ?? {},
    })
    .returning();
  const added = [event!];
  for (const followUp of effects.followUps ?? []) {
    added.push((await tx.insert(applicationEvents).values({ applicationId, at: now, actorKind: "system", ...followUp }).returning())[0]!);
  }

  // The clock is derived from the ledger as it now stands; replyDueOn is only its cache.
  // (the ledger read under the row lock plus the rows just appended: nobody else can add one meanwhile)
  const events = [...file.events, ...ledgerRowsOf(added)];
  const clock = clockOf(events, file.calendar, file.policy, today);
  // A split application replies through its sub-applications (一事一申请): it has no due date of its own.
  const split = file.snapshot.hasSubApplications || check.event === "applicationSplit";
  await tx
    .update(applications)
    .set({
      // Until someone is assigned, the clerk who confirms receipt handles the case (as the reminders assume).
      ...(check.event === "received" && file.row.assigneeId === null && party.kind === "staff" && ctx.staff ? { assigneeId: ctx.staff.userId } : {}),
      ...effects.columns,
      ...finish,
      status: check.to,
      decision,
      clockStartOn: clock?.clockStartOn ?? null,
      replyDueOn: split ? null : (clock?.replyDueOn ?? null),
      provisionalReplyDueOn: split ? null : (clock?.provisional?.replyDueOn ?? null),
      version: file.row.version + 1,
      updatedAt: now,
    })
    .where(eq(applications.id, applicationId));

  let letter: Awaited<ReturnType<typeof issueLetter>> | null = null;
  let deliveredOnlineToday = false;
  if (check.letter && step.letter) {
    letter = await issueLetter(tx, {
      agency: file.agency,
      applicationId,
      eventId: event!.id,
      kind: check.letter,
      plan: step.letter(ctx),
      clock,
      issuedOn: today,
      now,
      issuedBy: party.kind === "staff" ? party.actor.userId : null,
    });
    if (letter.applicantVisible) {
      const concludes = isFinished(check.to) && !isFinished(file.row.status);
      const deliveredWhenSent = file.policy.electronicLetterDeliveredWhenSent;
      const { deliveredOnline } = await queueLetterDeliveries(tx, { application: file.row, letter, concludes, deliveredWhenSent, now, today });
      deliveredOnlineToday = concludes && deliveredOnline;
    }
  }
  if (step.notifyReviewers) await notifyReviewers(tx, file.row.agencyId, applicationId, `${rule.label}：${file.row.caseNumber}`, party.kind === "system" ? "系统记录了" : `${party.name(file)}提交了`);

  await recordApplicationAction(tx, party.auditActor, {
    ...(party.kind === "applicant" ? { applicantName: party.name(file) } : {}),
    agencyId: file.row.agencyId,
    applicationId,
    action,
    fromStatus: file.row.status,
    toStatus: check.to,
    ...(letter?.number ? { details: { letter: letter.number } } : {}),
  });
  // The reply (closing notice) is in the applicant's view today: its 送达 is recorded now, by the
  // system, through the same step a clerk takes (条例第四十五条; fees.md §3 step 3 Policy default).
  if (deliveredOnlineToday) {
    await applyStep(tx, SYSTEM_PARTY, applicationId, "recordDelivery", STEPS.recordDelivery.prepare({ method: "online", deliveredOn: today }, "system"), now);
  }
  return { applicationId, status: check.to, eventId: event!.id, letterId: letter?.id ?? null, letterNumber: letter?.number ?? null };
}

/**
 * The annual-report cache (annual-report.md § Table 三): a step that finishes the application with
 * a decision fixes the day it finished and its row; a reopening for a new reply (workflow.md §5
 * Policy default: it counts in the year of its last reply) clears them until the new reply.
 */
function reportColumns(
  from: ApplicationStatus,
  check: { to: ApplicationStatus; decision: DecisionCode | null },
  occurredOn: string,
  policy: Pick<AgencyPolicy, "queryMatterReportRow">,
): { finishedOn: string | null; reportRow: string | null } | Record<string, never> {
  if (check.decision && isFinished(check.to)) return { finishedOn: occurredOn, reportRow: reportRowOf(check.decision, policy) };
  if (isFinished(from) && !isFinished(check.to)) return { finishedOn: null, reportRow: null };
  return {};
}

/** The heads of the disclosure office decide approvals (workflow.md §6): tell them a step waits. */
/** `by` says who did what, e.g. 张三提交了 or 系统记录了. */
async function notifyReviewers(tx: Tx, agencyId: string, applicationId: string, subject: string, by: string) {
  const reviewers = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.role, "reviewer"), eq(users.disabled, false)));
  for (const reviewer of reviewers) {
    if (!reviewer.email) continue;
    await enqueueMail(tx, {
      kind: "workbench_review_request",
      applicationId,
      to: reviewer.email,
      subject: `待审核：${subject}`,
      text: `${by}“${subject}”，请登录工作台审核：${publicUrl(`/staff/applications/${applicationId}`)}`,
    });
  }
}

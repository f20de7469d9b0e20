import { and, eq } from "drizzle-orm";
import { applicationEvents, applications, users } from "@/db/schema";
import type { Db, Tx } from "@/db/types";
import { recordApplicationAction } from "@/lib/audit";
import { assertRole, assertSameAgency, ROLE_LABELS, STAFF_ROLES, type Actor } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { LETTER_TITLES } from "@/lib/letters";
import { enqueueMail } from "@/lib/mail/outbox";
import { chinaDate } from "@/lib/validation/china-date";
import { fieldErrors } from "@/lib/validation/zod";
import { checkAction, TRANSITIONS, type ActionInputs } from "@/lib/workflow";
import type { ActionHandler, HandlerContext, Performer } from "./handler";
import { HANDLERS, isStaffAction, SYSTEM_HANDLERS, type StaffAction, type SystemAction } from "./handlers";
import { issueLetter } from "./issue-letter";
import { letterText } from "./letter-text";
import { clockOf, loadCase } from "./load-case";

export interface ActionOutcome {
  applicationId: string;
  status: string;
  eventId: string;
  letterId: string | null;
  letterNumber: string | null;
}

/**
 * Every staff step on an application, as one use case in one transaction (workflow.md §6):
 * lock the application row, rebuild the snapshot from the ledger, let lib/workflow judge role,
 * agency, status and guard (refusing with its Chinese reason), append the event (who, when, legal
 * basis, reason, before/after), recompute the clock and store its replyDueOn cache, issue the
 * numbered letter, queue the e-mails and write the audit entry. Two staff acting at once queue on
 * the row lock; the second is judged against the first one's result.
 */
export async function performAction(
  db: Db,
  actor: Actor,
  applicationId: string,
  action: string,
  rawInput: unknown,
  { now = new Date() }: { now?: Date } = {},
): Promise<ActionOutcome> {
  const prepared = prepare(actor, action, rawInput);
  return db.transaction((tx) => apply(tx, actor, applicationId, prepared, now));
}

/** The background worker (`system`): the performer of the steps no person takes (workflow.md §6). */
const SYSTEM_PERFORMER: Performer = { role: "system", userId: null, agencyId: null, name: "系统" };

/**
 * A step of the background worker (lib/worker), inside the worker's transaction: the same path
 * as a staff step (row lock, lib/workflow's judgement, event by `system`, clock, letter, audit).
 */
export async function performSystemAction(tx: Tx, applicationId: string, action: SystemAction, rawInput: unknown, now: Date): Promise<ActionOutcome> {
  const handler = SYSTEM_HANDLERS[action] as unknown as ActionHandler<StaffAction>;
  const parsed = handler.form.safeParse(rawInput ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  return apply(tx, SYSTEM_PERFORMER, applicationId, { action: action as StaffAction, handler, form: parsed.data }, now);
}

/** The same step inside a caller's transaction (e.g. registering an offline application and receiving it at once). */
export async function performActionInTransaction(tx: Tx, actor: Actor, applicationId: string, action: string, rawInput: unknown, now: Date): Promise<ActionOutcome> {
  return apply(tx, actor, applicationId, prepare(actor, action, rawInput), now);
}

interface Prepared {
  action: StaffAction;
  handler: ActionHandler<StaffAction>;
  form: unknown;
}

/** Role and form checks that need no record: refused before any lock is taken. */
function prepare(actor: Actor, action: string, rawInput: unknown): Prepared {
  assertRole(actor, STAFF_ROLES);
  if (!isStaffAction(action)) throw new NotFoundError("不支持的办理操作。");
  const rule = TRANSITIONS[action];
  if (!(rule.roles as readonly string[]).includes(actor.role)) {
    throw new ForbiddenError(`${ROLE_LABELS[actor.role]}不能办理“${rule.label}”。`);
  }
  const handler = HANDLERS[action] as unknown as ActionHandler<StaffAction>;
  const parsed = handler.form.safeParse(rawInput ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  return { action, handler, form: parsed.data };
}

async function apply(tx: Tx, actor: Performer, applicationId: string, { action, handler, form }: Prepared, now: Date): Promise<ActionOutcome> {
  const rule = TRANSITIONS[action];
  const today = chinaDate(now);
  const file = await loadCase(tx, applicationId, today, { lock: true });
  if (!file) throw new NotFoundError("未找到该申请。");
  if (actor.role !== "system") assertSameAgency(actor as Actor, file.row.agencyId);
  const ctx: HandlerContext = { tx, file, actor, now, today };

  const input = (await handler.input(form, ctx)) as ActionInputs[StaffAction];
  const check = checkAction(file.snapshot, actor, action, input, today, file.env);
  if (!check.ok) throw new ConflictError(check.reason);

  const effects = await handler.effects(form, ctx);
  const decision = check.decision ?? file.row.decision;
  const [event] = await tx
    .insert(applicationEvents)
    .values({
      applicationId,
      type: check.event,
      at: now,
      occurredOn: effects.occurredOn,
      actorKind: actor.role === "system" ? "system" : "staff",
      actorId: actor.userId,
      actorName: actor.name,
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
  const events = [...file.events, ...added];
  const clock = clockOf(events, file.calendar, file.policy, today);
  await tx
    .update(applications)
    .set({
      ...effects.columns,
      status: check.to,
      decision,
      clockStartOn: clock?.clockStartOn ?? null,
      replyDueOn: clock?.replyDueOn ?? null,
      version: file.row.version + 1,
      updatedAt: now,
    })
    .where(eq(applications.id, applicationId));

  let letter: Awaited<ReturnType<typeof issueLetter>> | null = null;
  if (check.letter && handler.letter) {
    letter = await issueLetter(tx, {
      agency: file.agency,
      applicationId,
      eventId: event!.id,
      kind: check.letter,
      plan: handler.letter(form, ctx),
      clock,
      issuedOn: today,
      now,
      issuedBy: actor.userId,
    });
    if (letter.applicantVisible && file.row.email) {
      await enqueueMail(tx, {
        kind: `letter_${letter.kind}`,
        applicationId,
        to: file.row.email,
        subject: `${LETTER_TITLES[check.letter]}：${file.row.caseNumber}`,
        text: letterText(letter.content),
      });
    }
  }
  if (handler.notifyReviewers) await notifyReviewers(tx, file.row.agencyId, applicationId, `${rule.label}：${file.row.caseNumber}`, actor);

  await recordApplicationAction(tx, actor.role === "system" ? null : (actor as Actor), {
    agencyId: file.row.agencyId,
    applicationId,
    action,
    fromStatus: file.row.status,
    toStatus: check.to,
    ...(letter?.number ? { details: { letter: letter.number } } : {}),
  });
  return { applicationId, status: check.to, eventId: event!.id, letterId: letter?.id ?? null, letterNumber: letter?.number ?? null };
}

/** The heads of the disclosure office decide approvals (workflow.md §6): tell them a step waits. */
async function notifyReviewers(tx: Tx, agencyId: string, applicationId: string, subject: string, actor: Performer) {
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
      text: `${actor.role === "system" ? "系统记录了" : `${actor.name}提交了`}“${subject}”，请登录工作台审核：/staff/applications/${applicationId}`,
    });
  }
}

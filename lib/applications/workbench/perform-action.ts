import type { Db, Tx } from "@/db/types";
import { assertRole, assertSameAgency, ROLE_LABELS, STAFF_ROLES, type Actor } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { TRANSITIONS } from "@/lib/applications/case/engine";
import { applyStep, SYSTEM_PARTY, type ActionOutcome, type Party } from "../case/apply";
import type { BoundStep } from "../case/apply";
import { isStaffAction, STEPS, type ActionCode, type SystemAction } from "../case/steps";

export type { ActionOutcome } from "../case/apply";

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
  return db.transaction((tx) => applyStep(tx, staffParty(actor), applicationId, prepared.action, prepared.step, now));
}


/**
 * A step of the background worker (lib/worker), inside the worker's transaction: the same path
 * as a staff step (row lock, lib/workflow's judgement, event by `system`, clock, letter, audit).
 */
export async function performSystemAction(tx: Tx, applicationId: string, action: SystemAction, rawInput: unknown, now: Date): Promise<ActionOutcome> {
  return applyStep(tx, SYSTEM_PARTY, applicationId, action, STEPS[action].prepare(rawInput, "system"), now);
}

/** The same step inside a caller's transaction (e.g. registering an offline application and receiving it at once). */
export async function performActionInTransaction(tx: Tx, actor: Actor, applicationId: string, action: string, rawInput: unknown, now: Date): Promise<ActionOutcome> {
  const prepared = prepare(actor, action, rawInput);
  return applyStep(tx, staffParty(actor), applicationId, prepared.action, prepared.step, now);
}

function staffParty(actor: Actor): Party {
  return { actor, kind: "staff", name: () => actor.name, auditActor: actor, authorize: (file) => assertSameAgency(actor, file.row.agencyId) };
}

/** Role and form checks that need no record: refused before any lock is taken. */
function prepare(actor: Actor, action: string, rawInput: unknown): { action: ActionCode; step: BoundStep } {
  assertRole(actor, STAFF_ROLES);
  if (!isStaffAction(action)) throw new NotFoundError("不支持的办理操作。");
  const rule = TRANSITIONS[action];
  if (!(rule.roles as readonly string[]).includes(actor.role)) {
    throw new ForbiddenError(`${ROLE_LABELS[actor.role]}不能办理“${rule.label}”。`);
  }
  return { action, step: STEPS[action].prepare(rawInput, "staff") };
}



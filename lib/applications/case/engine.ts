import type { z } from "zod";
import { ownsApplication } from "@/lib/applications/ownership";
import type { LocalDate } from "@/lib/calendar";
import type { LetterKind } from "@/lib/letters/kinds";
import { DECISIONS, type DecisionCode } from "@/lib/workflow/decisions";
import type { StepEventType } from "./ledger-schema";
import { filled, type Refusal } from "@/lib/workflow/guards";
import type { ApplicationSnapshot, GuardContext, RuleEnvironment, WorkflowActor } from "@/lib/workflow/snapshot";
import { STATUS_LABELS, type ApplicationStatus } from "@/lib/workflow/status";
import type { ActorRole, StepRule } from "./steps/rule";
import { STEPS, type ActionCode, type ActionInputs } from "./steps";

export type { ActorRole } from "./steps/rule";
export type { ActionCode, ActionInputs } from "./steps";

/**
 * The step engine's pure half (the state machine of workflow.md §4–§6): it iterates over the
 * steps' rules (steps/<phase>.ts) to say which steps an actor is offered and whether one may be
 * taken with this input. Imports neither db/ nor next, like lib/workflow.
 */

/** One row of the state machine, its check typed by the step's input (ActionInputs). */
export type TransitionRule<A extends ActionCode> = Omit<StepRule<z.ZodType>, "check"> & {
  check?: (s: ApplicationSnapshot, input: ActionInputs[A], ctx: GuardContext, actor: WorkflowActor) => Refusal;
};

/** Every step's rule, keyed by step (each rule's check sees its own step's input). */
export const TRANSITIONS: { [A in ActionCode]: TransitionRule<A> } = STEPS;

// ── Who may act on this application ─────────────────────────────────────────────

/**
 * Staff act only on their own agency's applications, the applicant only on their own; both
 * sides are compared explicitly so that a missing id is a refusal, never a pass. The worker
 * (`system`) acts on whatever application it was handed.
 */
export function partyRefusal(s: ApplicationSnapshot, actor: WorkflowActor): Refusal {
  if (actor.role === "system") return null;
  // The applicant: the one ownership rule (an account, or a proven tracking code covering its sub-applications).
  if (actor.role === "citizen") return ownsApplication(actor, s) ? null : "您只能办理本人提出的申请。";
  return filled(actor.agencyId) && filled(s.agencyId) && actor.agencyId === s.agencyId
    ? null
    : "您只能办理本机关的申请。";
}

const ROLE_NAMES: Record<ActorRole, string> = {
  citizen: "申请人",
  clerk: "经办人",
  reviewer: "审核人",
  publisher: "信息发布员",
  admin: "系统管理员",
  supervisor: "督办人",
  system: "系统",
};

function stateRefusal(
  rule: Omit<TransitionRule<ActionCode>, "check" | "input">,
  s: ApplicationSnapshot,
  actor: WorkflowActor,
  ctx: GuardContext,
): Refusal {
  if (!rule.roles.includes(actor.role)) return `${ROLE_NAMES[actor.role] ?? "当前用户"}不能办理“${rule.label}”。`;
  const party = partyRefusal(s, actor);
  if (party) return party;
  if (s.imported) return "本申请是从历史登记簿导入的记录，只读，不能在系统中办理。";
  if (s.archived && !rule.whenArchived) return "本申请已归档，不能再办理此操作。";
  if (!rule.from.includes(s.status)) return `本申请当前状态为“${STATUS_LABELS[s.status]}”，不能办理“${rule.label}”。`;
  // 一事一申请: once split, the sub-applications are handled; the parent only keeps its notes.
  return rule.when?.(s, ctx, actor) ?? (s.hasSubApplications && !rule.whenSplit ? "本申请已拆分，请在拆分后的申请中办理。" : null);
}

export interface AvailableAction {
  action: ActionCode;
  label: string;
  to: ApplicationStatus | "unchanged";
  letter: LetterKind | null;
}

export const ACTION_CODES = Object.keys(TRANSITIONS) as ActionCode[];

/** The actions the UI offers this actor now (role, agency or applicant, status, record guard). */
export function availableActions(
  s: ApplicationSnapshot,
  actor: WorkflowActor,
  today: LocalDate,
  env: RuleEnvironment,
): AvailableAction[] {
  const ctx: GuardContext = { ...env, today };
  return ACTION_CODES.filter((action) => stateRefusal(TRANSITIONS[action], s, actor, ctx) === null).map((action) => {
    const rule = TRANSITIONS[action];
    return { action, label: rule.label, to: rule.to, letter: rule.letter };
  });
}

export type ActionCheck =
  | {
      ok: true;
      /** The status after the action (the same status for pause records and notes). */
      to: ApplicationStatus;
      event: StepEventType;
      letter: LetterKind | null;
      basis: string | null;
      /** Set when the action finishes the application. */
      decision: DecisionCode | null;
    }
  | { ok: false; reason: string };

/**
 * Decide whether this actor may take this action now with this input. The use case refuses
 * (ConflictError / ForbiddenError) whatever this refuses, with the Chinese reason it gives.
 */
export function checkAction<A extends ActionCode>(
  s: ApplicationSnapshot,
  actor: WorkflowActor,
  action: A,
  input: ActionInputs[A],
  today: LocalDate,
  env: RuleEnvironment,
): ActionCheck {
  const ctx: GuardContext = { ...env, today };
  const rule: TransitionRule<A> | undefined = TRANSITIONS[action];
  if (!rule || !Object.hasOwn(TRANSITIONS, action)) return { ok: false, reason: "不支持的操作。" };
  const refusal = stateRefusal(rule, s, actor, ctx) ?? rule.check?.(s, input ?? ({} as ActionInputs[A]), ctx, actor) ?? null;
  if (refusal) return { ok: false, reason: refusal };
  const decision = rule.decision === "fromDraft" ? s.draft!.decision : (rule.decision ?? null);
  return {
    ok: true,
    to: rule.to === "unchanged" ? s.status : rule.to,
    event: rule.event,
    letter: rule.letter,
    basis: rule.decision === "fromDraft" ? (DECISIONS[decision!].basis ?? rule.basis) : rule.basis,
    decision,
  };
}

import { z } from "@/lib/validation/zod";
import type { Role } from "@/lib/auth/roles";
import type { LetterKind } from "@/lib/letters/kinds";
import type { DecisionCode } from "@/lib/workflow/decisions";
import type { StepEventType } from "../ledger-schema";
import type { Refusal } from "@/lib/workflow/guards";
import type { ApplicationSnapshot, GuardContext, WorkflowActor } from "@/lib/workflow/snapshot";
import type { ApplicationStatus } from "@/lib/workflow/status";

export type ActorRole = Role | "system";

/**
 * The rule half of one step (pure: no db/, no next, so the browser and the table-driven tests can
 * load it): from which statuses, to which status, who may, the guard, the event it records and
 * the letter it issues. `when` looks only at the record (it decides whether the UI offers the
 * step); `check` also looks at the input. `input` is the schema of what the step's effect hands
 * the check, so its type is written once (ActionInputs is derived from these schemas).
 */
export interface StepRule<S extends z.ZodType, F extends z.ZodType = z.ZodType, E extends StepEventType = StepEventType> {
  input: S;
  /**
   * The form the step is taken with (its fields' labels and widgets in the schema's metadata, see
   * form-fields.ts); the browser and the use case parse with it. An applicant's online withdrawal
   * has its own (withdrawSchema).
   */
  form: F;
  label: string;
  from: readonly ApplicationStatus[];
  /** `unchanged`: a pause record, a note or a flag; the status stays. */
  to: ApplicationStatus | "unchanged";
  roles: readonly ActorRole[];
  /** The ledger event the step records (its payload in the phase's `<PHASE>_EVENTS` table). */
  event: E;
  /** How the timeline names the event (办理记录, staff's and the applicant's). */
  timeline: string;
  letter: LetterKind | null;
  /** Legal basis recorded with the event. */
  basis: string | null;
  /** The decision the application finishes with (`fromDraft`: the approved draft's). */
  decision?: DecisionCode | "fromDraft";
  /** Allowed on an archived application (everything else waits for a reopening). */
  whenArchived?: boolean;
  /** Allowed on an application split into sub-applications (which carry everything else). */
  whenSplit?: boolean;
  when?: (s: ApplicationSnapshot, ctx: GuardContext, actor: WorkflowActor) => Refusal;
  check?: (s: ApplicationSnapshot, input: z.output<S>, ctx: GuardContext, actor: WorkflowActor) => Refusal;
}

/** One step's rule, with its check typed by its own input schema. */
export const defineRule = <S extends z.ZodType, F extends z.ZodType, E extends StepEventType>(rule: StepRule<S, F, E>): StepRule<S, F, E> => rule;

export const OPEN: readonly ApplicationStatus[] = ["in_progress", "in_review"];
export const BEFORE_REPLY: readonly ApplicationStatus[] = ["submitted", "in_progress", "awaiting_correction", "in_review"];
export const FINISHED: readonly ApplicationStatus[] = ["replied", "closed"];
export const ALL: readonly ApplicationStatus[] = [...BEFORE_REPLY, ...FINISHED];

/** The input of a step that takes nothing but the click. */
export const nothing = z.object({});
/** A calendar day as the forms give it (YYYY-MM-DD; the guards check it against the clock). */
export const date = z.string();

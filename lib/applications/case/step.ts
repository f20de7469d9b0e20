import type { z } from "zod";
import type { NewApplicationRow } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import type { LocalDate } from "@/lib/calendar";
import type { ClockState } from "@/lib/clock";
import type { Letter, LetterIssue } from "@/lib/letters";
import type { WorkflowActor } from "@/lib/workflow";
import type { ActionCode, ActionInputs } from "./engine";
import { ValidationError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import type { LedgerEventInput, LedgerEventType, LedgerPayloadInput } from "./ledger";
import type { CaseFile } from "./load";
import type { STEP_RULES } from "./steps/rules";

export interface HandlerContext {
  tx: Tx;
  file: CaseFile;
  actor: WorkflowActor;
  /** The staff member taking the step; null when the applicant or the system takes it. */
  staff: Actor | null;
  now: Date;
  today: LocalDate;
}

/** For steps only staff take (lib/workflow's roles already refused anyone else). */
export function staffOf(ctx: HandlerContext): Actor {
  if (!ctx.staff) throw new Error("A staff step was taken without a staff member");
  return ctx.staff;
}

/** A ledger row a step appends (besides its own), e.g. an online fee notice received the day it is sent. */
export type FollowUpEvent = LedgerEventInput & { occurredOn: LocalDate; applicantVisible: boolean };

/** The ledger event a step records (its rule's `event`). */
export type StepEvent<A extends ActionCode> = (typeof STEP_RULES)[A]["event"];

/** What a step records: the legal day, the facts for the clock and the snapshot, and the columns it sets. */
export interface Effects<E extends LedgerEventType = LedgerEventType> {
  occurredOn: LocalDate;
  /** The event's payload, in the shape case/ledger.ts gives events of this type. */
  payload?: LedgerPayloadInput<E>;
  reason?: string | null;
  applicantVisible: boolean;
  columns?: Partial<Pick<NewApplicationRow, "receivedOn" | "archived" | "assigneeId">>;
  followUps?: FollowUpEvent[];
}

export interface LetterPlan {
  /** Letters to a third party or another agency are not shown to the applicant (letters.md). */
  applicantVisible: boolean;
  /** Built after the step is recorded, with the clock as it now stands (due dates the letter quotes). */
  build(issue: LetterIssue, after: { clock: ClockState | null }): Letter | Promise<Letter>;
}

/**
 * What a step does on a case, beside its rule in lib/workflow: its form, how the form maps to the
 * rule's input, what it records and which letter it builds. `S` is the form's schema, so every
 * part sees the parsed form's own type.
 */
export interface StepEffect<A extends ActionCode, S extends z.ZodType> {
  form: S;
  input(form: z.output<S>, ctx: HandlerContext): ActionInputs[A] | Promise<ActionInputs[A]>;
  effects(form: z.output<S>, ctx: HandlerContext): Effects<StepEvent<A>> | Promise<Effects<StepEvent<A>>>;
  letter?(form: z.output<S>, ctx: HandlerContext): LetterPlan;
  /** A step that waits for the head of the disclosure office: tell the agency's reviewers. */
  notifyReviewers?: boolean;
}

/** A step whose form has been parsed: its parts bound to that form (the engine needs no form type). */
export interface PreparedStep<A extends ActionCode = ActionCode> {
  action: A;
  notifyReviewers: boolean;
  input(ctx: HandlerContext): Promise<ActionInputs[A]>;
  effects(ctx: HandlerContext): Promise<Effects<StepEvent<A>>>;
  letter: ((ctx: HandlerContext) => LetterPlan) | null;
}

/** A step as the engine runs it: `prepare` parses the raw form with the step's schema. */
export interface Step<A extends ActionCode = ActionCode> {
  action: A;
  /** The form's schema (the browser validates with the same one). */
  form: z.ZodType;
  /** Parse the raw form; a bad form is refused with field errors (ValidationError). */
  prepare(rawInput: unknown): PreparedStep<A>;
}

/**
 * One step's effect, typed end to end: the parsed form keeps its schema's type inside the step,
 * and the engine sees only `Step<A>` (no cast between the two).
 */
export function defineStep<A extends ActionCode, S extends z.ZodType>(action: A, effect: StepEffect<A, S>): Step<A> {
  return {
    action,
    form: effect.form,
    prepare(rawInput) {
      const parsed = effect.form.safeParse(rawInput ?? {});
      if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
      const form = parsed.data;
      const letter = effect.letter;
      return {
        action,
        notifyReviewers: effect.notifyReviewers ?? false,
        input: async (ctx) => effect.input(form, ctx),
        effects: async (ctx) => effect.effects(form, ctx),
        letter: letter ? (ctx) => letter(form, ctx) : null,
      };
    },
  };
}

/** A table of steps keyed by their action (each entry is the step of its own key). */
export type StepTable = { [A in ActionCode]?: Step<A> };

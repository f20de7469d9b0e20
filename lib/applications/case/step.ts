import type { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import type { LocalDate } from "@/lib/calendar";
import type { ClockState } from "@/lib/clock";
import { ValidationError } from "@/lib/errors";
import type { Letter, LetterIssue } from "@/lib/letters";
import { fieldErrors } from "@/lib/validation/zod";
import type { WorkflowActor } from "@/lib/workflow";
import type { LedgerEventInput, LedgerEventType, LedgerPayloadInput, StepEventType } from "./ledger-schema";
import type { CaseFile } from "./case-file";
import type { CaseServices } from "./services";
import type { StepRule } from "./steps/rule";

/**
 * One workbench step, defined once (steps/<phase>.ts): its rule (who, from which status, the
 * guard, the event, the letter kind, the timeline wording — steps/rule.ts), its form, how the form
 * becomes the rule's input, what it records and the letter it builds. Pure like the rule: whatever
 * the effect reads or writes beyond the case file goes through `ctx.services` (case/services.ts),
 * so the browser can load the definitions for their forms.
 */

/** Who takes a step, and so through which use case: the workbench, the applicant online, the worker. */
export type PartyKind = "staff" | "applicant" | "system";

export interface HandlerContext {
  file: CaseFile;
  actor: WorkflowActor;
  /** The staff member taking the step; null when the applicant or the system takes it. */
  staff: Actor | null;
  now: Date;
  today: LocalDate;
  services: CaseServices;
  /**
   * A fresh id for this run of the step: the record it opens (e.g. a consultation's pause) and the
   * letter it builds name that record alike (the letter is built after the record is written).
   */
  newId: string;
}

/** For steps only staff take (the rule's roles already refused anyone else). */
export function staffOf(ctx: HandlerContext): Actor {
  if (!ctx.staff) throw new Error("A staff step was taken without a staff member");
  return ctx.staff;
}

/** A ledger row a step appends (besides its own), e.g. an online fee notice received the day it is sent. */
export type FollowUpEvent = LedgerEventInput & { occurredOn: LocalDate; applicantVisible: boolean };

/** What a step records: the legal day, the facts for the clock and the snapshot, and the columns it sets. */
export interface Effects<E extends LedgerEventType = LedgerEventType> {
  occurredOn: LocalDate;
  /** The event's payload, in the shape case/ledger.ts gives events of this type. */
  payload?: LedgerPayloadInput<E>;
  reason?: string | null;
  applicantVisible: boolean;
  columns?: { receivedOn?: LocalDate; archived?: boolean; assigneeId?: string | null };
  followUps?: FollowUpEvent[];
}

export interface LetterPlan {
  /** Letters to a third party or another agency are not shown to the applicant (letters.md). */
  applicantVisible: boolean;
  /** Built after the step is recorded, with the clock as it now stands (due dates the letter quotes). */
  build(issue: LetterIssue, after: { clock: ClockState | null }): Letter | Promise<Letter>;
}

/** What a step does, typed by its form `F`, its rule's input `I` and its event `E`. */
export interface StepEffect<I extends z.ZodType, F extends z.ZodType, E extends LedgerEventType> {
  form: F;
  /** The form as the rule's check sees it (a form the check cannot judge is refused here with field errors). */
  toInput(form: z.output<F>, ctx: HandlerContext): z.output<I> | Promise<z.output<I>>;
  record(form: z.output<F>, ctx: HandlerContext): Effects<E> | Promise<Effects<E>>;
  /** The letter of the rule's `letter` kind. */
  letterPlan?(form: z.output<F>, ctx: HandlerContext): LetterPlan;
  /** A step that waits for the head of the disclosure office: tell the agency's reviewers. */
  notifyReviewers?: boolean;
}

/** A step whose form has been parsed: its parts bound to that form (the engine needs no form type). */
export interface PreparedStep<In = unknown, E extends LedgerEventType = LedgerEventType> {
  notifyReviewers: boolean;
  input(ctx: HandlerContext): Promise<In>;
  effects(ctx: HandlerContext): Promise<Effects<E>>;
  letter: ((ctx: HandlerContext) => LetterPlan) | null;
}

type Definition<I extends z.ZodType, F extends z.ZodType, E extends StepEventType, T extends readonly PartyKind[], OF extends z.ZodType> = StepRule<
  I,
  F,
  E
> &
  Omit<StepEffect<I, F, E>, "form"> & {
    /** The parties whose use case runs this step (its `roles` say which staff may). */
    takenBy: T;
    /** The applicant's own form online where it differs from the one staff record with (撤回申请). */
    online?: StepEffect<I, OF, E>;
  };

export type Step<I extends z.ZodType, F extends z.ZodType, E extends StepEventType, T extends readonly PartyKind[], OF extends z.ZodType> = Definition<
  I,
  F,
  E,
  T,
  OF
> & {
  /** Parse the raw form of this party; a bad form is refused with field errors (ValidationError). */
  prepare(rawInput: unknown, by: PartyKind): PreparedStep<z.output<I>, E>;
};

function prepared<I extends z.ZodType, F extends z.ZodType, E extends LedgerEventType>(effect: StepEffect<I, F, E>, rawInput: unknown): PreparedStep<z.output<I>, E> {
  const parsed = effect.form.safeParse(rawInput ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const form = parsed.data;
  const letterPlan = effect.letterPlan;
  return {
    notifyReviewers: effect.notifyReviewers ?? false,
    input: async (ctx) => effect.toInput(form, ctx),
    effects: async (ctx) => effect.record(form, ctx),
    letter: letterPlan ? (ctx) => letterPlan(form, ctx) : null,
  };
}

/**
 * One step, typed end to end: the parsed form keeps its schema's type inside the definition, and
 * the engine sees only the bound `PreparedStep` (no cast between the two).
 */
export function defineStep<
  I extends z.ZodType,
  F extends z.ZodType,
  E extends StepEventType,
  const T extends readonly PartyKind[],
  OF extends z.ZodType = F,
>(definition: Definition<I, F, E, T, OF>): Step<I, F, E, T, OF> {
  return {
    ...definition,
    prepare(rawInput, by) {
      const online = by === "applicant" ? definition.online : undefined;
      return online ? prepared(online, rawInput) : prepared(definition, rawInput);
    },
  };
}

import type { z } from "zod";
import type { NewApplicationRow } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import type { LocalDate } from "@/lib/calendar";
import type { ClockState } from "@/lib/clock";
import type { Letter, LetterIssue } from "@/lib/letters";
import type { ActionCode, ActionInputs, WorkflowActor } from "@/lib/workflow";
import type { CaseFile } from "./load-case";

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
export interface FollowUpEvent {
  type: string;
  occurredOn: LocalDate;
  payload: Record<string, unknown>;
  applicantVisible: boolean;
}

/** What a step records: the legal day, the facts for the clock and the snapshot, and the columns it sets. */
export interface Effects {
  occurredOn: LocalDate;
  payload?: Record<string, unknown>;
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

/** One staff action of the workbench: its form, how it maps to lib/workflow's input, what it records. */
export interface ActionHandler<A extends ActionCode, S extends z.ZodType = z.ZodType> {
  form: S;
  input(form: z.output<S>, ctx: HandlerContext): ActionInputs[A] | Promise<ActionInputs[A]>;
  effects(form: z.output<S>, ctx: HandlerContext): Effects | Promise<Effects>;
  letter?(form: z.output<S>, ctx: HandlerContext): LetterPlan;
  /** A step that waits for the head of the disclosure office: tell the agency's reviewers. */
  notifyReviewers?: boolean;
}

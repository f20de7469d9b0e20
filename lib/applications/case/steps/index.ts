import type { z } from "zod";
import type { PartyKind } from "../step";
import { AFTER_REPLY_STEPS } from "./after-reply";
import { APPLICANT_STEPS } from "./applicant";
import { CONSULTATION_STEPS } from "./consultation";
import { CORRECTION_STEPS } from "./correction";
import { EXTENSION_STEPS } from "./extension";
import { FEE_STEPS } from "./fee";
import { RECORD_STEPS } from "./records";
import { REFERRAL_STEPS } from "./referral";
import { REGISTRATION_STEPS } from "./registration";
import { REPLY_STEPS } from "./reply";
import { SCOPE_STEPS } from "./scope";

/**
 * Every step (issue 6 / workflow.md §4–§6), one definition each in its phase file
 * (steps/<phase>.ts: rule, form, effect, letter, timeline wording). The order is the order the UI
 * offers the steps in. Pure: the browser, the engine and the table-driven tests load it.
 */
export const STEPS = {
  ...REGISTRATION_STEPS,
  ...CORRECTION_STEPS,
  ...SCOPE_STEPS,
  ...CONSULTATION_STEPS,
  ...EXTENSION_STEPS,
  ...FEE_STEPS,
  ...REPLY_STEPS,
  ...APPLICANT_STEPS,
  ...AFTER_REPLY_STEPS,
  ...REFERRAL_STEPS,
  ...RECORD_STEPS,
};

type Steps = typeof STEPS;
export type ActionCode = keyof Steps;

/** What each step hands its rule's check: derived from the rules' input schemas, never retyped. */
export type ActionInputs = { [A in ActionCode]: z.output<Steps[A]["input"]> };

/** The steps a party's use case runs (a rule-only entry, the rating, has its own use case). */
type TakenBy<K extends PartyKind> = { [A in ActionCode]: Steps[A] extends { takenBy: readonly (infer T)[] } ? (K extends T ? A : never) : never }[ActionCode];

const takenBy =
  <K extends PartyKind>(kind: K) =>
  (value: string): value is TakenBy<K> => {
    if (!Object.hasOwn(STEPS, value)) return false;
    const step = STEPS[value as ActionCode];
    return "takenBy" in step && (step.takenBy as readonly PartyKind[]).includes(kind);
  };

/** The staff steps of the workbench. */
export type StaffAction = TakenBy<"staff">;
export const isStaffAction = takenBy("staff");

/** The steps the background worker takes as `system` (lib/worker), through the same applyStep path. */
export type SystemAction = TakenBy<"system">;

/** The steps an applicant takes online (rating has its own use case). */
export type ApplicantAction = TakenBy<"applicant">;
export const isApplicantAction = takenBy("applicant");

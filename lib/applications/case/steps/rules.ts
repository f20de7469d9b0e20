import type { z } from "zod";
import { AFTER_REPLY_RULES } from "./after-reply.rule";
import { APPLICANT_RULES } from "./applicant.rule";
import { CONSULTATION_RULES } from "./consultation.rule";
import { CORRECTION_RULES } from "./correction.rule";
import { EXTENSION_RULES } from "./extension.rule";
import { FEE_RULES } from "./fee.rule";
import { RECORD_RULES } from "./records.rule";
import { REGISTRATION_RULES } from "./registration.rule";
import { REPLY_RULES } from "./reply.rule";
import { SCOPE_RULES } from "./scope.rule";

/**
 * Every step's rule (issue 6 / workflow.md §4–§6), gathered from the phase files. The order is the
 * order the UI offers the steps in. Pure: the browser, the engine and the table-driven tests load it.
 */
export const STEP_RULES = {
  ...REGISTRATION_RULES,
  ...CORRECTION_RULES,
  ...SCOPE_RULES,
  ...CONSULTATION_RULES,
  ...EXTENSION_RULES,
  ...FEE_RULES,
  ...REPLY_RULES,
  ...APPLICANT_RULES,
  ...AFTER_REPLY_RULES,
  ...RECORD_RULES,
};

export type ActionCode = keyof typeof STEP_RULES;

/** What each step hands its rule's check: derived from the rules' input schemas, never retyped. */
export type ActionInputs = { [A in ActionCode]: z.output<(typeof STEP_RULES)[A]["input"]> };

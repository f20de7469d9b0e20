import * as afterReply from "./after-reply.effect";
import * as applicant from "./applicant.effect";
import * as consultation from "./consultation.effect";
import * as correction from "./correction.effect";
import * as extension from "./extension.effect";
import * as fee from "./fee.effect";
import * as records from "./records.effect";
import * as registration from "./registration.effect";
import * as reply from "./reply.effect";
import * as scope from "./scope.effect";

/**
 * Every step with an effect, gathered from the phase files (steps/<phase>.rule.ts holds a step's
 * rule and forms, steps/<phase>.effect.ts what it records). A step lib/workflow's roles allow but
 * without an effect here is not offered.
 */

/** The staff steps of the workbench. */
export const HANDLERS = {
  ...registration.staffSteps,
  ...correction.staffSteps,
  ...scope.staffSteps,
  ...consultation.staffSteps,
  ...extension.staffSteps,
  ...fee.staffSteps,
  ...reply.staffSteps,
  ...applicant.staffSteps,
  ...afterReply.staffSteps,
  ...records.staffSteps,
};

export type StaffAction = keyof typeof HANDLERS;
export const isStaffAction = (value: string): value is StaffAction => Object.hasOwn(HANDLERS, value);

/** The steps the background worker takes as `system` (lib/worker), through the same applyStep path. */
export const SYSTEM_HANDLERS = { ...correction.systemSteps, ...consultation.systemSteps, ...fee.systemSteps };
export type SystemAction = keyof typeof SYSTEM_HANDLERS;

/** The steps an applicant takes online (rating has its own use case). */
export const APPLICANT_HANDLERS = { ...correction.applicantSteps, ...fee.applicantSteps, ...applicant.applicantSteps };
export type ApplicantAction = keyof typeof APPLICANT_HANDLERS;
export const isApplicantAction = (value: string): value is ApplicantAction => Object.hasOwn(APPLICANT_HANDLERS, value);

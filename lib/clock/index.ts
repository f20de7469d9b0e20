export { computeClock } from "./compute-clock";
export { ClockEventsError, type ClockEvent, type ClockEventType, type Consultee, type IgnoredEvent } from "./events";
export { canApproveExtension, canIssueFeeNotice, canRequestCorrection, canSetLaterReplyDate, type GuardResult } from "./guards";
export type { PauseKind } from "./ledger";
export { DEFAULT_CLOCK_POLICY, type ClockPolicy } from "./policy";
export {
  CONSULTATION_REPLY_WORKING_DAYS,
  CORRECTION_NOTICE_WORKING_DAYS,
  MAX_EXTENSION_WORKING_DAYS,
  REPLY_PERIOD_WORKING_DAYS,
} from "./rules";
export type { ClockState, ExplanationStep, Pause } from "./state";

export { validateDecisionDraft, type DecisionDraft, type FieldProblem, type WithheldPart } from "./decision-draft";
export {
  DECISION_CODES,
  DECISIONS,
  DRAFT_FIELDS,
  isDecisionCode,
  isNotDisclosedGround,
  NOT_DISCLOSED_GROUNDS,
  releasesInformation,
  reportRowOf,
  type DecisionCode,
  type DecisionDefinition,
  type DecisionLetter,
  type DraftField,
  type NotDisclosedGround,
  type RemedyKind,
} from "./decisions";
export { SYSTEM_ACTOR } from "./snapshot";
export type {
  ApplicationSnapshot,
  Channel,
  ConsultationKind,
  ConsultationRecord,
  ExtensionRecord,
  FeeMethod,
  FeeNoticeRecord,
  GuardContext,
  ReleaseWaitRecord,
  RuleEnvironment,
  WorkflowActor,
} from "./snapshot";
export { APPLICATION_STATUSES, isFinished, STATUS_LABELS, type ApplicationStatus } from "./status";

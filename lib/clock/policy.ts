/**
 * Agency settings where the law is silent (the **Policy default**s of
 * workflow.md / fees.md / letters.md). One row per agency; the defaults below.
 */
export type ClockPolicy = {
  /** fees.md §3.4: the notice-to-payment interval pauses the reply clock. */
  feePausesClock: boolean;
  /** workflow.md §4: the release wait after overruling a third party pauses the clock. */
  releaseWaitPausesClock: boolean;
  /** workflow.md §4: the applicant's correction deadline when the notice states none, counted from the notice. */
  correctionWindowWorkingDays: number;
  /** letters.md: release not before this many working days after the notice reaches the third party. */
  releaseWaitWorkingDays: number;
};

export const DEFAULT_CLOCK_POLICY: ClockPolicy = {
  feePausesClock: true,
  releaseWaitPausesClock: true,
  correctionWindowWorkingDays: 15,
  releaseWaitWorkingDays: 15,
};

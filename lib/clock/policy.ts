/**
 * The clock's **Policy default**s (workflow.md §4 / fees.md §3.4 / letters.md): where the law is
 * silent. Each is also an agency setting (lib/agencies/policy.ts) under the same name, whose default
 * is the value below — so the stored setting, the clock and the tests share one name and one default.
 */
export type ClockPolicy = {
  /** fees.md §3.4: the notice-to-payment interval pauses the reply clock. */
  feePausesClock: boolean;
  /** workflow.md §4 table of pauses, letters.md: the release wait after overruling a third party pauses the clock. */
  releaseWaitPausesClock: boolean;
  /** workflow.md §4 (条例第三十条): the applicant's correction deadline when the notice states none, counted from the notice. */
  correctionDeadlineWorkingDays: number;
  /** letters.md: release not before this many working days after the notice reaches the third party. */
  releaseWaitWorkingDays: number;
};

export const DEFAULT_CLOCK_POLICY: ClockPolicy = {
  feePausesClock: true,
  releaseWaitPausesClock: true,
  correctionDeadlineWorkingDays: 15,
  releaseWaitWorkingDays: 15,
};

import type { LocalDate } from "../calendar";

/** Who was consulted: a third party (条例第三十二条), a co-making agency (第三十四条) or another agency (第三十三条第二款). */
export type Consultee = "thirdParty" | "coMakingAgency" | "otherAgency";

/**
 * The recorded facts the reply deadline is derived from (workflow.md §4: the
 * clock is a ledger of events, not a stored date). `on` is always the legally
 * relevant day of the fact. Pause records carry a `pauseId` because several can
 * be open at once and an end event must say which one it closes.
 */
export type ClockEvent =
  /** 收到申请之日 (条例第三十一条); set once. */
  | { type: "received"; on: LocalDate }
  /** The 补正告知书 was sent (条例第三十条); `correctionDueOn` is the deadline stated in it. */
  | { type: "correctionRequested"; on: LocalDate; correctionDueOn?: LocalDate }
  /** The corrected application was received: the reply period runs from this day (条例第三十条). */
  | { type: "correctionReceived"; on: LocalDate }
  /** The 征求意见书 was sent: the pause starts (Sᵢ). */
  | { type: "consultationSent"; on: LocalDate; pauseId: string; consultee: Consultee }
  /** The consultee received the letter: its 15 working days run from here. */
  | { type: "consultationDelivered"; on: LocalDate; pauseId: string }
  /** The opinion was received: the pause ends (Eᵢ). */
  | { type: "consultationAnswered"; on: LocalDate; pauseId: string }
  /** The head of the disclosure office approved an extension (条例第三十三条第一款). */
  | { type: "extensionApproved"; on: LocalDate; workingDays: number }
  /** The applicant received the 收费通知书: the pause starts (fees.md §3). */
  | { type: "feeNoticeReceived"; on: LocalDate; pauseId: string }
  /** The applicant received a reduced notice: the payment window restarts, the pause goes on (fees.md §3.6). */
  | { type: "feeReduced"; on: LocalDate; pauseId: string }
  /** Payment date on the receipt: the pause ends. */
  | { type: "feePaid"; on: LocalDate; pauseId: string }
  /** A reviewer cancelled the fee: the pause ends that day. */
  | { type: "feeCancelled"; on: LocalDate; pauseId: string }
  /** The agency set a reasonable later reply date (条例第三十五条, 延迟答复告知书). */
  | { type: "laterReplyDateSet"; on: LocalDate; replyDueOn: LocalDate }
  /**
   * The notice of disclosure over a third party's objection was delivered to it
   * (条例第三十二条); `releaseOn` is the release date stated in the notice.
   */
  | { type: "releaseWaitStarted"; on: LocalDate; pauseId: string; releaseOn?: LocalDate }
  /** The wait ended before or after the planned release date. */
  | { type: "releaseWaitEnded"; on: LocalDate; pauseId: string }
  /**
   * A reconsideration decision or a court judgment ordered a new reply; `on` is the day the agency
   * received the order, `replyDueOn` the period the order sets (else 20 working days, 条例第三十三条).
   */
  | { type: "reopenedForNewReply"; on: LocalDate; replyDueOn?: LocalDate };

export type ClockEventType = ClockEvent["type"];

/** An event that had no effect on the clock, and why (shown to staff). */
export type IgnoredEvent = { event: ClockEvent; reason: string };

/** The events cannot describe an application at all (a programming or data error, not a legal refusal). */
export class ClockEventsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ClockEventsError";
  }
}

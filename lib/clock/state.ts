import type { LocalDate } from "../calendar";
import type { Consultee, IgnoredEvent } from "./events";
import type { PauseKind } from "./ledger";

/** One line of "how the due date was computed", shown to staff and applicant. */
export type ExplanationStep = {
  text: string;
  /** The legal basis, e.g. 条例第三十三条第二款. */
  basis: string;
  /** The facts behind the line (dates of sending, delivery, payment …). */
  detail?: string;
};

export type Pause = {
  id: string;
  kind: PauseKind;
  consultee?: Consultee;
  /** 征求第三方意见, 收费通知至缴费, … */
  label: string;
  /** Sᵢ: its days are those after this day. */
  startOn: LocalDate;
  /** Consultation: the day the consultee received the letter. */
  deliveredOn?: LocalDate;
  /**
   * The running deadline: the consultee's 15th working day, the last day to
   * pay, or the release date. Undefined when it falls in a year with no calendar.
   */
  deadlineOn?: LocalDate;
  /** Consultation whose delivery date is unknown: the 15 working days are counted from sending (workflow.md §4). */
  deadlineCountedFromSending?: boolean;
  /** Eᵢ, once the pause has ended. */
  endOn?: LocalDate;
  endedBy?: "answered" | "deadline" | "paid" | "cancelled" | "ended";
  open: boolean;
  /** An open pause whose deadline is behind `today` (e.g. a fee not paid in time). */
  deadlinePassed?: boolean;
  /** Whether its days are excluded from the reply period. */
  counts: boolean;
  notCountedReason?: string;
  /** Its own excluded working days (S, E] after clockStartOn, before the union with other pauses. */
  excludedWorkingDays?: number;
};

export type ClockState = {
  /** 收到申请之日 (条例第三十一条): never moves. */
  receivedOn: LocalDate;
  /** 答复期限起算日: receivedOn, or the day the correction was received (条例第三十条). */
  clockStartOn: LocalDate;
  /** Last day to send the 补正告知书: 7 working days after receivedOn (条例第三十条). */
  correctionNoticeDueOn?: LocalDate;
  correction?: {
    requestedOn: LocalDate;
    receivedOn?: LocalDate;
    /** The notice was sent after correctionNoticeDueOn. */
    noticeLate: boolean;
    /** No correction and `today` is after correctionDueOn: the case goes to 补正期限已届满，待确认. */
    deadlinePassed?: boolean;
  };
  /** The applicant's correction deadline: stated in the notice, else the policy default. */
  correctionDueOn?: LocalDate;
  extension?: { approvedOn: LocalDate; workingDays: number };
  laterReplyDate?: { setOn: LocalDate; replyDueOn: LocalDate };
  /**
   * A reconsideration decision or judgment ordered a new reply: its due date (the order's own, or
   * 20 working days after the agency received it) replaces every earlier one.
   */
  newReply?: { orderedOn: LocalDate; replyDueOn?: LocalDate; statedInOrder: boolean };
  /** B: 20 working days plus the extension. */
  budgetWorkingDays: number;
  /** 答复期限; undefined while the clock is paused (计时中止) or the calendar lacks a year. */
  replyDueOn?: LocalDate;
  running: boolean;
  /** Why the clock is not running, in Chinese (待补正 / 征求意见中 / 待缴费 …). */
  pausedBecause?: string;
  pauses: Pause[];
  /** The day used and remaining are counted to: `today`, else the last event's day. */
  asOf: LocalDate;
  workingDaysUsed?: number;
  /** Relative to `today` (only when given); negative once overdue. */
  workingDaysRemaining?: number;
  explanation: ExplanationStep[];
  ignoredEvents: IgnoredEvent[];
  /** Set when a date could not be computed: show pendingLabel(unknownYear) for it. */
  unknownYear?: number;
  /**
   * When replyDueOn is missing only for want of unknownYear's 放假安排: the due date counted on the
   * provisional calendar (lib/calendar/provisional.ts), shown as provisionalLabel — for sorting,
   * reminders and the applicant's information, never for a closing or an overdue count.
   */
  provisional?: { replyDueOn: LocalDate; year: number; workingDaysRemaining?: number };
};

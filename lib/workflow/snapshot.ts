import type { AgencyPolicy } from "@/lib/agencies/policy";
import type { Role } from "@/lib/auth/roles";
import type { Calendar, LocalDate } from "@/lib/calendar";
import type { ClockState } from "@/lib/clock";
import type { DecisionCode } from "./decisions";
import type { DecisionDraft } from "./decision-draft";
import type { ApplicationStatus } from "./status";

/** workflow.md §2 channels (Art. 31). */
export type Channel = "online" | "in_person" | "registered_mail" | "ordinary_mail" | "fax" | "oral";

/** Art. 32 third party, Art. 34 co-making agency, Art. 33 ¶2 other agency. */
export type ConsultationKind = "thirdParty" | "coMakingAgency" | "otherAgency";

export interface ConsultationRecord {
  id: string;
  kind: ConsultationKind;
  sentOn: LocalDate;
  deliveredOn: LocalDate | null;
  opinion: { receivedOn: LocalDate; objects: boolean } | null;
  /** Set when the pause ended without an opinion (deadline passed, or ended by staff with a reason). */
  endedOn: LocalDate | null;
  /** The 告知书 telling an objecting third party that the information will be disclosed was issued. */
  thirdPartyNotified: boolean;
}

export type FeeMethod = "perItem" | "perPage";

export interface FeeNoticeRecord {
  id: string;
  method: FeeMethod;
  amountYuan: number;
  /**
   * proposed → issued → paid | cancelled, or proposed → refused. A reduction keeps the record
   * (and its pause) and lowers the amount; the new notice refers to the old one (fees.md §3.6).
   */
  state: "proposed" | "issued" | "paid" | "cancelled" | "refused";
  issuedOn: LocalDate | null;
  /** The day the applicant received the notice (online: the day it was sent; mail: recorded by staff). */
  receivedOn: LocalDate | null;
  paidOn: LocalDate | null;
  /** The applicant said they will pay (records intent only; the pause ends on payment). */
  accepted: boolean;
}

/** The wait after the notice to an overruled third party was delivered; its release date is in the clock. */
export interface ReleaseWaitRecord {
  id: string;
  consultationId: string;
  deliveredOn: LocalDate;
  endedOn: LocalDate | null;
}

export interface ExtensionRecord {
  workingDays: number;
  state: "proposed" | "approved" | "refused";
}

/**
 * Everything the rules need to know about one application, as plain data. The use case loads it
 * (under a row lock) from the record and its events; the rules never read the database.
 */
export interface ApplicationSnapshot {
  id: string;
  agencyId: string;
  /** The applicant's account, if the application was made online by a logged-in applicant. */
  applicantUserId: string | null;
  status: ApplicationStatus;
  archived: boolean;
  channel: Channel;
  /** The day the online submission was made or the offline application registered. */
  submittedOn: LocalDate;
  receivedOn: LocalDate | null;
  /** A sub-application made by splitting (一事一申请): it is not split again. */
  parentId: string | null;
  /** The other agency's application this one was forwarded from (条例第三十六条第五项), if any. */
  referredFromId: string | null;
  /** The day the applicant forwarded this application to the responsible agency the reply named. */
  referredOn: LocalDate | null;
  /** This application was split; its sub-applications carry the decisions. */
  hasSubApplications: boolean;
  requestItemCount: number;
  correction: {
    requestedOn: LocalDate;
    deadlineOn: LocalDate;
    /** First answer the applicant submitted online (the applicant's part was done that day). */
    answeredOn: LocalDate | null;
    /** The day the corrected application was received (confirmed by staff): the new clockStartOn. */
    receivedOn: LocalDate | null;
    /** The worker recorded that the deadline passed (the case is in the confirmation queue). */
    expiryRecorded: boolean;
  } | null;
  /** 说明理由告知书 issued (条例第三十五条). */
  explanationRequestedOn: LocalDate | null;
  /** 延迟答复 date set under 条例第三十五条. */
  laterReplyOn: LocalDate | null;
  extensions: ExtensionRecord[];
  consultations: ConsultationRecord[];
  feeNotices: FeeNoticeRecord[];
  releaseWaits: ReleaseWaitRecord[];
  draft: DecisionDraft | null;
  decision: DecisionCode | null;
  /** The date of the approved reply or of the closing (the letter that finished it). */
  finishedOn: LocalDate | null;
  deliveredOn: LocalDate | null;
  rated: boolean;
  catalogueDraftCreated: boolean;
  /** Brought in from an agency's earlier register (annual-report.md § Register import): read-only history. */
  imported: boolean;
}

/** Who acts: a user (an `Actor` from the session fits as is) or the background worker. */
export interface WorkflowActor {
  role: Role | "system";
  userId: string | null;
  agencyId: string | null;
  /**
   * An applicant without an account who proved the tracking code and phone number of this
   * application (lib/applications/lookup-session.ts): they act on this application only.
   */
  provenApplicationId?: string | null;
}

/** The background worker: closes unpaid fees, queues expired corrections, ends silent consultations. */
export const SYSTEM_ACTOR: WorkflowActor = { role: "system", userId: null, agencyId: null };

/**
 * Everything besides the snapshot and the day a guard may read. `clock` is lib/clock's
 * computeClock(events, calendar, policy, today) for this application: the workflow reads the
 * reply due date and the pause deadlines from it and never counts working days itself. Pause
 * events carry the record's id (consultation, fee notice, release wait) as their pauseId.
 */
export interface RuleEnvironment {
  calendar: Calendar;
  policy: AgencyPolicy;
  clock: ClockState;
}

export interface GuardContext extends RuleEnvironment {
  today: LocalDate;
}

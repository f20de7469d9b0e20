import type { Role } from "@/lib/auth/roles";
import type { LocalDate } from "@/lib/calendar";
import type { LetterKind } from "@/lib/letters/kinds";

/** A request item as the applicant's correction restates it (申请内容, form-fields.md). */
export interface RequestItemText {
  title: string;
  docNumber: string | null;
  indexNumber: string | null;
  description: string;
}

/** A catalogue draft made from a reply (条例第四十四条), as the publisher's desk receives it. */
export interface CatalogueDraftFromReply {
  agencyId: string;
  title: string;
  body: string;
  issuedOn: LocalDate;
  sourceReference: string;
}

export interface SubApplicationMade {
  id: string;
  caseNumber: string;
  items: string[];
}

/**
 * What a step's effect may ask of the world beyond the case file, bound to the locked case and
 * the step's transaction (case/services-db.ts). The step definitions (steps/<phase>.ts) stay pure
 * — the browser loads them for their forms — so every read or write they need goes through here.
 */
export interface CaseServices {
  /** The application's latest letter of a kind (a closing notice quotes the notice it follows). */
  latestLetter(kind: LetterKind): Promise<{ number: string | null; issuedOn: LocalDate } | null>;
  /** This (sub-)application's item number of its month (fees.md §1, 第四条). */
  feeItemNumber(): Promise<number>;
  /** Replace the request items (the applicant's correction) and re-index the inbox search. */
  replaceRequestItems(items: readonly RequestItemText[]): Promise<void>;
  /** An enabled account, for assigning a case. */
  enabledUser(userId: string): Promise<{ id: string; role: Role; agencyId: string | null; name: string } | null>;
  /** A draft catalogue document on the publisher's desk (the staff member taking the step is its author). */
  createCatalogueDraft(draft: CatalogueDraftFromReply): Promise<{ id: string; indexNumber: string }>;
  /** 一事一申请: the sub-applications of a split, one per part of the request items. */
  createSubApplications(parts: number[][], reason: string): Promise<SubApplicationMade[]>;
  /** Another agency hosted on this platform (a responsible agency the applicant can forward to). */
  platformAgency(agencyId: string): Promise<{ id: string; name: string } | null>;
  /**
   * 一键转交 (条例第三十六条第五项): the same applicant and request items filed, with the applicant's
   * consent, as a new online application to the responsible agency, linked back to this one.
   */
  fileReferral(agencyId: string): Promise<{ id: string; caseNumber: string; agencyName: string }>;
  /**
   * 征求意见 online (条例第三十二条): a one-time invitation for the consultation `pauseId` of this
   * application — its link and code, in clear only here (the table keeps their hashes).
   */
  inviteConsultee(pauseId: string): Promise<{ url: string; code: string }>;
  /** A text mail to a consultee (the 征求意见书 sent by e-mail), queued in this transaction. */
  mailConsultee(mail: { to: string; subject: string; text: string }): Promise<void>;
  /** An address on the portal's one public URL (NEXTAUTH_URL). */
  publicUrl(path: string): string;
}

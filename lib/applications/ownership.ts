/**
 * Whose application is it? The one rule, used by the transition table (lib/workflow partyRefusal),
 * the applicant's read models (我的申请, the look-up, released files) and the look-up session in
 * lib/auth. Pure and import-free, so that lib/workflow can use it without reaching the database;
 * owned-application.ts loads the facts it needs.
 */

/**
 * Who claims to be the applicant: a citizen's account (`userId`), or whoever just proved the
 * tracking code and phone of one application (`provenApplicationId`, lookup-session.ts). A
 * WorkflowActor and applicant-access.ts's applicantWorkflowActor fit as they are.
 */
export interface ApplicantClaim {
  role: string;
  userId: string | null;
  provenApplicationId?: string | null;
}

/** What of an application decides whose it is (an ApplicationSnapshot fits as it is). */
export interface OwnershipFacts {
  id: string;
  /** The account that filed it online; null when it was filed without an account or by staff. */
  applicantUserId: string | null;
  /** The application it was split from (一事一申请), if any. */
  parentId: string | null;
  /** The other agency's application it was forwarded from (条例第三十六条第五项), if any. */
  referredFromId?: string | null;
}

const filled = (value: string | null | undefined): value is string => typeof value === "string" && value.length > 0;

/**
 * What a claim can own by, with empty ids dropped (a missing id is a refusal, never a pass): the
 * filing account, and a proven application. Only an applicant (role `citizen`) owns applications;
 * staff and the worker get null. owned-application.ts turns the same terms into SQL for lists.
 */
export interface OwnershipTerms {
  account: string | null;
  provenApplication: string | null;
}

export function ownershipTerms(claim: ApplicantClaim): OwnershipTerms | null {
  if (claim.role !== "citizen") return null;
  const account = filled(claim.userId) ? claim.userId : null;
  const provenApplication = filled(claim.provenApplicationId) ? claim.provenApplicationId : null;
  return account || provenApplication ? { account, provenApplication } : null;
}

/**
 * The account that filed it owns it, and so does a proven tracking code of it or of the
 * application it was split from — sub-applications "share receivedOn and the applicant"
 * (workflow.md §5, 一事一申请 splits the handling, not the applicant), and their own tracking codes
 * were never given to anyone. A sub-application's code therefore covers neither its parent nor its
 * siblings. Likewise the code of an application the applicant forwarded to the responsible agency
 * (条例第三十六条第五项) covers the application filed there: the applicant forwarded it with that
 * code, and the new one's own code was never shown either.
 */
export function ownsApplication(claim: ApplicantClaim, facts: OwnershipFacts): boolean {
  const terms = ownershipTerms(claim);
  if (!terms) return false;
  const { account, provenApplication } = terms;
  return (
    (account !== null && account === facts.applicantUserId) ||
    (provenApplication !== null &&
      (provenApplication === facts.id || provenApplication === facts.parentId || provenApplication === facts.referredFromId))
  );
}

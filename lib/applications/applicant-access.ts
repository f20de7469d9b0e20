import type { Actor } from "@/lib/auth/roles";
import type { WorkflowActor } from "@/lib/workflow";

/**
 * An applicant without an account who has just proved the tracking code and the phone number of
 * one application (lookup-session.ts): they may read and act on that application only, and on the
 * sub-applications split from it (一事一申请, ownership.ts ownsApplication).
 */
export interface ProvenApplicant {
  kind: "trackingCode";
  applicationId: string;
}

/** Who claims to be an application's applicant: a signed-in account (its own applications) or a proven lookup. */
export type ApplicantAccess = Actor | ProvenApplicant;

export const isProvenApplicant = (who: ApplicantAccess): who is ProvenApplicant => "kind" in who && who.kind === "trackingCode";

/** The rules' view of the applicant (lib/workflow partyRefusal checks the account or the proven application). */
export function applicantWorkflowActor(who: ApplicantAccess): WorkflowActor {
  return isProvenApplicant(who)
    ? { role: "citizen", userId: null, agencyId: null, provenApplicationId: who.applicationId }
    : { role: who.role, userId: who.userId, agencyId: who.agencyId };
}

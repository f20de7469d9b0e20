import { eq, or, sql, type SQL } from "drizzle-orm";
import { applications, type ApplicationRow } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { applicantWorkflowActor, isProvenApplicant, type ApplicantAccess } from "./applicant-access";
import { ownershipTerms, ownsApplication, type OwnershipFacts } from "./ownership";
import { isUuid } from "@/lib/validation/uuid";

/**
 * The applicant's side of ownership.ts's rule, on the record: every applicant use case (我的申请,
 * the look-up session, letters, released files, rating, withdrawal, the applicant's steps) asks
 * here, so the rule is applied one way. Deliberately no read model is imported: lib/auth uses this.
 */

/** The ownership facts of an application row (its account column is `userId`). */
export const ownershipFactsOf = (row: Pick<ApplicationRow, "id" | "userId" | "parentId" | "referredFromId">): OwnershipFacts => ({
  id: row.id,
  applicantUserId: row.userId,
  parentId: row.parentId,
  referredFromId: row.referredFromId,
});

/** Whether this applicant (an account, or a proven tracking code) may read and act on that application. */
export const isApplicantOf = (who: ApplicantAccess, row: Pick<ApplicationRow, "id" | "userId" | "parentId" | "referredFromId">): boolean =>
  ownsApplication(applicantWorkflowActor(who), ownershipFactsOf(row));

/**
 * The same rule as a SQL condition on `applications`, for lists (我的申请): built from ownership.ts's
 * terms and checked against isApplicantOf record by record (owned-application.integration.test.ts).
 * An id that is not a UUID matches nothing (and never reaches PostgreSQL as a cast error).
 */
export function ownedApplications(who: ApplicantAccess): SQL {
  const terms = ownershipTerms(applicantWorkflowActor(who));
  const conditions: SQL[] = [];
  if (terms?.account && isUuid(terms.account)) conditions.push(eq(applications.userId, terms.account));
  if (terms?.provenApplication && isUuid(terms.provenApplication)) {
    const proven = terms.provenApplication;
    conditions.push(or(eq(applications.id, proven), eq(applications.parentId, proven), eq(applications.referredFromId, proven))!);
  }
  return or(...conditions) ?? sql`false`;
}

/**
 * The owner's application, or 404 — also for another applicant's id, so ids cannot be probed
 * (staff read applications through the workbench's own use cases). The owner is the account that
 * filed it, or whoever just proved its tracking code and phone (lookup-session.ts).
 */
export async function loadOwnApplication(db: Queryable, who: ApplicantAccess, id: string): Promise<ApplicationRow> {
  if (!isProvenApplicant(who)) assertRole(who, ["citizen"]);
  const [application] = isUuid(id) ? await db.select().from(applications).where(eq(applications.id, id)) : [];
  if (!application || !isApplicantOf(who, application)) {
    throw new NotFoundError("未找到该申请，或该申请不是通过您的账号提交的。");
  }
  return application;
}

/** Whether this applicant may read and act on that application (a missing or malformed id: no). */
export async function coversApplication(db: Queryable, who: ApplicantAccess, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const [facts] = await db
    .select({ id: applications.id, userId: applications.userId, parentId: applications.parentId, referredFromId: applications.referredFromId })
    .from(applications)
    .where(eq(applications.id, id));
  return !!facts && isApplicantOf(who, facts);
}

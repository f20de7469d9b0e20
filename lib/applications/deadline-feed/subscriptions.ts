import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import { applications, deadlineSubscriptions, users, type ApplicationRow } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { assertRole, assertSameAgency, type Actor } from "@/lib/auth/roles";
import { publicUrl } from "@/lib/config";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import type { ApplicantAccess } from "../applicant-access";
import { isProvenApplicant } from "../applicant-access";
import { loadOwnApplication } from "../owned-application";
import { WORKBENCH_ROLES } from "../workbench/inbox";
import type { FeedAudience } from "./entries";

/**
 * Deadline subscriptions (issue 16.5): a secret URL per subscription, revocable, for the applicant
 * (their account, or whoever proves the tracking code) and for the agency's workbench staff.
 * The token is shown once; only its SHA-256 is kept, like the open API's keys.
 */

const TOKEN_PREFIX = "gkc_";
/** Enough for a phone, a computer and a shared calendar; more is a sign of links handed around. */
export const MAX_ACTIVE_SUBSCRIPTIONS = 5;

export const hashFeedToken = (token: string) => createHash("sha256").update(token).digest("hex");
export const feedPath = (token: string) => `/api/deadline-feed/${token}.ics`;

export interface NewSubscription {
  id: string;
  /** https://…/api/deadline-feed/<token>.ics — shown once. */
  url: string;
  /** The same as webcal://, which calendar apps open as "subscribe". */
  webcalUrl: string;
}

export interface SubscriptionSummary {
  id: string;
  createdAt: Date;
  lastFetchedAt: Date | null;
}

async function insertSubscription(db: Db, application: Pick<ApplicationRow, "id">, audience: FeedAudience, userId: string | null): Promise<NewSubscription> {
  return db.transaction(async (tx) => {
    // Lock the application row: two clicks at once cannot both pass the cap.
    await tx.select({ id: applications.id }).from(applications).where(eq(applications.id, application.id)).for("update");
    const active = await activeOf(tx, application.id, audience, userId);
    if (active.length >= MAX_ACTIVE_SUBSCRIPTIONS) {
      throw new ConflictError(`每件申请最多保留${MAX_ACTIVE_SUBSCRIPTIONS}个有效的订阅链接，请先撤销不再使用的链接。`);
    }
    const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
    const [row] = await tx
      .insert(deadlineSubscriptions)
      .values({ applicationId: application.id, audience, userId, tokenHash: hashFeedToken(token) })
      .returning({ id: deadlineSubscriptions.id });
    const url = publicUrl(feedPath(token));
    return { id: row!.id, url, webcalUrl: url.replace(/^https?:/, "webcal:") };
  });
}

/** The active subscriptions of one audience of an application; staff see their own only. */
function activeOf(q: Queryable, applicationId: string, audience: FeedAudience, userId: string | null) {
  return q
    .select({ id: deadlineSubscriptions.id, createdAt: deadlineSubscriptions.createdAt, lastFetchedAt: deadlineSubscriptions.lastFetchedAt })
    .from(deadlineSubscriptions)
    .where(
      and(
        eq(deadlineSubscriptions.applicationId, applicationId),
        eq(deadlineSubscriptions.audience, audience),
        isNull(deadlineSubscriptions.revokedAt),
        ...(audience === "staff" && userId ? [eq(deadlineSubscriptions.userId, userId)] : []),
      ),
    )
    .orderBy(asc(deadlineSubscriptions.createdAt));
}

async function revoke(db: Db, applicationId: string, audience: FeedAudience, userId: string | null, subscriptionId: string, now: Date): Promise<void> {
  if (!isUuid(subscriptionId)) throw new NotFoundError("未找到该订阅链接。");
  const active = await activeOf(db, applicationId, audience, userId);
  if (!active.some((s) => s.id === subscriptionId)) throw new NotFoundError("未找到该订阅链接，或已撤销。");
  await db.update(deadlineSubscriptions).set({ revokedAt: now }).where(eq(deadlineSubscriptions.id, subscriptionId));
}

/** The applicant's (the account that filed it, or a proven tracking code: the same ownership rule as every applicant page). */
export async function subscribeAsApplicant(db: Db, who: ApplicantAccess, applicationId: string): Promise<NewSubscription> {
  const application = await loadOwnApplication(db, who, applicationId);
  return insertSubscription(db, application, "applicant", isProvenApplicant(who) ? null : who.userId);
}

/** Applicant subscriptions are the applicant's, whoever of them created one: an account or a later look-up may revoke it. */
export async function listApplicantSubscriptions(db: Queryable, who: ApplicantAccess, applicationId: string): Promise<SubscriptionSummary[]> {
  const application = await loadOwnApplication(db, who, applicationId);
  return activeOf(db, application.id, "applicant", null);
}

export async function revokeApplicantSubscription(db: Db, who: ApplicantAccess, applicationId: string, subscriptionId: string, now = new Date()): Promise<void> {
  const application = await loadOwnApplication(db, who, applicationId);
  await revoke(db, application.id, "applicant", null, subscriptionId, now);
}

/** A workbench user of the agency that handles the application. */
async function staffApplication(db: Queryable, actor: Actor, applicationId: string) {
  assertRole(actor, WORKBENCH_ROLES);
  const [application] = isUuid(applicationId) ? await db.select({ id: applications.id, agencyId: applications.agencyId }).from(applications).where(eq(applications.id, applicationId)) : [];
  if (!application) throw new NotFoundError("未找到该申请。");
  assertSameAgency(actor, application.agencyId);
  return application;
}

export async function subscribeAsStaff(db: Db, actor: Actor, applicationId: string): Promise<NewSubscription> {
  return insertSubscription(db, await staffApplication(db, actor, applicationId), "staff", actor.userId);
}

export async function listStaffSubscriptions(db: Queryable, actor: Actor, applicationId: string): Promise<SubscriptionSummary[]> {
  return activeOf(db, (await staffApplication(db, actor, applicationId)).id, "staff", actor.userId);
}

export async function revokeStaffSubscription(db: Db, actor: Actor, applicationId: string, subscriptionId: string, now = new Date()): Promise<void> {
  await revoke(db, (await staffApplication(db, actor, applicationId)).id, "staff", actor.userId, subscriptionId, now);
}

/**
 * The subscription a feed URL names, if it still stands: not revoked, and its subscriber still who
 * they were — a staff member still active in the application's agency with a workbench role, an
 * applicant account still active and still the filer. Anything else reads as unknown.
 */
export async function standingSubscription(db: Queryable, token: string) {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const [found] = await db
    .select({ subscription: deadlineSubscriptions, application: applications })
    .from(deadlineSubscriptions)
    .innerJoin(applications, eq(applications.id, deadlineSubscriptions.applicationId))
    .where(and(eq(deadlineSubscriptions.tokenHash, hashFeedToken(token)), isNull(deadlineSubscriptions.revokedAt)));
  if (!found) return null;
  const { subscription, application } = found;
  if (subscription.userId) {
    const [user] = await db.select().from(users).where(eq(users.id, subscription.userId));
    if (!user || user.disabled) return null;
    if (subscription.audience === "staff") {
      if (!(WORKBENCH_ROLES as readonly string[]).includes(user.role) || user.agencyId !== application.agencyId) return null;
    } else if (application.userId !== user.id) return null;
  }
  return { subscription, application };
}

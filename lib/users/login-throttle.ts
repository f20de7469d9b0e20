import { eq, lt } from "drizzle-orm";
import { loginThrottle } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { decideAttempt, type AttemptDecision, type LoginDelayPolicy } from "./login-delay";

/**
 * Reserve one login attempt for `key` (account + address): the row is locked (FOR UPDATE) while
 * the decision is taken and the attempt counted, so N parallel attempts are decided one after
 * another and never more than the free ones get through (the password check happens afterwards,
 * outside the lock).
 */
export async function reserveLoginAttempt(db: Queryable, key: string, policy: LoginDelayPolicy, now: Date): Promise<AttemptDecision> {
  return db.transaction(async (tx) => {
    await tx.insert(loginThrottle).values({ key, failures: 0, lastFailureAt: now, nextAllowedAt: now }).onConflictDoNothing();
    const [row] = await tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).for("update");
    const decision = decideAttempt(row && row.failures > 0 ? row : undefined, now, policy);
    if (decision.allowed) await tx.update(loginThrottle).set(decision.next).where(eq(loginThrottle.key, key));
    return decision;
  });
}

/** After a successful login: this account and address start afresh. */
export async function clearLoginThrottle(db: Queryable, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/** Housekeeping (the worker): rows whose failures are forgotten anyway (lib/users/login-delay). */
export async function pruneLoginThrottle(db: Queryable, policy: LoginDelayPolicy, now: Date): Promise<number> {
  const removed = await db
    .delete(loginThrottle)
    .where(lt(loginThrottle.lastFailureAt, new Date(now.getTime() - policy.forgetAfterSeconds * 1000)))
    .returning({ key: loginThrottle.key });
  return removed.length;
}

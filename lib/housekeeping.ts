import type { Queryable } from "@/db/types";
import { pruneUsedChallenges } from "@/lib/anti-bot/single-use";
import { pruneIdempotencyKeys } from "@/lib/idempotency";
import { pruneRateLimits } from "@/lib/rate-limit";
import { defaultLoginDelayPolicy } from "@/lib/users/login-delay";
import { pruneLoginThrottle } from "@/lib/users/login-throttle";

export interface HousekeepingReport {
  rateLimitWindows: number;
  idempotencyKeys: number;
  usedChallenges: number;
  loginThrottles: number;
}

/**
 * Rows that protect the service but would grow without bound (every address that ever hit a
 * limit, every key, every challenge): deleted once they can no longer change an answer. Plain
 * deletes by an indexed or primary-key column, safe to run on several servers at once.
 */
export async function runHousekeeping(db: Queryable, now: Date): Promise<HousekeepingReport> {
  return {
    rateLimitWindows: await pruneRateLimits(db, now),
    idempotencyKeys: await pruneIdempotencyKeys(db, now),
    usedChallenges: await pruneUsedChallenges(db, now),
    // The forget window does not depend on the number of free failures.
    loginThrottles: await pruneLoginThrottle(db, defaultLoginDelayPolicy(), now),
  };
}

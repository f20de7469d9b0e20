import { lt } from "drizzle-orm";
import { usedChallenges } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { ValidationError } from "@/lib/errors";

export interface SpentChallenge {
  id: string;
  expiresAt: Date;
}

export const CHALLENGE_REPLAYED = "该自动安全验证已使用过，每份申请需要一次新的验证。请稍候片刻，待页面显示“验证完成”后再提交（无需任何操作）。";

/**
 * Spend a checked challenge, inside the transaction that files the submission: a second use finds
 * the row and is refused; a parallel one waits on the primary key and is refused once the first
 * commits; a submission that fails rolls back and leaves the challenge usable.
 */
export async function spendChallenge(tx: Queryable, challenge: SpentChallenge, now: Date): Promise<void> {
  const inserted = await tx
    .insert(usedChallenges)
    .values({ id: challenge.id, usedAt: now, expiresAt: challenge.expiresAt })
    .onConflictDoNothing()
    .returning({ id: usedChallenges.id });
  if (inserted.length === 0) throw new ValidationError([{ path: "antiBot", message: CHALLENGE_REPLAYED }]);
}

/** Housekeeping (the worker): a challenge past its expiry is refused by its signature check anyway. */
export async function pruneUsedChallenges(db: Queryable, now: Date): Promise<number> {
  const removed = await db.delete(usedChallenges).where(lt(usedChallenges.expiresAt, now)).returning({ id: usedChallenges.id });
  return removed.length;
}

import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";

/**
 * Server-side control over JWT sessions. The token says who signed in and which session version
 * they got; every request compares it with `users.session_version` (lib/auth/session), so bumping
 * the version ends every session of the account at once — on sign-out, a password change, an admin
 * disabling the account, and a staff session idle for longer than STAFF_IDLE_MINUTES.
 *
 * The idle timeout counts the account's last request (`users.last_seen_at`, written at most once a
 * minute): activity in any of a person's sessions keeps them alive. Policy: 30 minutes for staff of
 * every agency (等保 2.0 level 2 asks for 登录连接超时自动退出; the reference sets no figure, so the
 * duration is one platform setting, not an agency one); citizens' sessions only expire with the token.
 */
const TOUCH_EVERY_MS = 60_000;

export interface SessionClaims {
  userId: string;
  sessionVersion: number | undefined;
}

/** End every session of the account (inside the caller's transaction when given one). */
export async function endAllSessions(db: Queryable, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/** The actor of a session token, or null when the account is gone, disabled, signed out, or idle too long. */
export async function resolveSessionActor(
  db: Queryable,
  claims: SessionClaims,
  { now = new Date(), staffIdleMinutes }: { now?: Date; staffIdleMinutes: number },
): Promise<Actor | null> {
  const [user] = await db
    .select({
      id: users.id,
      role: users.role,
      agencyId: users.agencyId,
      name: users.name,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
      lastSeenAt: users.lastSeenAt,
    })
    .from(users)
    .where(eq(users.id, claims.userId))
    .limit(1);
  if (!user || user.disabled || claims.sessionVersion !== user.sessionVersion) return null;
  const idleMs = user.lastSeenAt ? now.getTime() - user.lastSeenAt.getTime() : Infinity;
  if (user.role !== "citizen" && idleMs > staffIdleMinutes * 60_000) {
    await endAllSessions(db, user.id);
    return null;
  }
  if (idleMs > TOUCH_EVERY_MS) await db.update(users).set({ lastSeenAt: now }).where(eq(users.id, user.id));
  return { userId: user.id, role: user.role, agencyId: user.agencyId, name: user.name };
}

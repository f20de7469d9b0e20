import { eq, or } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { recordHit, releaseHit, secondsUntilWindowEnds, type RateLimitRule } from "@/lib/rate-limit";
import { fieldErrors } from "@/lib/validation/zod";
import { defaultLoginDelayPolicy, type LoginDelayPolicy } from "./login-delay";
import { clearLoginThrottle, reserveLoginAttempt } from "./login-throttle";
import { loginSchema } from "./schemas";

export interface LoginLimits {
  /** Per account and address: free failures, then a growing delay (lib/users/login-delay). */
  perAccount: LoginDelayPolicy;
  /** Per address, over every account (password spraying): a cap per 15 minutes. */
  perIp: RateLimitRule;
}

export function defaultLoginLimits(perAccount = 5): LoginLimits {
  return {
    perAccount: defaultLoginDelayPolicy(perAccount),
    perIp: { limit: perAccount * 6, windowSeconds: 15 * 60 },
  };
}

export const WRONG_CREDENTIALS = "账号或密码错误，请重新输入。";

/** The signed-in actor and the session version its token must carry (lib/users/sessions). */
export interface AuthenticatedActor extends Actor {
  sessionVersion: number;
}

function waitText(seconds: number): string {
  return seconds < 120 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}

/**
 * Check a login. Both limits are reserved atomically *before* the password is checked (so parallel
 * attempts cannot all slip through) and given back when the login succeeds: only failures count.
 * A refused attempt gets the same message whether its password was right or not.
 */
export async function authenticate(
  db: Queryable,
  input: unknown,
  ip: string,
  limits: LoginLimits = defaultLoginLimits(),
  now = new Date(),
): Promise<AuthenticatedActor> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const identifier = parsed.data.identifier.toLowerCase();

  const ipKey = `login:ip:${ip}`;
  const throttleKey = `login:account:${identifier}:ip:${ip}`;
  const refuse = async (seconds: number, reason: string): Promise<never> => {
    await recordAudit(db, { actor: null, actorName: identifier, action: "login.failed", agencyId: null, ip, after: { reason } });
    throw new RateLimitedError(
      `登录失败次数过多，请 ${waitText(seconds)}后再试。如忘记密码，请联系本机关政府信息公开工作机构。`,
      seconds,
    );
  };
  if ((await recordHit(db, ipKey, limits.perIp, now)) > limits.perIp.limit) {
    await refuse(secondsUntilWindowEnds(limits.perIp, now), "rate_limited_ip");
  }
  const attempt = await reserveLoginAttempt(db, throttleKey, limits.perAccount, now);
  if (!attempt.allowed) await refuse(attempt.retryAfterSeconds, "rate_limited_account");

  const [user] = await db
    .select()
    .from(users)
    .where(or(eq(users.email, identifier), eq(users.phone, identifier)))
    .limit(1);
  const ok = user
    ? !user.disabled && (await verifyPassword(user.passwordHash, parsed.data.password))
    : await verifyPassword(await dummyPasswordHash(), parsed.data.password).then(() => false);

  if (!user || !ok) {
    // A known account's failures go to its agency's chain, so its admin sees them.
    await recordAudit(db, {
      actor: null,
      actorUserId: user?.id ?? null,
      actorRole: user?.role ?? null,
      actorName: identifier,
      action: "login.failed",
      agencyId: user?.agencyId ?? null,
      target: user ? { type: "user", id: user.id } : undefined,
      ip,
      after: { reason: !user ? "unknown_account" : user.disabled ? "disabled" : "wrong_password" },
    });
    throw new ValidationError([{ path: "password", message: WRONG_CREDENTIALS }]);
  }
  await releaseHit(db, ipKey, limits.perIp, now);
  await clearLoginThrottle(db, throttleKey);
  // A fresh sign-in is activity: the staff idle timeout counts from here (lib/users/sessions).
  await db.update(users).set({ lastSeenAt: now }).where(eq(users.id, user.id));
  const actor: Actor = { userId: user.id, role: user.role, agencyId: user.agencyId, name: user.name };
  await recordAudit(db, { actor, action: "login.succeeded", target: { type: "user", id: user.id }, ip });
  return { ...actor, sessionVersion: user.sessionVersion };
}

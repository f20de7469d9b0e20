import { eq, or } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { currentHits, recordHit, secondsUntilWindowEnds, type RateLimitRule } from "@/lib/rate-limit";
import { fieldErrors } from "@/lib/validation/zod";
import { loginSchema } from "./schemas";

export interface LoginLimits {
  perAccount: RateLimitRule;
  perIp: RateLimitRule;
}

/** Failed attempts allowed per 15 minutes: per account (guessing one password) and per IP (spraying many). */
export function defaultLoginLimits(perAccount = 5): LoginLimits {
  return {
    perAccount: { limit: perAccount, windowSeconds: 15 * 60 },
    perIp: { limit: perAccount * 6, windowSeconds: 15 * 60 },
  };
}

export const WRONG_CREDENTIALS = "账号或密码错误，请重新输入。";

function limitedMessage(seconds: number): string {
  return `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试。如忘记密码，请联系本机关政府信息公开工作机构。`;
}

/**
 * Check a login. Only failures count toward the limits; when a limit is reached every further
 * attempt is refused with the same message, right password or not, until the window ends.
 */
export async function authenticate(
  db: Queryable,
  input: unknown,
  ip: string,
  limits: LoginLimits = defaultLoginLimits(),
  now = new Date(),
): Promise<Actor> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const identifier = parsed.data.identifier.toLowerCase();

  const accountKey = `login:account:${identifier}`;
  const ipKey = `login:ip:${ip}`;
  const [accountHits, ipHits] = await Promise.all([
    currentHits(db, accountKey, limits.perAccount, now),
    currentHits(db, ipKey, limits.perIp, now),
  ]);
  if (accountHits >= limits.perAccount.limit || ipHits >= limits.perIp.limit) {
    const seconds = secondsUntilWindowEnds(limits.perAccount, now);
    await recordAudit(db, { actor: null, actorName: identifier, action: "login.failed", agencyId: null, ip, after: { reason: "rate_limited" } });
    throw new RateLimitedError(limitedMessage(seconds), seconds);
  }

  const [user] = await db
    .select()
    .from(users)
    .where(or(eq(users.email, identifier), eq(users.phone, identifier)))
    .limit(1);
  const ok = user
    ? !user.disabled && (await verifyPassword(user.passwordHash, parsed.data.password))
    : await verifyPassword(await dummyPasswordHash(), parsed.data.password).then(() => false);

  if (!user || !ok) {
    await recordHit(db, accountKey, limits.perAccount, now);
    await recordHit(db, ipKey, limits.perIp, now);
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
  const actor: Actor = { userId: user.id, role: user.role, agencyId: user.agencyId, name: user.name };
  await recordAudit(db, { actor, action: "login.succeeded", target: { type: "user", id: user.id }, ip });
  return actor;
}

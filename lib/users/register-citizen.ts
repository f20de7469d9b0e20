import { eq, or } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { hashPassword } from "@/lib/auth/password";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import { enqueueMail } from "@/lib/mail/outbox";
import { recordHit, secondsUntilWindowEnds, type RateLimitRule } from "@/lib/rate-limit";
import { fieldErrors } from "@/lib/validation/zod";
import { registerCitizenSchema } from "./schemas";
import { isUniqueViolation } from "@/db/errors";

export interface RegisterOptions {
  /** Sign-ups per hour from one address (REGISTER_RATE_LIMIT). */
  perIpPerHour?: number;
  now?: Date;
}

/** What happened — for the caller's tests and logs only: the page answers the same in both cases. */
export type RegistrationOutcome = { created: true; userId: string } | { created: false };

/**
 * A citizen opens an account with a mobile number and/or an e-mail address. Whether the number or
 * address is already registered is never told to the person at the keyboard (account enumeration):
 * both cases get the same answer (the adapter returns nothing else), the password is hashed in
 * both, and the owner of an existing account gets an e-mail notice instead (when it has an
 * address; no SMS gateway exists). Limited per address, so nobody scripts sign-ups.
 */
export async function registerCitizen(
  db: Db,
  input: unknown,
  context: AuditContext = {},
  { perIpPerHour = 10, now = new Date() }: RegisterOptions = {},
): Promise<RegistrationOutcome> {
  const rule: RateLimitRule = { limit: perIpPerHour, windowSeconds: 3600 };
  if ((await recordHit(db, `register:ip:${context.ip ?? "unknown"}`, rule, now)) > rule.limit) {
    const seconds = secondsUntilWindowEnds(rule, now);
    throw new RateLimitedError(`注册过于频繁，请 ${Math.ceil(seconds / 60)} 分钟后再试。`, seconds);
  }
  const parsed = registerCitizenSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const { name, password } = parsed.data;
  const phone = parsed.data.phone || null;
  const email = parsed.data.email ? parsed.data.email.toLowerCase() : null;
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      const existing = await tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(or(phone ? eq(users.phone, phone) : undefined, email ? eq(users.email, email) : undefined));
      if (existing.length > 0) {
        await noticeToExistingAccounts(tx, existing, context);
        return { created: false } as const;
      }
      const [row] = await tx.insert(users).values({ name, phone, email, passwordHash, role: "citizen" }).returning({ id: users.id });
      const userId = row!.id;
      // The platform chain; the citizen's contact details stay in users, not copied into the log.
      await recordAudit(tx, {
        actor: { userId, role: "citizen", agencyId: null, name },
        action: "user.registered",
        target: { type: "user", id: userId },
        ip: context.ip,
      });
      return { created: true, userId } as const;
    });
  } catch (error) {
    // Registered by a parallel request a moment ago: that account exists now.
    if (!isUniqueViolation(error)) throw error;
    return db.transaction(async (tx) => {
      const existing = await tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(or(phone ? eq(users.phone, phone) : undefined, email ? eq(users.email, email) : undefined));
      await noticeToExistingAccounts(tx, existing, context);
      return { created: false } as const;
    });
  }
}

async function noticeToExistingAccounts(tx: Queryable, accounts: { id: string; email: string | null }[], context: AuditContext): Promise<void> {
  for (const account of accounts) {
    await recordAudit(tx, {
      actor: null,
      actorName: "",
      action: "user.registration_repeated",
      agencyId: null,
      target: { type: "user", id: account.id },
      ip: context.ip,
    });
    if (!account.email) continue;
    await enqueueMail(tx, {
      kind: "account.registration_repeated",
      to: account.email,
      subject: "有人使用您的联系方式注册政府信息公开平台账号",
      text:
        "您好：\n\n刚才有人使用您的手机号码或电子邮箱在政府信息公开平台注册申请人账号。该联系方式已有账号，" +
        "我们没有新建账号，您的原账号和密码保持不变。\n\n如果是您本人操作，请直接使用原密码登录；如忘记密码，" +
        "请联系相关行政机关政府信息公开工作机构。如果不是您本人操作，无需处理。\n\n（本邮件由系统自动发送，请勿回复。）",
    });
  }
}

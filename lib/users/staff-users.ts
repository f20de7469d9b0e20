import { and, asc, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { hashPassword } from "@/lib/auth/password";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { NotFoundError, RuleViolationError, ValidationError } from "@/lib/errors";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import { fieldErrors } from "@/lib/validation/zod";
import { createStaffUserSchema } from "./schemas";
import { isUniqueViolation } from "@/db/errors";
import { endAllSessions } from "./sessions";

/** An agency admin creates a staff account in their own agency (staff never self-register). */
export async function createStaffUser(
  db: Queryable,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ userId: string }> {
  assertRole(actor, ["admin"]);
  const parsed = createStaffUserSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const { name, email, phone, role, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ name, email: email ? email.toLowerCase() : null, phone: phone || null, role, agencyId: actor.agencyId, passwordHash })
        .returning({ id: users.id });
      const userId = row!.id;
      await recordAudit(tx, {
        actor,
        action: "user.created",
        target: { type: "user", id: userId },
        ip: context.ip,
        after: { name, role, email: email ? email.toLowerCase() : null, phone: phone || null },
      });
      return { userId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError([{ path: email ? "email" : "phone", message: "该电子邮箱或手机号码已被使用。" }]);
    }
    throw error;
  }
}

export interface StaffUserSummary {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  role: (typeof users.$inferSelect)["role"];
  disabled: boolean;
}

/** The staff of the admin's own agency. */
export async function listAgencyUsers(db: Queryable, actor: Actor): Promise<StaffUserSummary[]> {
  assertRole(actor, ["admin"]);
  if (!actor.agencyId) return [];
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      role: users.role,
      disabled: users.disabled,
    })
    .from(users)
    .where(eq(users.agencyId, actor.agencyId))
    .orderBy(asc(users.role), asc(users.name));
}

/**
 * An admin disables (or re-enables) a staff account of their own agency. Disabling ends every
 * session of the account at once (lib/users/sessions); an admin cannot disable themselves (the
 * agency would risk losing its last admin). Another agency's account is answered as unknown.
 */
export async function setStaffUserDisabled(
  db: Db,
  actor: Actor,
  userId: string,
  disabled: boolean,
  context: AuditContext = {},
): Promise<void> {
  assertRole(actor, ["admin"]);
  if (!actor.agencyId || !/^[0-9a-f-]{36}$/i.test(userId)) throw new NotFoundError("未找到该账号。");
  if (userId === actor.userId) throw new RuleViolationError("不能停用自己的账号。");
  await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ disabled })
      .where(and(eq(users.id, userId), eq(users.agencyId, actor.agencyId!)))
      .returning({ id: users.id });
    if (!user) throw new NotFoundError("未找到该账号。");
    if (disabled) await endAllSessions(tx, userId);
    await recordAudit(tx, { actor, action: disabled ? "user.disabled" : "user.enabled", target: { type: "user", id: userId }, ip: context.ip });
  });
}

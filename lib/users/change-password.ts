import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertRole, ROLES, type Actor } from "@/lib/auth/roles";
import { UnauthenticatedError, ValidationError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { staffPasswordProblems } from "./password-policy";
import { changePasswordSchema } from "./schemas";
import { endAllSessions } from "./sessions";

/**
 * Anyone signed in changes their own password: the current one is checked, the new one meets the
 * policy of the account's kind (staff: lib/users/password-policy), and every session of the
 * account ends — the person signs in again with the new password, and a stolen session dies too.
 */
export async function changePassword(db: Db, actor: Actor, input: unknown, context: AuditContext = {}): Promise<void> {
  assertRole(actor, ROLES);
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || user.disabled) throw new UnauthenticatedError();
  if (!(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    throw new ValidationError([{ path: "currentPassword", message: "当前密码不正确。" }]);
  }
  if (user.role !== "citizen") {
    const problems = staffPasswordProblems(parsed.data.newPassword, user);
    if (problems.length > 0) throw new ValidationError([{ path: "newPassword", message: problems[0]! }]);
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await endAllSessions(tx, user.id);
    await recordAudit(tx, { actor, action: "user.password_changed", target: { type: "user", id: user.id }, ip: context.ip });
  });
}

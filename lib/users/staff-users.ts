import { asc, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { hashPassword } from "@/lib/auth/password";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { ValidationError } from "@/lib/errors";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import { fieldErrors } from "@/lib/validation/zod";
import { createStaffUserSchema } from "./schemas";
import { isUniqueViolation } from "@/db/errors";

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

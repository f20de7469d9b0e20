import { users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { hashPassword } from "@/lib/auth/password";
import { ValidationError } from "@/lib/errors";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import { fieldErrors } from "@/lib/validation/zod";
import { registerCitizenSchema } from "./schemas";
import { isUniqueViolation } from "@/db/errors";

/** A citizen opens an account with a mobile number and/or an e-mail address. */
export async function registerCitizen(db: Queryable, input: unknown, context: AuditContext = {}): Promise<{ userId: string }> {
  const parsed = registerCitizenSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const { name, phone, email, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ name, phone: phone || null, email: email ? email.toLowerCase() : null, passwordHash, role: "citizen" })
        .returning({ id: users.id });
      const userId = row!.id;
      // The platform chain; the citizen's contact details stay in users, not copied into the log.
      await recordAudit(tx, {
        actor: { userId, role: "citizen", agencyId: null, name },
        action: "user.registered",
        target: { type: "user", id: userId },
        ip: context.ip,
      });
      return { userId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError([
        { path: phone ? "phone" : "email", message: "该手机号码或电子邮箱已注册，请直接登录。" },
      ]);
    }
    throw error;
  }
}

import { users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { hashPassword } from "@/lib/auth/password";
import { ValidationError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { registerCitizenSchema } from "./schemas";
import { isUniqueViolation } from "@/db/errors";

/** A citizen opens an account with a mobile number and/or an e-mail address. */
export async function registerCitizen(db: Queryable, input: unknown): Promise<{ userId: string }> {
  const parsed = registerCitizenSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const { name, phone, email, password } = parsed.data;
  try {
    const [row] = await db
      .insert(users)
      .values({
        name,
        phone: phone || null,
        email: email ? email.toLowerCase() : null,
        passwordHash: await hashPassword(password),
        role: "citizen",
      })
      .returning({ id: users.id });
    return { userId: row!.id };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError([
        { path: phone ? "phone" : "email", message: "该手机号码或电子邮箱已注册，请直接登录。" },
      ]);
    }
    throw error;
  }
}

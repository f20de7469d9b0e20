import { z } from "@/lib/validation/zod";
import { staffPasswordProblems, type AccountIdentity } from "./password-policy";
import { singleLineText } from "@/lib/validation/text";

/** Shared by the browser forms (react-hook-form) and the server (actions, use cases). */

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

const password = singleLineText({ error: "请输入密码。" })
  .min(8, "密码至少 8 位。")
  .max(128, "密码不能超过 128 位。")
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), "密码须同时包含字母和数字。");

const optionalEmail = singleLineText()
  .trim()
  .max(254, "电子邮箱过长。")
  .refine((value) => value === "" || z.email().safeParse(value).success, "请输入有效的电子邮箱，例如 name@example.com。");

const optionalMobile = singleLineText()
  .trim()
  .refine((value) => value === "" || MOBILE_PATTERN.test(value), "请输入 11 位手机号码，例如 13800138000。");

const anyPassword = z.string({ error: "请输入密码。" }).max(128, "密码不能超过 128 位。");

/** Adds the staff password policy's problems (lib/users/password-policy) to `path`. */
export function checkStaffPassword(password: string, identity: AccountIdentity, ctx: z.RefinementCtx, path: string): void {
  for (const message of staffPasswordProblems(password, identity)) ctx.addIssue({ code: "custom", path: [path], message });
}

export const loginSchema = z.object({
  identifier: singleLineText().trim().min(1, "请输入手机号码或电子邮箱。").max(254, "账号过长。"),
  password: singleLineText().min(1, "请输入密码。").max(128, "密码不能超过 128 位。"),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const registerCitizenSchema = z
  .object({
    name: singleLineText().trim().min(1, "请输入姓名。").max(50, "姓名不能超过 50 个字符。"),
    phone: optionalMobile,
    email: optionalEmail,
    password,
    confirmPassword: singleLineText(),
  })
  .superRefine((value, ctx) => {
    if (!value.phone && !value.email) {
      ctx.addIssue({ code: "custom", path: ["phone"], message: "请填写手机号码或电子邮箱（至少一项），用于登录。" });
    }
    if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "两次输入的密码不一致。" });
    }
  });
export type RegisterCitizenInput = z.infer<typeof registerCitizenSchema>;

export const STAFF_ROLE_OPTIONS = ["clerk", "reviewer", "publisher", "admin"] as const;

export const createStaffUserSchema = z
  .object({
    name: singleLineText().trim().min(1, "请输入姓名。").max(50, "姓名不能超过 50 个字符。"),
    email: optionalEmail,
    phone: optionalMobile,
    role: z.enum(STAFF_ROLE_OPTIONS, { error: "请选择角色。" }),
    password: anyPassword,
  })
  .superRefine((value, ctx) => {
    if (!value.phone && !value.email) {
      ctx.addIssue({ code: "custom", path: ["email"], message: "请填写电子邮箱或手机号码（至少一项），用于登录。" });
    }
    checkStaffPassword(value.password, value, ctx, "password");
  });
export type CreateStaffUserInput = z.infer<typeof createStaffUserSchema>;

/**
 * Changing one's own password. The new password must meet the policy of the account's kind (the
 * staff policy is applied by the use case, which knows the account's identifiers).
 */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码。").max(128, "密码不能超过 128 位。"),
    newPassword: password,
    confirmPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "两次输入的密码不一致。" });
    }
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "新密码不能与当前密码相同。" });
    }
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

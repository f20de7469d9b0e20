/**
 * The password policy for staff accounts (等保 2.0 level 2, 身份鉴别: 口令复杂度; OWASP ASVS V2.1):
 * at least 10 characters with letters and digits, not containing the account's own identifiers
 * (the e-mail's local part, the mobile number, the name), and not one of the passwords every
 * guessing list starts with. Pure: the staff form and the use cases share it.
 */
export const STAFF_PASSWORD_MIN_LENGTH = 10;

/** The commonest passwords (and their obvious variants), compared after lower-casing and stripping separators. */
const COMMON_PASSWORDS = new Set([
  "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
  "qwerty", "qwerty123", "qwertyuiop", "qwer1234", "asdf1234", "zxcv1234", "1qaz2wsx", "1qaz2wsx3edc", "qazwsx123",
  "abc123", "abc12345", "abcd1234", "abc123456", "a1234567", "a12345678", "a123456789", "aa123456", "aa12345678",
  "123456", "12345678", "123456789", "1234567890", "0123456789", "11111111", "00000000", "88888888", "66666666",
  "admin", "admin123", "admin1234", "admin12345", "admin123456", "administrator", "root1234", "test1234", "test123456",
  "welcome1", "welcome123", "letmein1", "iloveyou1", "woaini1314", "woaini520", "5201314", "huawei123", "changeme1",
  "gov123456", "zhengfu123", "zhengwu123", "xinxi123", "gongkai123", "xxgk123456", "balitai123", "jinnan123",
  "tianjin123", "tianjin2026", "china123", "china2026", "beijing123", "user1234", "user123456", "guest1234",
  "clerk2026", "admin2026", "staff1234", "staff123456", "password2024", "password2025", "password2026",
]);

function normalised(value: string): string {
  return value.toLowerCase().replace(/[\s\-_.@!#$%^&*]+/g, "");
}

export interface AccountIdentity {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** The Chinese problems with a staff password (empty when it passes). */
export function staffPasswordProblems(password: string, identity: AccountIdentity): string[] {
  const problems: string[] = [];
  if (password.length < STAFF_PASSWORD_MIN_LENGTH) problems.push(`工作人员账号的密码至少 ${STAFF_PASSWORD_MIN_LENGTH} 位。`);
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push("密码须同时包含字母和数字。");
  const lower = password.toLowerCase();
  const local = identity.email?.split("@")[0]?.toLowerCase() ?? "";
  const parts = [local, ...local.split(/[.\-_+]/), identity.phone ?? "", identity.name?.trim().toLowerCase() ?? ""];
  if (parts.some((part) => part.length >= 3 && lower.includes(part))) problems.push("密码不能包含本人的账号、手机号码或姓名。");
  if (COMMON_PASSWORDS.has(normalised(password))) problems.push("该密码过于常见，容易被猜中，请换一个。");
  return problems;
}

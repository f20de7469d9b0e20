/**
 * 居民身份证号码 (GB 11643-1999): 17 digits + a check character by ISO 7064 MOD 11-2; characters
 * 7–14 are the birth date, which must be a real date not in the future (application-form.md).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = "10X98765432";

export type IdCardProblem = "format" | "birthDate" | "futureBirthDate" | "checkCharacter";

export function idCardCheckCharacter(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11];
}

/** The first problem of a 居民身份证 number, or undefined when it is valid. `today` is YYYY-MM-DD. */
export function idCardProblem(value: string, today: string): IdCardProblem | undefined {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return "format";
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth || Number(id.slice(6, 10)) < 1800) {
    return "birthDate";
  }
  if (birth > today) return "futureBirthDate";
  if (idCardCheckCharacter(id.slice(0, 17)) !== id[17]) return "checkCharacter";
  return undefined;
}

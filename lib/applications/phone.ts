/**
 * The phone number as a lookup key: digits only (a leading + kept for numbers abroad), the mainland
 * country code dropped, so "022-1234 5678", "02212345678" and "+86 022 12345678" match.
 */
export function normalizePhone(input: string): string {
  const trimmed = input.trim();
  const international = trimmed.startsWith("+") || trimmed.startsWith("00");
  let digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("00")) digits = digits.slice(2);
  if (!international) return digits;
  if (digits.startsWith("86")) {
    const national = digits.slice(2);
    // +86 22 12345678 → 02212345678 (landlines are dialled with their leading 0 at home).
    return /^1[3-9]\d{9}$/.test(national) || national.startsWith("0") ? national : `0${national}`;
  }
  return `+${digits}`;
}

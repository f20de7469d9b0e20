/**
 * The shape of a 查询码 (tracking code), safe for the browser: 16 characters of Crockford base32,
 * shown as four groups of four, read forgivingly.
 */
export const TRACKING_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const TRACKING_CODE_LENGTH = 16;

/** Forgiving input: case, spaces, dashes, and the letters people confuse with digits (O→0, I/L→1). */
export function normalizeTrackingCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export function isWellFormedTrackingCode(input: string): boolean {
  const code = normalizeTrackingCode(input);
  return code.length === TRACKING_CODE_LENGTH && [...code].every((c) => TRACKING_CODE_ALPHABET.includes(c));
}

import { createHash, randomInt } from "node:crypto";

/**
 * 查询码: the secret an applicant uses with their phone number to look an application up without an
 * account. 16 characters of Crockford base32 (80 random bits), shown as four groups of four. Only its
 * SHA-256 is stored: with 80 bits of entropy a keyless hash cannot be reversed by guessing.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 16;

export function generateTrackingCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code.match(/.{4}/g)!.join("-");
}

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
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c));
}

export function hashTrackingCode(input: string): string {
  return createHash("sha256").update(normalizeTrackingCode(input)).digest("hex");
}

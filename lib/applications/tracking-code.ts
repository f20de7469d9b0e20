import { createHash, randomInt } from "node:crypto";
import { normalizeTrackingCode, TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH } from "./tracking-code-format";

export { isWellFormedTrackingCode, normalizeTrackingCode } from "./tracking-code-format";

/**
 * 查询码: the secret an applicant uses with their phone number to look an application up without an
 * account: 80 random bits. Only its SHA-256 is stored: with 80 bits of entropy a keyless hash cannot
 * be reversed by guessing.
 */
export function generateTrackingCode(): string {
  let code = "";
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)];
  return code.match(/.{4}/g)!.join("-");
}

export function hashTrackingCode(input: string): string {
  return createHash("sha256").update(normalizeTrackingCode(input)).digest("hex");
}

import { createHash, randomBytes, randomInt } from "node:crypto";

/**
 * The secrets of an online consultation invitation (条例第三十二条, issue 16.4): a URL token of 256
 * random bits, and a short code printed beside the link on the 征求意见书, so a link seen by
 * someone else (a forwarded mail, a browser history) is not enough to file an opinion. Only hashes
 * are stored; the code's hash is keyed by the token, so a leaked table cannot be searched for codes.
 */
export const INVITATION_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const INVITATION_CODE_LENGTH = 8;

export function generateInvitationSecrets(): { token: string; code: string } {
  let code = "";
  for (let i = 0; i < INVITATION_CODE_LENGTH; i++) code += INVITATION_CODE_ALPHABET[randomInt(INVITATION_CODE_ALPHABET.length)];
  return { token: randomBytes(32).toString("base64url"), code };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Forgiving input: case and spaces/dashes; O and I/L never occur in the alphabet and read as 0/1 → refused. */
export function normalizeInvitationCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

export function hashInvitationCode(token: string, code: string): string {
  return createHash("sha256").update(`${token}:${normalizeInvitationCode(code)}`).digest("hex");
}

/** A token as the link carries it (base64url of 32 bytes); anything else is no invitation. */
export function isWellFormedInvitationToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

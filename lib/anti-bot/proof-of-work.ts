import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * An accessible anti-bot check (application-form.md: no image CAPTCHA): the server issues a signed
 * challenge; the browser searches, in the background with WebCrypto, for a nonce such that
 * SHA-256(`${challenge}:${nonce}`) starts with `difficulty` zero bits; the server checks the
 * signature, the age and the work. It costs a person a second and a mass-filing script real CPU.
 * Each solved challenge files one submission (lib/anti-bot/single-use records it), so one solution
 * cannot be replayed. Rate limits per IP and per account (submitApplication) remain the second line.
 */
export const DEFAULT_DIFFICULTY = 16;
export const CHALLENGE_TTL_MS = 2 * 3600 * 1000;

export interface Challenge {
  challenge: string;
  difficulty: number;
}

function sign(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(`pow:${payload}`).digest("base64url");
}

export function issueChallenge(secret: string, now = new Date(), difficulty = DEFAULT_DIFFICULTY): Challenge {
  const payload = `${now.getTime()}.${difficulty}.${randomBytes(12).toString("base64url")}`;
  return { challenge: `${payload}.${sign(secret, payload)}`, difficulty };
}

export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export type ProofProblem = "missing" | "forged" | "expired" | "insufficient";

export function checkProof(secret: string, proof: { challenge?: unknown; nonce?: unknown } | undefined, now = new Date()): ProofProblem | undefined {
  if (!proof || typeof proof.challenge !== "string" || typeof proof.nonce !== "string" || proof.nonce.length > 32) return "missing";
  const parts = proof.challenge.split(".");
  if (parts.length !== 4) return "forged";
  const [issuedAt, difficulty, , signature] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(secret, parts.slice(0, 3).join(".")));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "forged";
  const age = now.getTime() - Number(issuedAt);
  if (!(age >= -60_000 && age <= CHALLENGE_TTL_MS)) return "expired";
  const digest = createHash("sha256").update(`${proof.challenge}:${proof.nonce}`).digest();
  return leadingZeroBits(digest) >= Number(difficulty) ? undefined : "insufficient";
}

/** What identifies a (checked) challenge for single use: its random part, and when it would expire anyway. */
export function challengeIdentity(challenge: string): { id: string; expiresAt: Date } {
  const [issuedAt, , random] = challenge.split(".");
  return { id: random ?? challenge, expiresAt: new Date(Number(issuedAt) + CHALLENGE_TTL_MS) };
}

/** Solve a challenge (tests and command-line clients; the browser has its own WebCrypto loop). */
export function solveChallenge({ challenge, difficulty }: Challenge): string {
  for (let nonce = 0; ; nonce++) {
    const digest = createHash("sha256").update(`${challenge}:${nonce}`).digest();
    if (leadingZeroBits(digest) >= difficulty) return String(nonce);
  }
}

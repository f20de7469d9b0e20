import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Personal data at rest (architecture.md "Personal data"): identity numbers are encrypted with
 * AES-256-GCM and, separately, hashed with a keyed HMAC so "same applicant" counting (fees.md §1)
 * works without decrypting. The HMAC key is derived from the encryption key with HKDF, so one
 * secret (PII_ENCRYPTION_KEY) serves both and the two keys are never the same bytes.
 */
export interface PiiKeys {
  encryption: Buffer;
  hashing: Buffer;
}

export function piiKeysFromHex(hexKey: string): PiiKeys {
  const encryption = Buffer.from(hexKey, "hex");
  if (encryption.length !== 32) throw new Error("PII_ENCRYPTION_KEY must be 32 bytes (64 hex characters)");
  const hashing = Buffer.from(hkdfSync("sha256", encryption, Buffer.alloc(0), "portal:identity-hash:v1", 32));
  return { encryption, hashing };
}

const VERSION = "v1";

/** `v1.<iv>.<tag>.<ciphertext>` (base64url): self-describing so the scheme can change later. */
export function encryptPii(keys: PiiKeys, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys.encryption, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function decryptPii(keys: PiiKeys, stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("unrecognised encrypted value");
  const decipher = createDecipheriv("aes-256-gcm", keys.encryption, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** The same identity number (any letter case, spaces) always gives the same hash under one key. */
export function hashIdentity(keys: PiiKeys, idNumber: string): string {
  return createHmac("sha256", keys.hashing).update(normalizeIdentity(idNumber)).digest("hex");
}

export function normalizeIdentity(idNumber: string): string {
  return idNumber.replace(/\s+/g, "").toUpperCase();
}

/** 440***********0014: enough to recognise, not enough to use. */
export function maskIdNumber(idNumber: string): string {
  const value = normalizeIdentity(idNumber);
  if (value.length <= 6) return "*".repeat(value.length);
  const keepEnd = value.length >= 12 ? 4 : 2;
  const keepStart = value.length >= 12 ? 3 : 1;
  return value.slice(0, keepStart) + "*".repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

import { createHmac, timingSafeEqual } from "node:crypto";
import type { Queryable } from "@/db/types";
import { getSecret } from "@/lib/secrets";
import { isUuid } from "./case/load";

/**
 * After a successful look-up by tracking code + phone, the applicant may act on that application
 * (and its sub-applications, 一事一申请) for a short while without an account (answer a correction,
 * a fee notice, withdraw, rate, read letters).
 * The proof is a token bound to the application id and an expiry, signed with a key derived from
 * the app secret, kept in an httpOnly cookie; the tracking code itself never travels again and
 * never appears in a URL.
 */
export const LOOKUP_SESSION_SECONDS = 30 * 60;

export async function lookupSessionKey(db: Queryable): Promise<Buffer> {
  return createHmac("sha256", await getSecret(db, "NEXTAUTH_SECRET")).update("applicant-lookup-session").digest();
}

const signature = (key: Buffer, payload: string) => createHmac("sha256", key).update(payload).digest("base64url");

export function signLookupToken(key: Buffer, applicationId: string, now = new Date()): string {
  const payload = `${applicationId}.${Math.floor(now.getTime() / 1000) + LOOKUP_SESSION_SECONDS}`;
  return `${payload}.${signature(key, payload)}`;
}

/** The application the token proves, or null when it is forged, malformed or expired. */
export function verifyLookupToken(key: Buffer, token: string | undefined, now = new Date()): string | null {
  const [applicationId, expires, given] = (token ?? "").split(".");
  if (!applicationId || !expires || !given || !isUuid(applicationId) || !/^\d+$/.test(expires)) return null;
  const expected = Buffer.from(signature(key, `${applicationId}.${expires}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return Number(expires) > now.getTime() / 1000 ? applicationId : null;
}

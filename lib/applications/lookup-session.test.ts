import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { LOOKUP_SESSION_SECONDS, signLookupToken, verifyLookupToken } from "./lookup-session";

const KEY = Buffer.alloc(32, 7);
const ID = "0b7c6f4e-3d1a-4c55-9f3e-2a1b0c9d8e7f";
const NOW = new Date("2026-03-02T02:00:00Z");

describe("the look-up session token", () => {
  it("proves the application it was issued for until it expires", () => {
    const token = signLookupToken(KEY, ID, NOW);
    expect(verifyLookupToken(KEY, token, NOW)).toBe(ID);
    expect(verifyLookupToken(KEY, token, new Date(NOW.getTime() + (LOOKUP_SESSION_SECONDS - 1) * 1000))).toBe(ID);
    expect(verifyLookupToken(KEY, token, new Date(NOW.getTime() + LOOKUP_SESSION_SECONDS * 1000))).toBeNull();
  });

  it("carries the application id, the expiry and the signature, and nothing else", () => {
    // The cookie is readable by whoever holds the browser: every part of the token is accounted
    // for, so a tracking code, a phone number or any other datum added to it fails here.
    const token = signLookupToken(KEY, ID, NOW);
    const expires = String(NOW.getTime() / 1000 + LOOKUP_SESSION_SECONDS);
    expect(token.split(".")).toEqual([ID, expires, expect.stringMatching(/^[A-Za-z0-9_-]{43}$/)]);
    // The third part is the keyed MAC of the other two, not an encoding of anything else.
    const mac = createHmac("sha256", KEY).update(`${ID}.${expires}`).digest("base64url");
    expect(token).toBe(`${ID}.${expires}.${mac}`);
  });

  it("refuses forged, altered, re-bound or malformed tokens", () => {
    const token = signLookupToken(KEY, ID, NOW);
    const [, expires, signature] = token.split(".");
    expect(verifyLookupToken(Buffer.alloc(32, 8), token, NOW)).toBeNull();
    expect(verifyLookupToken(KEY, `1b7c6f4e-3d1a-4c55-9f3e-2a1b0c9d8e7f.${expires}.${signature}`, NOW)).toBeNull();
    expect(verifyLookupToken(KEY, `${ID}.${Number(expires) + 3600}.${signature}`, NOW)).toBeNull();
    expect(verifyLookupToken(KEY, undefined, NOW)).toBeNull();
    expect(verifyLookupToken(KEY, "", NOW)).toBeNull();
    expect(verifyLookupToken(KEY, "not-a-uuid.1.x", NOW)).toBeNull();
  });
});

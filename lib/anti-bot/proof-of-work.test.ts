import { describe, expect, it } from "vitest";
import { checkProof, issueChallenge, leadingZeroBits, solveChallenge } from "./proof-of-work";

const SECRET = "a-test-secret-of-sufficient-length-000";
const NOW = new Date("2026-03-02T02:00:00Z");

describe("proof-of-work anti-bot check", () => {
  it("counts leading zero bits", () => {
    expect(leadingZeroBits(Uint8Array.from([0, 0, 0x80]))).toBe(16);
    expect(leadingZeroBits(Uint8Array.from([0, 0x0f]))).toBe(12);
    expect(leadingZeroBits(Uint8Array.from([0xff]))).toBe(0);
  });
  it("accepts a solved, fresh, genuine challenge", () => {
    const challenge = issueChallenge(SECRET, NOW, 10);
    expect(checkProof(SECRET, { challenge: challenge.challenge, nonce: solveChallenge(challenge) }, NOW)).toBeUndefined();
  });
  it("refuses a missing, forged, expired or unsolved proof", () => {
    const challenge = issueChallenge(SECRET, NOW, 10);
    const nonce = solveChallenge(challenge);
    expect(checkProof(SECRET, undefined, NOW)).toBe("missing");
    expect(checkProof("another-secret-of-sufficient-length", { challenge: challenge.challenge, nonce }, NOW)).toBe("forged");
    const easier = challenge.challenge.replace(".10.", ".1.");
    expect(checkProof(SECRET, { challenge: easier, nonce: "0" }, NOW)).toBe("forged");
    expect(checkProof(SECRET, { challenge: challenge.challenge, nonce }, new Date(NOW.getTime() + 3 * 3600_000))).toBe("expired");
    const unsolved = ["0", "1", "2", "3"].find((n) => checkProof(SECRET, { challenge: challenge.challenge, nonce: n }, NOW) !== undefined);
    expect(checkProof(SECRET, { challenge: challenge.challenge, nonce: unsolved! }, NOW)).toBe("insufficient");
  });
});

describe("the browser's WebCrypto solver", () => {
  it("finds a nonce the server accepts", async () => {
    const { solveInBackground } = await import("./solve");
    const challenge = issueChallenge(SECRET, NOW, 12);
    const nonce = await solveInBackground(challenge, { batch: 64 });
    expect(checkProof(SECRET, { challenge: challenge.challenge, nonce }, NOW)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { decideAttempt, defaultLoginDelayPolicy, delaySeconds, type ThrottleState } from "./login-delay";

const policy = defaultLoginDelayPolicy(5);
const T0 = new Date("2026-03-02T02:00:00Z");
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe("growing login delay instead of a hard lock", () => {
  it("five failures are free, then the delay doubles up to 15 minutes", () => {
    expect([1, 2, 3, 4].map((n) => delaySeconds(n, policy))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 14, 15, 30].map((n) => delaySeconds(n, policy))).toEqual([1, 2, 4, 8, 512, 900, 900]);
  });

  it("refuses an attempt inside the delay, saying how long to wait, and allows it after", () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < 7; i++) {
      const decision = decideAttempt(state, later(i * 10), policy);
      expect(decision.allowed).toBe(true);
      if (decision.allowed) state = decision.next;
    }
    // 7 failures at t=60 → the next attempt waits 4 s.
    expect(decideAttempt(state, later(61), policy)).toEqual({ allowed: false, retryAfterSeconds: 3 });
    expect(decideAttempt(state, later(64), policy).allowed).toBe(true);
  });

  it("forgets failures after an hour without one", () => {
    const state: ThrottleState = { failures: 20, lastFailureAt: T0, nextAllowedAt: later(900) };
    expect(decideAttempt(state, later(600), policy).allowed).toBe(false);
    const decision = decideAttempt(state, later(3600), policy);
    expect(decision).toMatchObject({ allowed: true, next: { failures: 1 } });
  });
});

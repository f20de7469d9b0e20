/**
 * The failed-login throttle (pure). Instead of a hard lock — which lets anyone keep a clerk out by
 * typing five wrong passwords — a few failures are free, then each further attempt must wait a
 * delay that doubles (1 s, 2 s, 4 s … up to 15 minutes). It is kept per account *and* source
 * address (lib/users/login-throttle), so failures from an attacker's address never delay the
 * owner signing in from theirs; the per-address cap (authenticate) bounds how many accounts one
 * address can try. An hour without failures forgets them. (等保 2.0 level 2 asks for
 * 登录失败处理 — limiting failed attempts — not for a lock.)
 */
export interface LoginDelayPolicy {
  freeFailures: number;
  maxDelaySeconds: number;
  forgetAfterSeconds: number;
}

export function defaultLoginDelayPolicy(freeFailures = 5): LoginDelayPolicy {
  return { freeFailures, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 3600 };
}

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  nextAllowedAt: Date;
}

export type AttemptDecision = { allowed: true; next: ThrottleState } | { allowed: false; retryAfterSeconds: number };

/** The delay after `failures` failures. */
export function delaySeconds(failures: number, policy: LoginDelayPolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.maxDelaySeconds, 2 ** (failures - policy.freeFailures));
}

/**
 * Decide an attempt. An allowed attempt is counted as a failure *before* the password is checked
 * (its row stays locked meanwhile only for this decision), so parallel attempts can never all pass
 * the check; a successful login clears the state afterwards.
 */
export function decideAttempt(state: ThrottleState | undefined, now: Date, policy: LoginDelayPolicy): AttemptDecision {
  const fresh = !state || now.getTime() - state.lastFailureAt.getTime() >= policy.forgetAfterSeconds * 1000;
  const failures = fresh ? 0 : state.failures;
  if (!fresh && failures >= policy.freeFailures && now < state.nextAllowedAt) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((state.nextAllowedAt.getTime() - now.getTime()) / 1000)) };
  }
  const counted = failures + 1;
  return {
    allowed: true,
    next: { failures: counted, lastFailureAt: now, nextAllowedAt: new Date(now.getTime() + delaySeconds(counted, policy) * 1000) },
  };
}

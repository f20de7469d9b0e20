import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** Generated secrets of a non-production deployment, shared by every server of it. */
export const appSecrets = pgTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Fixed-window counters for rate limits (login, submissions), shared by every app server. */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  // The window index serves the worker's pruning (lib/housekeeping).
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limit_hits_window_idx").on(t.windowStart)],
);

/**
 * Proof-of-work challenges already used (lib/anti-bot): each solved challenge files one
 * submission; a replay finds its row. Rows are kept until the challenge would have expired anyway,
 * then the worker prunes them.
 */
export const usedChallenges = pgTable(
  "used_challenges",
  {
    /** The challenge's random part (its signature makes it unforgeable). */
    id: text("id").primaryKey(),
    usedAt: timestamp("used_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("used_challenges_expires_idx").on(t.expiresAt)],
);

/**
 * Failed-login throttle per account and source address (lib/users/login-throttle): after a few free
 * failures each further attempt must wait a delay that doubles. Keyed by account and address, so an
 * attacker elsewhere cannot lock the account's owner out.
 */
export const loginThrottle = pgTable(
  "login_throttle",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
    nextAllowedAt: timestamp("next_allowed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("login_throttle_last_failure_idx").on(t.lastFailureAt)],
);

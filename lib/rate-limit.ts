import { and, eq, lt, sql } from "drizzle-orm";
import { rateLimitHits } from "@/db/schema";
import type { Queryable } from "@/db/types";

/**
 * Fixed-window rate limits kept in the database, so every app server of a deployment shares them.
 * `key` names what is limited, e.g. `login:account:<id>` or `login:ip:<ip>`.
 */
export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Hits recorded in the current window (without recording one). */
export async function currentHits(db: Queryable, key: string, rule: RateLimitRule, now = new Date()): Promise<number> {
  const rows = await db
    .select({ count: rateLimitHits.count })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.key, key), eq(rateLimitHits.windowStart, windowStart(now, rule.windowSeconds))));
  return rows[0]?.count ?? 0;
}

/** Record one hit; returns the count in the window including this one. */
export async function recordHit(db: Queryable, key: string, rule: RateLimitRule, now = new Date()): Promise<number> {
  const start = windowStart(now, rule.windowSeconds);
  const rows = await db
    .insert(rateLimitHits)
    .values({ key, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.key, rateLimitHits.windowStart],
      set: { count: sql`${rateLimitHits.count} + 1` },
    })
    .returning({ count: rateLimitHits.count });
  return rows[0]?.count ?? 1;
}

/** Give back a hit recorded by `recordHit` in the same window (an attempt that turned out not to count). */
export async function releaseHit(db: Queryable, key: string, rule: RateLimitRule, now = new Date()): Promise<void> {
  await db
    .update(rateLimitHits)
    .set({ count: sql`greatest(${rateLimitHits.count} - 1, 0)` })
    .where(and(eq(rateLimitHits.key, key), eq(rateLimitHits.windowStart, windowStart(now, rule.windowSeconds))));
}

/** Seconds until the current window ends (for Retry-After). */
export function secondsUntilWindowEnds(rule: RateLimitRule, now = new Date()): number {
  const end = windowStart(now, rule.windowSeconds).getTime() + rule.windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/** Housekeeping (the worker): forget windows older than a day (the longest window is an hour). */
export async function pruneRateLimits(db: Queryable, now = new Date()): Promise<number> {
  const removed = await db
    .delete(rateLimitHits)
    .where(lt(rateLimitHits.windowStart, new Date(now.getTime() - 86_400_000)))
    .returning({ key: rateLimitHits.key });
  return removed.length;
}

// Next's incremental cache (next.config `cacheHandler`): rendered ISR pages and the data cache.
// With REDIS_URL it lives in Redis, shared by every app server, so revalidateTag('catalogue') on one
// server expires the pages on all of them at once; without it, Next's own per-server file cache under
// .next (the embedded default). Either way every cached page gets its hash-based CSP on the way in
// (and build-time prerenders on their first read). Without Redis, catalogue search pages stay in a
// bounded store in memory instead of the unbounded file cache (bounded-page-store.mjs); with Redis they
// live there like every page (Redis drops them when their lifespan ends), so a publication on one
// server expires them on every server at once. A render that overlapped a publication is not stored
// (late-writes.mjs), and nothing stored before this server started is served (startedAt below). Loaded by `next start` as plain ESM, not bundled.
import { createRequire } from "node:module";
import { BoundedPageStore, isSearchPageKey } from "./bounded-page-store.mjs";
import { withHashContentSecurityPolicy } from "./csp-decoration.mjs";
import { TagExpiries, tagsOfEntry } from "./late-writes.mjs";
import { createRedisCacheHandler, redisTagExpiries } from "./redis.mjs";

const require = createRequire(import.meta.url);
/** Next's built-in file-system cache, the handler Next uses when none is configured. */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

const isProduction = () => process.env.APP_ENV === "production";

/** One per process (Next makes a handler per request): the catalogue's search pages (bounded-page-store.mjs). */
const STORE = Symbol.for("portal.searchPageStore");
const searchPages = () => (globalThis[STORE] ??= new BoundedPageStore());
/**
 * When this server started. An entry stored before is a miss, rendered afresh on its first request:
 * pages that `next build` prerendered have no database behind them (the generic site name, an empty
 * footer, no 最新公开), and an earlier run's pages may carry an identity or settings since changed.
 * Served as they are, the first visitor after a deploy would see them (a stale entry is answered
 * before it is regenerated). Entries this server (or, with Redis, another server since) stored are
 * served as usual.
 */
const STARTED = Symbol.for("portal.serverStartedAt");
globalThis[STARTED] ??= Date.now();
/** A file's time can read a few ms early (the kernel's coarse clock); a Next process takes longer than this to boot. */
const CLOCK_SLACK_MS = 100;
const storedBeforeStart = (entry) => (entry.lastModified ?? 0) < globalThis[STARTED] - CLOCK_SLACK_MS;

/** One per process: when each tag last expired (late-writes.mjs). */
const EXPIRIES = Symbol.for("portal.tagExpiries");
/** @param {string | undefined} redisUrl @returns {TagExpiries} */
const tagExpiries = (redisUrl) =>
  (globalThis[EXPIRIES] ??= new TagExpiries({
    shared: redisUrl ? redisTagExpiries({ url: redisUrl, keyPrefix: process.env.REDIS_KEY_PREFIX || "portal:" }) : undefined,
  }));

export default class PortalCacheHandler {
  /** @param {Record<string, unknown>} context what Next passes every cache handler (one per request) */
  constructor(context) {
    const redisUrl = process.env.REDIS_URL;
    this.boundsSearchPages = !redisUrl;
    this.expiries = tagExpiries(redisUrl);
    this.inner = redisUrl
      ? createRedisCacheHandler(context, { url: redisUrl, keyPrefix: process.env.REDIS_KEY_PREFIX || "portal:" })
      : new FileSystemCache(context);
  }

  async get(key, ctx) {
    const entry = this.boundsSearchPages && isSearchPageKey(key) ? searchPages().get(key) : await this.inner.get(key, ctx);
    if (!entry || storedBeforeStart(entry)) return null;
    if (entry.value) withHashContentSecurityPolicy(entry.value, isProduction());
    return entry;
  }

  async set(key, data, ctx) {
    withHashContentSecurityPolicy(data, isProduction()); // also on the answer to this request, stored or not
    if (await this.expiries.expiredRecently(tagsOfEntry(data, ctx))) return;
    if (this.boundsSearchPages && isSearchPageKey(key)) return searchPages().set(key, data, ctx?.cacheControl);
    return this.inner.set(key, data, ctx);
  }

  async revalidateTag(...args) {
    await this.expiries.record(args[0]);
    searchPages().revalidateTag(args[0]);
    return this.inner.revalidateTag(...args);
  }

  resetRequestCache() {
    this.inner.resetRequestCache?.();
  }
}

// Catalogue search pages (/catalogue/search/…, lib/documents/search-path.ts) are cached like list
// pages, but there are as many of them as terms people type. So they never go to the shared store
// (the disk or Redis), which anyone could fill by searching random words: they stay in this
// process's memory, within a fixed number of bytes, the least recently read leaving first.

import { tagsOfEntry } from "./late-writes.mjs";

/** A search page's key: Next's opaque response key ends in the request path (`…/$/catalogue/search/q.…`). */
const SEARCH_PAGE_KEY = /\/\$\/catalogue\/search\/[^/]+$/;

/** @param {string} key */
export function isSearchPageKey(key) {
  return SEARCH_PAGE_KEY.test(key);
}

/** About 300 pages of 20 results (HTML, RSC payload and its prefetch segments ≈ 200 KB each). */
export const SEARCH_PAGE_STORE_BYTES = 64 * 1024 * 1024;
/** A page's own `revalidate` when it has none (app/layout.tsx's). */
const DEFAULT_MAX_AGE_SECONDS = 60;

/** @param {any} value */
function sizeOf(value) {
  let bytes = typeof value?.html === "string" ? Buffer.byteLength(value.html) : 0;
  bytes += value?.rscData?.byteLength ?? 0;
  for (const buffer of value?.segmentData?.values?.() ?? []) bytes += buffer?.byteLength ?? 0;
  return bytes + 1024; // headers and bookkeeping
}

/**
 * An LRU of rendered pages by total size. An entry is served only while younger than its
 * `revalidate` (then it is a miss and renders again, never served stale): another app server's
 * publication reaches this one's store no later than that (revalidateTag only runs where it was
 * called), and revalidateTag here drops every entry carrying the tag at once.
 */
export class BoundedPageStore {
  /** @param {{ maxBytes?: number, now?: () => number }} [options] */
  constructor({ maxBytes = SEARCH_PAGE_STORE_BYTES, now = Date.now } = {}) {
    this.maxBytes = maxBytes;
    this.now = now;
    this.bytes = 0;
    /** @type {Map<string, { value: any, lastModified: number, cacheControl: any, bytes: number, tags: string[] }>} */
    this.entries = new Map();
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const maxAgeSeconds = typeof entry.cacheControl?.revalidate === "number" ? entry.cacheControl.revalidate : DEFAULT_MAX_AGE_SECONDS;
    if (this.now() - entry.lastModified > maxAgeSeconds * 1000) {
      this.delete(key);
      return null;
    }
    this.entries.delete(key); // the Map's order is the LRU order: move to the newest end
    this.entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {any} value @param {any} cacheControl */
  set(key, value, cacheControl) {
    this.delete(key);
    if (!value) return;
    const bytes = sizeOf(value);
    if (bytes > this.maxBytes / 16) return; // one huge page does not push out a hundred others
    while (this.bytes + bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    this.entries.set(key, { value, lastModified: this.now(), cacheControl, bytes, tags: tagsOfEntry(value) });
    this.bytes += bytes;
  }

  /** @param {string | string[]} tags */
  revalidateTag(tags) {
    const expired = new Set(typeof tags === "string" ? [tags] : tags);
    for (const [key, entry] of this.entries) if (entry.tags.some((tag) => expired.has(tag))) this.delete(key);
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

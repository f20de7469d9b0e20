// Gives a cached page a hash-based Content Security Policy. A cached (ISR) page is one HTML for
// every visitor, so it cannot carry a per-request nonce; instead each inline <script> it contains is
// allowed by its SHA-256 hash, computed once when the page enters the cache. Next sends a cache
// entry's `headers` with the page, on a hit and on the miss that rendered it.
import { createHash } from "node:crypto";
import { hashContentSecurityPolicy } from "../security/csp.mjs";

const CSP_HEADER = "content-security-policy";
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;
const TYPE_ATTRIBUTE = /(?:^|\s)type\s*=\s*["']?([^"'\s>]+)/i;
// Script types the browser executes (HTML's JavaScript MIME types, "module"); anything else is a
// data block (JSON-LD…) that CSP does not govern.
const EXECUTABLE_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript"]);

/**
 * The CSP hash sources of the HTML's inline scripts, in document order, without repeats. A script's
 * hash is over its text exactly as written: script contents are raw text in HTML (no entities).
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT_ELEMENT)) {
    if (SRC_ATTRIBUTE.test(attributes) || body === "") continue;
    const type = (TYPE_ATTRIBUTE.exec(attributes)?.[1] ?? "").toLowerCase();
    if (!EXECUTABLE_TYPES.has(type)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * Adds the hash policy to an APP_PAGE cache value (in place: Next serves the very object it
 * stored, and the build's prerendered entries are decorated on their first read). Other kinds
 * (data cache, route handlers, images) are left alone. Returns the value.
 * @template T
 * @param {T} value
 * @param {boolean} production
 * @returns {T}
 */
export function withHashContentSecurityPolicy(value, production) {
  const page = /** @type {{ kind?: string, html?: unknown, headers?: Record<string, unknown> } | null} */ (value);
  if (!page || page.kind !== "APP_PAGE" || typeof page.html !== "string" || page.html === "") return value;
  if (page.headers?.[CSP_HEADER]) return value;
  page.headers = { ...page.headers, [CSP_HEADER]: hashContentSecurityPolicy(inlineScriptHashes(page.html), production) };
  return value;
}

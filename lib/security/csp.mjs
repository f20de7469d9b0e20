// The one definition of the site's Content Security Policy. Plain JavaScript (ESM) because the
// cache handler (lib/cache-handler) is loaded by `next start` as is, without the bundler; proxy.ts
// and next.config.ts import it too, so every response gets its policy from here.

import { DISPLAY_MODE_SCRIPT_HASH } from "./display-mode-script.mjs";

/** Where browsers send violation reports (app/api/csp-report/route.ts). */
export const CSP_REPORT_PATH = "/api/csp-report";

/**
 * Pages that hold personal data or act for a signed-in user: never framed by anyone
 * (clickjacking on a 受理/答复 button or a password form). Public reading pages may be framed by the
 * portal itself only.
 */
export const PRIVATE_PATH_PREFIXES = ["/staff", "/admin", "/account", "/login", "/register", "/apply/new", "/apply/lookup", "/consultations"];

/** @param {string} pathname */
export function isPrivatePath(pathname) {
  return PRIVATE_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * @param {{ scriptSources: string[], frameAncestors: "'none'" | "'self'", production: boolean }} options
 *   scriptSources: the nonce or the hashes that allow this page's inline scripts. Never 'unsafe-inline':
 *   an injected <script> then runs nowhere. Next's own script files come from 'self'.
 */
export function contentSecurityPolicy({ scriptSources, frameAncestors, production }) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(" ")}`.trimEnd(),
    // React renders style attributes (style={{…}}) and sanitised document bodies may carry them;
    // styles cannot run code, so inline styles stay allowed while scripts are strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    ...(production ? ["upgrade-insecure-requests"] : []),
    // report-uri, not report-to: Chromium sends report-to reports in batches up to a minute late
    // and then ignores report-uri; report-uri arrives at once in every browser.
    `report-uri ${CSP_REPORT_PATH}`,
  ];
  return directives.join("; ");
}

/**
 * The policy of a page rendered per request: Next puts this nonce on every script it emits
 * (it reads it from the request's Content-Security-Policy header); the root layout's display-mode
 * script has no nonce (the layout is the same for every request) and is allowed by its hash.
 * @param {string} nonce @param {string} pathname @param {boolean} production
 */
export function nonceContentSecurityPolicy(nonce, pathname, production) {
  return contentSecurityPolicy({
    scriptSources: [`'nonce-${nonce}'`, DISPLAY_MODE_SCRIPT_HASH],
    frameAncestors: isPrivatePath(pathname) ? "'none'" : "'self'",
    production,
  });
}

/**
 * The policy of a cached (ISR/static) public page: the same HTML goes to everyone, so its inline
 * scripts are allowed by their hashes, not by a nonce. Cached pages are all public reading pages.
 * @param {string[]} hashes `'sha256-…'` sources @param {boolean} production
 */
export function hashContentSecurityPolicy(hashes, production) {
  return contentSecurityPolicy({ scriptSources: hashes, frameAncestors: "'self'", production });
}

/** For API responses (JSON, files): nothing in them may run or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

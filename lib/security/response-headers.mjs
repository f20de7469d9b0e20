// Security headers every response carries (next.config `headers()`), alongside the page CSP that
// proxy.ts (per-request pages) or the cache handler (cached pages) sets.
import { API_CONTENT_SECURITY_POLICY, PRIVATE_PATH_PREFIXES } from "./csp.mjs";

// Only features the browsers recognise: Chromium logs an error on every page for an unknown one
// (it did for "bluetooth").
const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "browsing-topics=()",
].join(", ");

/** Responses that are data or files, never pages: nothing in them may run or be framed. */
const NON_PAGE_SOURCES = ["/api/:path*", "/documents/:id/attachments/:path*", "/feed.xml", "/sitemap.xml", "/robots.txt"];

/**
 * @param {{ production: boolean }} options production adds HSTS (only meaningful behind TLS; the
 *   value is fixed when `next build` runs, so build with APP_ENV=production).
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function securityHeaderRules({ production }) {
  const everywhere = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
  // Later rules override earlier ones for the same header name.
  const privatePages = PRIVATE_PATH_PREFIXES.map((prefix) => ({
    source: `${prefix}/:path*`,
    headers: [
      // A second policy, enforced together with the page's own: no framing even for pages that are
      // cached (the cached page's hash policy allows 'self'), and no URL of a case leaks as a referrer.
      { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Referrer-Policy", value: "same-origin" },
    ],
  }));
  const notPages = NON_PAGE_SOURCES.map((source) => ({
    source,
    headers: [
      { key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY },
      { key: "X-Frame-Options", value: "DENY" },
    ],
  }));
  return [{ source: "/:path*", headers: everywhere }, ...privatePages, ...notPages];
}

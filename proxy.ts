import { NextResponse, type NextRequest } from "next/server";
import { browsePath } from "@/lib/documents/browse-path";
import { searchPath } from "@/lib/documents/search-path";
import { refuseUnreadableUrl } from "@/lib/http/unreadable-url";
import { nonceContentSecurityPolicy } from "@/lib/security/csp.mjs";

/**
 * 1. Catalogue list and search pages go to their cacheable routes (browse/…, search/…); the public URL stays the same.
 * 2. Pages rendered per request get a fresh nonce: Next reads it from the request's
 *    Content-Security-Policy header and puts it on every script it emits; the response carries the
 *    same policy. Cached (ISR/static) pages are never matched here: their HTML is shared, so they get
 *    a hash policy from the cache handler (lib/cache-handler) instead — a nonce would not be on them.
 */
export function proxy(request: NextRequest) {
  // A path Next.js cannot decode (invalid UTF-8 in a dynamic segment) would end in its bare 500.
  const refused = refuseUnreadableUrl(request.url);
  if (refused) return refused;
  const target = request.nextUrl.pathname === "/catalogue" ? (searchPath(request.nextUrl.searchParams) ?? browsePath(request.nextUrl.searchParams)) : null;
  if (target) {
    // On request.url, the server's own origin as its router sees it (next.config skipProxyUrlNormalize),
    // not nextUrl, which names 127.0.0.1 "localhost": a rewrite to another origin is fetched over HTTP.
    const url = new URL(request.url);
    url.pathname = target;
    url.search = "";
    return NextResponse.rewrite(url);
  }
  // Matched only for its percent escape: a cached page or a route, which keeps its own policy.
  if (!PER_REQUEST_PAGE.test(request.nextUrl.pathname)) return NextResponse.next();
  const policy = nonceContentSecurityPolicy(newNonce(), request.nextUrl.pathname, process.env.APP_ENV === "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}

/**
 * The pages rendered per request (they read the session, the query or call connection()), and
 * /catalogue for its rewrite (to a cached list or search page, so never given a nonce). Everything
 * else is cached or not a page: uploads (/api/applicant/**, /api/staff/**, /api/v1/applications)
 * never pass the proxy, which truncates bodies at 10 MB
 * (architecture.md). e2e/security-headers.spec.ts fails if a page is missing here (no script policy)
 * or a cached page is listed (its scripts would lack the nonce). Unknown addresses under /staff,
 * /admin and /account render their 404 per request (app/_shared/unknown-private-page.tsx).
 * Any other path with a percent escape passes too, only to be refused if it cannot be decoded
 * (lib/http/unreadable-url); PER_REQUEST_PAGE repeats the page list for that case (a matcher must be
 * a literal).
 */
const PER_REQUEST_PAGE =
  /^\/(guide|rules|annual-reports|performance|login|apply\/(new|fee-calculator|deadline-calculator)|apply\/lookup(\/application(\/.*)?)?|consultations\/[^/]+|account(\/.*)?|staff(\/.*)?|admin(\/.*)?)$/;

export const config = {
  matcher: [
    "/catalogue",
    "/guide",
    "/rules",
    "/annual-reports",
    "/performance", // reads ?agency=&year=
    "/login",
    "/apply/new",
    "/apply/fee-calculator",
    "/apply/deadline-calculator",
    "/apply/lookup", // reads ?ended=1, the notice after 退出查询
    "/apply/lookup/application",
    "/apply/lookup/application/:id",
    "/apply/lookup/application/letters/:letterId",
    "/consultations/:token", // the link of a 征求意见书 (issue 16.4), read per request
    "/account/:path*",
    "/staff/:path*",
    "/admin/:path*",
    "/((?!_next/).*%.*)",
  ],
};

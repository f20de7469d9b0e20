import path from "node:path";
import type { NextConfig } from "next";
import { securityHeaderRules } from "./lib/security/response-headers.mjs";

const nextConfig: NextConfig = {
  // Native / WASM packages stay outside the bundle (PGlite ships its own WASM and data files).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
  },
  poweredByHeader: false,
  // No ETag: Next hashes every HTML response in JavaScript (FNV over the whole page, ~2 ms for a
  // 60 KB search page, the largest single cost of serving it from the cache; issue 13 item 19) only to
  // answer a conditional request with 304. Pages are cached by the server and shared caches (s-maxage).
  generateEtags: false,
  // proxy.ts gets request.url on the origin the server's router compares rewrites with. Otherwise
  // it is built on `localhost`, and on a server started with `-H 127.0.0.1` (or any other host) a
  // rewrite to it counts as external: Next fetches it over HTTP from localhost, a second request
  // for every /catalogue?… page (and none at all on a server not listening on localhost).
  skipProxyUrlNormalize: true,
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` is the one type check
  // The page and data cache: Redis when REDIS_URL is set, else Next's file cache; cached pages get
  // their hash-based Content-Security-Policy there (README "Security headers").
  cacheHandler: path.join(process.cwd(), "lib/cache-handler/index.mjs"),
  async headers() {
    return securityHeaderRules({ production: process.env.APP_ENV === "production" });
  },
};

export default nextConfig;

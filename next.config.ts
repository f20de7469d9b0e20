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
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` is the one type check
  // The page and data cache: Redis when REDIS_URL is set, else Next's file cache; cached pages get
  // their hash-based Content-Security-Policy there (README "Security headers").
  cacheHandler: path.join(process.cwd(), "lib/cache-handler/index.mjs"),
  async headers() {
    return securityHeaderRules({ production: process.env.APP_ENV === "production" });
  },
};

export default nextConfig;

import fs from "node:fs";
import path from "node:path";

/**
 * `next start` keeps rendered public pages (ISR) and cached data (unstable_cache) under .next, and
 * they survive a restart: they belong to the database they were read from. A server started on
 * another database (a fresh e2e database, the bench's) must start without them.
 */
export function clearNextPageCache(root = process.cwd()): void {
  for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"]) {
    fs.rmSync(path.join(root, dir), { recursive: true, force: true });
  }
}

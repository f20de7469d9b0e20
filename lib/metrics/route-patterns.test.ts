import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTE_PATTERNS, routePattern } from "./route-patterns";

function routeFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [prefix || "/"] : [];
    if (!entry.isDirectory()) return [];
    // Route groups "(public)" are not part of the URL.
    const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
    return routeFiles(path.join(dir, entry.name), prefix + segment);
  });
}

describe("route patterns (the metrics' route label)", () => {
  it("lists exactly the route handlers under app/", () => {
    expect([...ROUTE_PATTERNS].sort()).toEqual(routeFiles(path.join(process.cwd(), "app")).sort());
  });

  it.each([
    ["/api/v1/documents/0b6c2b7e-8f7c-4a40-9d2b-5c1b8a1f0e11", "/api/v1/documents/[id]"],
    ["/api/v1/documents/not-an-id", "/api/v1/documents/[id]"],
    ["/api/v1/applications/lookup", "/api/v1/applications/lookup"],
    ["/api/v1/annual-reports/11120112MB1957322H/2024/xlsx", "/api/v1/annual-reports/[agency]/[year]/xlsx"],
    ["/api/auth/callback/credentials", "/api/auth/[...nextauth]"],
    ["/feed.xml", "/feed.xml"],
    ["/feedxxml", "other"],
    ["/api/made/up/path", "other"],
  ])("%s → %s", (pathname, pattern) => {
    expect(routePattern(pathname)).toBe(pattern);
  });
});

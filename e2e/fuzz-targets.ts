import fs from "node:fs";
import path from "node:path";
import { AGENCY_CODES } from "./fixtures";

/**
 * What the fuzz test walks, read from the build's manifests so that a new page, route handler or
 * server action is covered without editing the test.
 */
const SERVER = path.join(process.cwd(), ".next", "server");

export interface RouteTarget {
  /** e.g. `/(public)/documents/[id]/page` */
  entry: string;
  kind: "page" | "route";
  /** URL segments; dynamic ones as `{ name }`. */
  segments: (string | { name: string })[];
  /** HTTP methods a route handler exports (pages: GET only). */
  methods: string[];
}

export interface ActionTarget {
  id: string;
  name: string;
  /** Source file, e.g. `app/staff/documents/actions.ts`: tells which role may call it. */
  file: string;
  /** A page that loads the action (the browser posts the action to the page it is on). */
  pageEntry: string;
}

const HANDLER_EXPORT = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g;

function sourceOf(entry: string): string {
  for (const ext of [".ts", ".tsx"]) {
    const file = path.join(process.cwd(), "app", entry + ext);
    if (fs.existsSync(file)) return fs.readFileSync(file, "utf8");
  }
  return "";
}

export function routeTargets(): RouteTarget[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(SERVER, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((entry) => !entry.startsWith("/_"))
    .sort()
    .map((entry) => {
      const kind = entry.endsWith("/route") ? "route" : "page";
      const segments = entry
        .split("/")
        .slice(1, -1)
        .filter((part) => !/^\(.*\)$/.test(part))
        .map((part) => (/^\[.*\]$/.test(part) ? { name: part.replace(/^\[(\.\.\.)?|\]$/g, "") } : part));
      const methods = kind === "page" ? ["GET"] : [...new Set([...sourceOf(entry).matchAll(HANDLER_EXPORT)].map((m) => m[1]!))];
      return { entry, kind, segments, methods: methods.length ? methods : ["GET", "POST"] };
    });
}

export function actionTargets(): ActionTarget[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(SERVER, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, action]) => ({
      id,
      name: action.exportedName,
      file: action.filename,
      pageEntry: `/${Object.keys(action.workers)[0]!.replace(/^app\//, "")}`,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const NIL_ID = "00000000-0000-4000-8000-000000000000";

/** A plausible value for a dynamic segment, so the other segments' checks are reached. */
export function plausible(name: string): string {
  if (name === "year") return "2024";
  if (name === "agency" || name === "code") return AGENCY_CODES.balitai;
  if (name === "filters") return "agency-x";
  if (name === "nextauth") return "session";
  return NIL_ID;
}

/** The URL of a target with each dynamic segment replaced by `fill(name)` (already URL-encoded). */
export function urlOf(segments: RouteTarget["segments"], fill: (name: string) => string): string {
  return "/" + segments.map((part) => (typeof part === "string" ? part : fill(part.name))).join("/");
}

/** The entry of a page (`/account/applications/[id]/page`) as a URL with plausible segments. */
export function pageUrl(entry: string): string {
  const target = routeTargets().find((candidate) => candidate.entry === entry);
  return target ? urlOf(target.segments, plausible) : "/";
}

/** Which signed-in role reaches past the guard of a URL or an action's file (undefined: public). */
export function roleFor(where: string): "admin" | "publisher" | "reviewer" | "clerk" | "citizen" | undefined {
  const at = where.replace(/^app\//, "/");
  if (at.startsWith("/admin")) return "admin";
  if (at.startsWith("/staff/documents") || at.startsWith("/api/v1/staff")) return "publisher";
  if (at.startsWith("/staff/reports") || at.startsWith("/staff/statistics")) return "reviewer";
  if (at.startsWith("/staff") || at.startsWith("/api/staff")) return "clerk";
  if (at.startsWith("/account") || at.startsWith("/api/applicant") || at.startsWith("/register")) return "citizen";
  return undefined;
}

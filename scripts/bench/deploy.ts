import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, asc, count, eq, gt } from "drizzle-orm";
import { agencies, categories, documents } from "@/db/schema";
import { migrateDatabase, openDatabase } from "@/db/open";
import { findNginx, freePort, startAppServer, startNginx, type Started } from "../deploy/cluster";
import { browseHref } from "@/lib/documents/browse-path";
import { listPublicationYears } from "@/lib/documents/public";
import { wrk, type WrkResult } from "./wrk";

/**
 * The production shape under load (issue 12 item 6): nginx (deploy/nginx.conf) in front of two
 * `next start` servers on PostgreSQL with 100,000 documents, 50 clients (Debian's `wrk`, a C load
 * generator in its own process: the load must not take the CPU the servers and nginx need).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/deploy_bench npm run bench deploy
 *
 * Needs `next build` and nginx. The database named there is created, migrated, seeded and filled
 * to BENCH_DOCUMENTS (100,000) published documents on the first run (`npm run gen:documents`), and
 * kept for the next. Measured in one run, through the same nginx:
 * - a cached document page and a cached list page vs the same HTML as a static file
 *   (targets: ≥ 0.5× the static file's requests per second, p95 ≤ 10 ms);
 * - cache misses after publishing: a document is published (an attachment upload expires the
 *   catalogue tag, as publishing does), then document pages and list pages nobody has requested
 *   (wrk-paths.lua: every request a different page, each answer checked to be nginx's MISS, so a
 *   render by Next on PostgreSQL), at MISS_CLIENTS concurrent visitors (1, 4 and 50). The target
 *   (p95 ≤ 50 ms) is judged at 4, two per app server: after a publication the pages most people ask
 *   for are answered stale by nginx while one request renders them (proxy_cache_use_stale updating),
 *   so what misses at once is the long tail, a few pages at a time. 50 visitors that all miss
 *   measure capacity instead: their p95 is their queue (≈ 50 ÷ renders per second).
 * Latency is wrk's, from sending a request to reading its whole answer, through nginx.
 */
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000);
const CLIENTS = 50;
/** Concurrent visitors for the miss runs; the target is judged at MISS_TARGET_CLIENTS (see above). */
const MISS_CLIENTS = (process.env.BENCH_MISS_CLIENTS ?? "1,4,50").split(",").map(Number);
const MISS_TARGET_CLIENTS = 4;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LIST_PAGE = "/catalogue/browse/category.fiscal";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** wrk for SECONDS at CLIENTS connections against one URL (after a 2 s warm-up). */
const hammer = (url: string) => wrk(url, { connections: CLIENTS, seconds: SECONDS });

const describe = (figures: WrkResult) =>
  `${figures.perSecond.toFixed(0)} req/s · p50 ${figures.p50.toFixed(2)} ms · p95 ${figures.p95!.toFixed(2)} ms · p99 ${figures.p99.toFixed(2)} ms${figures.errors ? ` · errors ${figures.errors}` : ""}`;
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
const load = () => `load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (1 / 5 / 15 min, ${os.cpus().length} cores)`;

async function ensureDatabase(url: string): Promise<string[]> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const { default: postgres } = await import("postgres");
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
  if (!exists) await admin.unsafe(`create database "${name}"`);
  await admin.end({ timeout: 5 });

  const options = { driver: "postgres" as const, url };
  await migrateDatabase(options);
  const handle = await openDatabase(options);
  try {
    const { seedDatabase } = await import("@/db/seed");
    await seedDatabase(handle.db);
    const [row] = await handle.db.select({ n: count() }).from(documents).where(eq(documents.status, "published"));
    const missing = DOCUMENTS - Number(row?.n ?? 0);
    if (missing <= 0) return [`database ${name}: ${Number(row?.n).toLocaleString("en")} published documents (kept from an earlier run)`];
    const started = Date.now();
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const generated = spawnSync(tsx, ["scripts/gen-documents.ts", "--count", String(missing), "--seed", String(Date.now() % 1000)], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (generated.status !== 0) throw new Error("gen:documents failed");
    return [`database ${name}: generated ${missing.toLocaleString("en")} documents in ${((Date.now() - started) / 1000).toFixed(0)} s`];
  } finally {
    await handle.close();
  }
}

/** Sign in as the demo publisher through next-auth's own form post; returns the cookie header. */
async function signIn(base: string, identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, identifier, password, callbackUrl: `${base}/staff` }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return cookie();
}

export async function benchDeploy(): Promise<string[]> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return ["skipped: set BENCH_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/deploy_bench; the database is created and filled once)"];
  const nginxBin = findNginx();
  if (!nginxBin) return ["skipped: nginx not found (apt-get install nginx-light)"];
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return ["skipped: run `next build` first"];

  const lines = await ensureDatabase(url);
  const handle = await openDatabase({ driver: "postgres", url, max: 2 });
  const [sample] = await handle.db.select({ id: documents.id }).from(documents).where(eq(documents.status, "published")).orderBy(asc(documents.id)).limit(1);
  // Documents nobody has asked for yet, for the misses: a random window of ids after the sample, so
  // a second run does not find the pages the first one rendered still in Next's cache.
  const fresh = await handle.db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.status, "published"), gt(documents.id, sample!.id)))
    .orderBy(asc(documents.id))
    .offset(Math.floor(Math.random() * Math.max(0, DOCUMENTS - 40_000)))
    .limit(20_000);
  // List pages nobody has asked for yet: every category's pages 1–30, and by year.
  const codes = await handle.db.selectDistinct({ code: categories.code }).from(categories);
  const years = await listPublicationYears(handle.db);
  const listPaths = codes
    .flatMap(({ code }) => [
      ...Array.from({ length: 30 }, (_, page) => browseHref({ category: code, page: String(page + 1) })),
      ...years.flatMap((year) => [1, 2, 3].map((page) => browseHref({ category: code, year: String(year), page: String(page) }))),
    ])
    .filter((listPath) => listPath !== LIST_PAGE)
    .sort(() => Math.random() - 0.5);
  // The demo publisher's agency: the document that gets a new attachment ("publishing a change").
  const [draft] = await handle.db
    .select({ id: documents.id })
    .from(documents)
    .innerJoin(agencies, eq(agencies.id, documents.agencyId))
    .where(and(eq(documents.status, "published"), eq(agencies.code, "11120112MB1957322H")))
    .limit(1);
  await handle.close();

  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-static-"));
  const dataDirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-data-")));
  // As in production: nginx's address is the one public URL, and nginx is the one proxy hop.
  const nginxPort = await freePort();
  const env = {
    DATABASE_URL: url,
    APP_ENV: "test",
    NEXTAUTH_SECRET: "deploy-bench-secret-0123456789abcdef",
    NEXTAUTH_URL: `http://127.0.0.1:${nginxPort}`,
    TRUSTED_PROXY_HOPS: "1",
    PII_ENCRYPTION_KEY: "b".repeat(64),
    LOG_LEVEL: "warn",
  };
  const servers: Started[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    servers.push(...(await Promise.all([startAppServer({ ...env, DATA_DIR: dataDirs[0]! }), startAppServer({ ...env, DATA_DIR: dataDirs[1]!, WORKER_DISABLED: "1" })])));
    // The access log buffered as shipped (the multi-server test reads it unbuffered, line by line).
    nginx = await startNginx(nginxBin, servers.map((server) => `127.0.0.1:${server.port}`), { staticDir, port: nginxPort, bufferedAccessLog: true });
    const base = nginx.url;
    lines.push(`nginx ${base} → 2 × next start; ${CLIENTS} clients (wrk, 2 threads), ${SECONDS} s each after a 2 s warm-up; before: ${load()}`);

    const pages = { document: `/documents/${sample!.id}`, list: LIST_PAGE };
    const ok: boolean[] = [];
    for (const [name, pagePath] of Object.entries(pages)) {
      const html = await (await fetch(`${base}${pagePath}`)).text();
      fs.writeFileSync(path.join(staticDir, `${name}.html`), html);
      const served = await (await fetch(`${base}/__static/${name}.html`)).text();
      if (served !== html) throw new Error(`static copy of ${name} differs`);
      // The page must come from nginx's cache, as cheap as the file: check nginx says so.
      const status = (await fetch(`${base}${pagePath}`)).headers.get("x-cache-status");
      if (status !== "HIT" && status !== "UPDATING" && status !== "STALE") throw new Error(`${name} page is not served from nginx's cache: X-Cache-Status ${status}`);
      const cached = await hammer(`${base}${pagePath}`);
      const file = await hammer(`${base}/__static/${name}.html`);
      const ratio = cached.perSecond / file.perSecond;
      const met = ratio >= 0.5 && cached.p95! <= 10 && cached.errors === 0;
      ok.push(met);
      lines.push(
        `${name} page ${pagePath} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KB, X-Cache-Status ${status}) through nginx: ${describe(cached)}`,
        `  same HTML as a static file: ${describe(file)}`,
        `  ratio ${ratio.toFixed(2)}× the static file's throughput; p95 ${cached.p95!.toFixed(2)} ms — target ≥ 0.5× and ≤ 10 ms: ${verdict(met)}`,
      );
    }
    lines.push(`  ${load()}`);

    // Publishing expires the catalogue tag on every server; then misses: never-requested documents and list pages.
    const cookie = await signIn(base, "publisher@balitai.example", "Publisher-2026");
    if (draft) {
      const upload = await fetch(`${base}/api/v1/staff/documents/${draft.id}/attachments`, {
        method: "POST",
        headers: { cookie, "x-file-name": encodeURIComponent("基准附件.pdf"), "content-type": "application/octet-stream" },
        body: PDF,
      });
      lines.push(`published a change (attachment upload, catalogue tag expired): HTTP ${upload.status}`);
    }
    const pathsDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-paths-"));
    try {
      const kinds = { document: fresh.map(({ id }) => `/documents/${id}`), list: listPaths };
      const missMet: boolean[] = [];
      for (const [kind, all] of Object.entries(kinds)) {
        let from = 0;
        for (const clients of MISS_CLIENTS) {
          // Each run its own unused slice of the paths: every request a page no cache holds.
          const file = path.join(pathsDir, `${kind}-${clients}.txt`);
          const slice = all.slice(from);
          fs.writeFileSync(file, slice.join("\n"));
          const seconds = clients >= CLIENTS ? Math.min(SECONDS, 10) : 5;
          const figures = await wrk(base, { connections: clients, threads: clients === 1 ? 1 : 2, seconds, pathsFile: file });
          const used = figures.paths!;
          from += used.used;
          const allMissed = used.others === 0 && used.used <= used.available;
          const judged = clients === MISS_TARGET_CLIENTS;
          const met = figures.p95! <= 50 && figures.errors === 0 && allMissed;
          if (judged) missMet.push(met);
          lines.push(
            `${kind} misses after publishing, ${clients} at once: ${describe(figures)} · ${used.misses} pages never requested before${used.others ? `, NOT misses: ${used.others}` : ""}` +
              (judged ? ` — target p95 ≤ 50 ms: ${verdict(met)}` : clients >= CLIENTS ? " (capacity: every request a render)" : ""),
          );
        }
      }
      lines.push(`  ${load()}`);
      lines.push(`overall: ${verdict(ok.every(Boolean) && missMet.every(Boolean))}`);
    } finally {
      fs.rmSync(pathsDir, { recursive: true, force: true });
    }
    return lines;
  } finally {
    await nginx?.stop();
    await Promise.all(servers.map((server) => server.stop()));
    for (const dir of [staticDir, ...dataDirs]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { and, asc, count, eq, gt } from "drizzle-orm";
import { agencies, documents } from "@/db/schema";
import { migrateDatabase, openDatabase } from "@/db/open";
import { findNginx, freePort, startAppServer, startNginx, type Started } from "../deploy/cluster";
import { percentiles } from "./load";

/**
 * The production shape under load (issue 12 item 6): nginx (deploy/nginx.conf) in front of two
 * `next start` servers on PostgreSQL with 100,000 documents, 50 clients (autocannon).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/deploy_bench npm run bench deploy
 *
 * Needs `next build` and nginx. The database named there is created, migrated, seeded and filled
 * to BENCH_DOCUMENTS (100,000) published documents on the first run (`npm run gen:documents`), and
 * kept for the next. Measured in one run, through the same nginx:
 * - a cached document page and a cached list page vs the same HTML as a static file
 *   (targets: ≥ 0.5× the static file's requests per second, p95 ≤ 10 ms);
 * - cache misses after publishing: a document is published (an attachment upload expires the
 *   catalogue tag, as publishing does), then list pages and never-requested document pages
 *   (target p95 ≤ 50 ms).
 */
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000);
const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LIST_PAGE = "/catalogue/browse/category.fiscal";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

interface Figures {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** autocannon for SECONDS at CLIENTS connections; percentiles from every response time it reports. */
async function hammer(url: string, { paths, seconds = SECONDS }: { paths?: () => string; seconds?: number } = {}): Promise<Figures> {
  const samples: number[] = [];
  const instance = autocannon({
    url,
    connections: CLIENTS,
    duration: seconds,
    ...(paths ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths() }) }] } : {}),
  });
  // autocannon emits (client, statusCode, bytes, responseTime in ms).
  (instance as unknown as NodeJS.EventEmitter).on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => samples.push(ms));
  const result = await instance;
  const p = percentiles(samples);
  return { perSecond: samples.length / seconds, p50: p.p50, p95: p.p95, p99: p.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

const describe = (figures: Figures) =>
  `${figures.perSecond.toFixed(0)} req/s · p50 ${figures.p50.toFixed(1)} ms · p95 ${figures.p95.toFixed(1)} ms · p99 ${figures.p99.toFixed(1)} ms${figures.errors + figures.non2xx ? ` · errors ${figures.errors} · non-2xx ${figures.non2xx}` : ""}`;
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
  // Documents nobody has asked for yet, for the misses (ids after the sample, in order).
  const fresh = await handle.db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.status, "published"), gt(documents.id, sample!.id)))
    .orderBy(asc(documents.id))
    .limit(20_000);
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
    nginx = await startNginx(nginxBin, servers.map((server) => `127.0.0.1:${server.port}`), { staticDir, port: nginxPort });
    const base = nginx.url;
    lines.push(`nginx ${base} → 2 × next start; ${CLIENTS} clients (autocannon), ${SECONDS} s each; before: ${load()}`);

    const pages = { document: `/documents/${sample!.id}`, list: LIST_PAGE };
    const ok: boolean[] = [];
    for (const [name, pagePath] of Object.entries(pages)) {
      const html = await (await fetch(`${base}${pagePath}`)).text();
      fs.writeFileSync(path.join(staticDir, `${name}.html`), html);
      const served = await (await fetch(`${base}/__static/${name}.html`)).text();
      if (served !== html) throw new Error(`static copy of ${name} differs`);
      const cached = await hammer(`${base}${pagePath}`);
      const file = await hammer(`${base}/__static/${name}.html`);
      const ratio = cached.perSecond / file.perSecond;
      const met = ratio >= 0.5 && cached.p95 <= 10 && cached.errors + cached.non2xx === 0;
      ok.push(met);
      lines.push(
        `${name} page ${pagePath} (${(html.length / 1024).toFixed(0)} KB) through nginx: ${describe(cached)}`,
        `  same HTML as a static file: ${describe(file)}`,
        `  ratio ${ratio.toFixed(2)}× the static file's throughput; p95 ${cached.p95.toFixed(1)} ms — target ≥ 0.5× and ≤ 10 ms: ${verdict(met)}`,
      );
    }

    // Publishing expires the catalogue tag on every server; then misses: never-requested documents and the list pages.
    const cookie = await signIn(base, "publisher@balitai.example", "Publisher-2026");
    if (draft) {
      const upload = await fetch(`${base}/api/v1/staff/documents/${draft.id}/attachments`, {
        method: "POST",
        headers: { cookie, "x-file-name": encodeURIComponent("基准附件.pdf"), "content-type": "application/octet-stream" },
        body: PDF,
      });
      lines.push(`published a change (attachment upload, catalogue tag expired): HTTP ${upload.status}`);
    }
    let next = 0;
    const missPaths = () => `/documents/${fresh[next++ % fresh.length]!.id}`;
    // A miss's own latency: one visitor at a time asks for pages no cache holds.
    const single: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      const response = await fetch(`${base}${missPaths()}`);
      await response.text();
      if (response.headers.get("x-cache-status") !== "MISS") throw new Error(`expected a miss, got ${response.headers.get("x-cache-status")}`);
      single.push(performance.now() - started);
    }
    const s = percentiles(single);
    const missMet = s.p95 <= 50;
    lines.push(`cache misses after publishing (200 documents never requested, one at a time): p50 ${s.p50.toFixed(1)} ms · p95 ${s.p95.toFixed(1)} ms · p99 ${s.p99.toFixed(1)} ms — target p95 ≤ 50 ms: ${verdict(missMet)}`);
    // Capacity: 50 clients that all miss (every request a render and a database read).
    const misses = await hammer(base, { paths: missPaths, seconds: Math.min(SECONDS, 10) });
    lines.push(`  capacity: ${CLIENTS} clients all missing (${(next - 200).toLocaleString("en")} distinct documents): ${describe(misses)}`);
    lines.push(`after: ${load()}`);
    lines.push(`overall: ${verdict(ok.every(Boolean) && missMet)}`);
    return lines;
  } finally {
    await nginx?.stop();
    await Promise.all(servers.map((server) => server.stop()));
    for (const dir of [staticDir, ...dataDirs]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { documents } from "@/db/schema";
import { migrateDatabase, openDatabase, type DatabaseHandle } from "@/db/open";
import { searchDocuments } from "@/lib/documents/search";
import { clearNextPageCache } from "../next-cache";
import { loadTest, percentiles } from "./load";
import { wrk } from "./wrk";

/**
 * The catalogue at scale (issue: 100,000 documents; search p95 ≤ 50 ms server-side; list and
 * document pages p95 ≤ 30 ms at 50 concurrent clients; ratio to the same HTML as a static file).
 *
 *   BENCH_DATABASE_URL=postgres://…/postgres npm run bench catalogue
 *
 * Uses the database named when it holds the catalogue; otherwise a database `catalogue_bench` on
 * that server, created, migrated, seeded and filled with BENCH_DOCUMENTS (100,000) documents on its
 * first run and kept for the next (filling takes minutes). Expects a production build (`next build`)
 * whose public/__bench/ placeholders exist (created by this bench; run it once before building).
 * The search page and its JSON API (the same term, the same 20 hits) are loaded with wrk, one after
 * the other, and their throughput ratio printed (issue 13: the page serves ≥ 0.5× its API).
 * Without BENCH_DATABASE_URL it measures only the server-side search on an in-memory PGlite
 * (figures reported apart: PGlite serialises every query).
 */
const QUERIES = ["法治政府", "预算", "宅基地", "27号", "八里台政报", "垃圾分类", "社会救助", "应急预案", "招聘", "行政处罚 公示"];
const STATIC_DIR = path.join(process.cwd(), "public", "__bench");
// The list as the catalogue links to it (its cacheable path), and as a typed or older URL (rewritten by proxy.ts).
const SEARCH_TERM = encodeURIComponent("宅基地");
const PAGES = { list: "/catalogue/browse/category.fiscal", listByQuery: "/catalogue?category=fiscal", search: `/catalogue?q=${SEARCH_TERM}`, document: "" };
/** The search page and the JSON API answering the same search. */
const SEARCH_PAIR = { page: `/catalogue?q=${SEARCH_TERM}`, api: `/api/v1/documents?q=${SEARCH_TERM}&pageSize=20` };
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000);

async function timeSearches(handle: DatabaseHandle, rounds: number): Promise<string[]> {
  const lines: string[] = [];
  for (const q of QUERIES) await searchDocuments(handle.db, { q }); // warm-up
  const all: number[] = [];
  for (const q of QUERIES) {
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      const result = await searchDocuments(handle.db, { q, page: 1 + (i % 3) });
      samples.push(performance.now() - started);
      total = result.total;
    }
    all.push(...samples);
    const p = percentiles(samples);
    lines.push(`search "${q}": ${total.toLocaleString("en")} hits · p50 ${p.p50.toFixed(1)} ms · p95 ${p.p95.toFixed(1)} ms`);
  }
  const p = percentiles(all);
  lines.push(`search overall (${all.length} queries, page 1–3): p50 ${p.p50.toFixed(1)} ms · p95 ${p.p95.toFixed(1)} ms · p99 ${p.p99.toFixed(1)} ms`);
  return lines;
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`server did not start: ${url}`);
}

async function benchHttp(databaseUrl: string, documentId: string): Promise<string[]> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  const pages = { ...PAGES, document: `/documents/${documentId}` };
  clearNextPageCache();
  const server: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, APP_ENV: "test" },
    stdio: "ignore",
    detached: true,
  });
  const lines: string[] = [];
  try {
    await waitForServer(`${base}/api/health`, 60_000);
    for (const [name, pagePath] of Object.entries(pages)) {
      // The same page's HTML as a static file of the same server (public/__bench/<name>.html).
      const html = await (await fetch(`${base}${pagePath}`)).text();
      fs.writeFileSync(path.join(STATIC_DIR, `${name}.html`), html);
      const staticUrl = `${base}/__bench/${name}.html`;
      const served = await (await fetch(staticUrl)).text();
      const staticOk = served === html;
      const dynamic = await loadTest([`${base}${pagePath}`], { connections: 50, durationMs: 10_000 });
      const file = await loadTest([staticUrl], { connections: 50, durationMs: 5_000 });
      lines.push(
        `${name} page ${pagePath} (${(html.length / 1024).toFixed(0)} KB): ${dynamic.perSecond.toFixed(0)} req/s · p50 ${dynamic.latency.p50.toFixed(1)} ms · p95 ${dynamic.latency.p95.toFixed(1)} ms · errors ${dynamic.errors}`,
        `  static file: ${file.perSecond.toFixed(0)} req/s · p95 ${file.latency.p95.toFixed(1)} ms${staticOk ? "" : " (placeholder: rebuild after a first run)"} → page/static p95 ratio ${(dynamic.latency.p95 / file.latency.p95).toFixed(2)}`,
      );
    }
    lines.push(...(await benchSearchPageAgainstApi(base)));
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
  return lines;
}

/** The search page against its JSON API, with wrk: throughput of each and their ratio. */
async function benchSearchPageAgainstApi(base: string): Promise<string[]> {
  const [pageBody, apiBody] = await Promise.all([fetch(`${base}${SEARCH_PAIR.page}`), fetch(`${base}${SEARCH_PAIR.api}`)].map(async (r) => (await r).text()));
  const page = await wrk(`${base}${SEARCH_PAIR.page}`);
  const api = await wrk(`${base}${SEARCH_PAIR.api}`);
  const ratio = page.perSecond / api.perSecond;
  const line = (name: string, url: string, kb: number, r: typeof page) =>
    `${name} ${url} (${kb.toFixed(0)} KB): ${r.perSecond.toFixed(0)} req/s · p50 ${r.p50.toFixed(1)} ms · p99 ${r.p99.toFixed(1)} ms · errors ${r.errors}`;
  return [
    "search page against its API (wrk, 50 connections, 10 s each):",
    `  ${line("page", SEARCH_PAIR.page, pageBody!.length / 1024, page)}`,
    `  ${line("API ", SEARCH_PAIR.api, apiBody!.length / 1024, api)}`,
    `  page/API throughput ratio ${ratio.toFixed(2)} (target ≥ 0.50: ${ratio >= 0.5 ? "met" : "NOT met"})`,
    `  machine: ${os.cpus().length} CPU cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (1 / 5 / 15 min)`,
  ];
}

/** The named database when it holds the catalogue, otherwise `catalogue_bench` on the same server, filled on first use. */
async function catalogueDatabase(url: string): Promise<string> {
  const { default: postgres } = await import("postgres");
  const published = async (target: string) => {
    const client = postgres(target, { max: 1, onnotice: () => {} });
    try {
      const [row] = await client`select count(*)::int as n from documents where status = 'published'`;
      return Number(row?.n ?? 0);
    } catch {
      return 0; // no such table (or database) yet
    } finally {
      await client.end({ timeout: 5 });
    }
  };
  if ((await published(url)) >= DOCUMENTS) return url;
  const scratch = new URL(url);
  scratch.pathname = "/catalogue_bench";
  const target = scratch.toString();
  if ((await published(target)) >= DOCUMENTS) return target;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = 'catalogue_bench'`;
  if (!exists) await admin.unsafe(`create database "catalogue_bench"`);
  await admin.end({ timeout: 5 });
  const env = { ...process.env, DATABASE_URL: target };
  console.log(`  filling catalogue_bench with ${DOCUMENTS.toLocaleString("en")} documents (kept for the next run)…`);
  execFileSync("npm", ["run", "db:migrate"], { env, stdio: "inherit" });
  execFileSync("npm", ["run", "db:seed"], { env, stdio: "inherit" });
  const missing = DOCUMENTS - (await published(target));
  if (missing > 0) execFileSync("npm", ["run", "gen:documents", "--", "--count", String(missing)], { env, stdio: "inherit" });
  return target;
}

export async function benchCatalogue(): Promise<string[]> {
  fs.mkdirSync(STATIC_DIR, { recursive: true });
  for (const name of Object.keys(PAGES)) {
    const file = path.join(STATIC_DIR, `${name}.html`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, "placeholder");
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const options = { driver: "pglite" as const, memory: true as const };
    const handle = await openDatabase(options);
    await migrateDatabase(options, handle);
    const { seedDatabase } = await import("@/db/seed");
    await seedDatabase(handle.db);
    const lines = ["PGlite (in memory, seeded demo catalogue only; set BENCH_DATABASE_URL for the PostgreSQL figures):", ...(await timeSearches(handle, 20))];
    await handle.close();
    return lines;
  }
  const database = await catalogueDatabase(url);
  const handle = await openDatabase({ driver: "postgres", url: database, max: 10 });
  try {
    const [row] = await handle.db.select({ n: count() }).from(documents).where(eq(documents.status, "published"));
    const [sample] = await handle.db.select({ id: documents.id }).from(documents).where(eq(documents.title, "八里台镇人民政府2024年法治政府建设情况报告"));
    const lines = [`PostgreSQL, ${Number(row?.n ?? 0).toLocaleString("en")} published documents`, ...(await timeSearches(handle, 30))];
    if (process.env.BENCH_HTTP !== "0") lines.push(...(await benchHttp(database, sample!.id)));
    return lines;
  } finally {
    await handle.close();
  }
}

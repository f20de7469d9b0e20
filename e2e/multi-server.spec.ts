import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { seedDatabase } from "@/db/seed";
import { chinaDate } from "@/lib/validation/china-date";
import { findNginx, freePort, startAppServer, startNginx, waitForOk, type Started } from "@/scripts/deploy/cluster";
import { createTestDatabase, type TestDatabase } from "@/test/databases";
import { ACCOUNTS } from "./fixtures";
import { DISPLAY_MODE_SCRIPT_HASH } from "../lib/security/display-mode-script.mjs";

/**
 * The production shape (issue 12 item 3; README "Deployment"): deploy/nginx.conf in front of two
 * `next start` servers A and B on one fresh PostgreSQL database, each with its own DATA_DIR (as on
 * two machines) and the same NEXTAUTH_SECRET.
 *
 * Two parts switch themselves on when the branches they need are merged:
 * - S3 mode (object storage, issue 12.1): when the configuration knows S3_ENDPOINT and s3rver is
 *   installed, A and B store files in one s3rver bucket; a file uploaded through A downloads through B.
 * - Redis mode (shared page cache, issue 12.2): when the build has a cache handler, A and B share
 *   Next's cache in Redis (REDIS_URL, a key prefix of their own); a list page B has cached shows a
 *   document A has just published.
 */
const NGINX = findNginx();
const ROOT = process.cwd();
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const SECRET = "multi-server-test-secret-0123456789abcdef";
const PII_KEY = "a".repeat(64);
const METRICS_TOKEN = "multi-server-metrics-token";
const CATEGORY = "key-agriculture-policy";
const LIST_PAGE = `/catalogue/browse/category.${CATEGORY}~sort.date`;

const configSource = fs.readFileSync(path.join(ROOT, "lib", "config", "index.ts"), "utf8");
const S3_MODE = configSource.includes("S3_ENDPOINT") && fs.existsSync(path.join(ROOT, "node_modules", ".bin", "s3rver"));
const REDIS_MODE = hasCacheHandler();

function hasCacheHandler(): boolean {
  const file = path.join(ROOT, ".next", "required-server-files.json");
  if (!fs.existsSync(file)) return false;
  const built = JSON.parse(fs.readFileSync(file, "utf8")) as { config?: { cacheHandler?: string } };
  return Boolean(built.config?.cacheHandler);
}

if (!NGINX) console.log(`multi-server: skipped, no nginx at ${["/usr/sbin/nginx", "PATH"].join(" or ")} (apt-get install nginx-light)`);
if (!S3_MODE) console.log("multi-server: S3 mode is off on this build (no S3 storage or no s3rver): files are not shared between A and B");
if (!REDIS_MODE) console.log("multi-server: Redis mode is off on this build (no cache handler): B's page cache is its own");

test.describe.configure({ mode: "serial", timeout: 120_000 });
test.skip(!NGINX, "nginx is not installed (apt-get install nginx-light)");

let database: TestDatabase;
let a: Started;
let b: Started;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let s3: { child: ChildProcess; directory: string } | undefined;
const dataDirs: string[] = [];

async function startS3rver(bucket: string): Promise<Record<string, string>> {
  const port = await freePort();
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "portal-deploy-s3-"));
  const bin = path.join(ROOT, "node_modules", ".bin", "s3rver");
  const child = spawn(bin, ["--address", "127.0.0.1", "--port", String(port), "--directory", directory, "--silent", "--configure-bucket", bucket], { stdio: "ignore", detached: true });
  s3 = { child, directory };
  const endpoint = `http://127.0.0.1:${port}`;
  const until = Date.now() + 20_000;
  for (;;) {
    const status = await fetch(endpoint).then((response) => response.status, () => 0);
    if (status > 0) break;
    if (Date.now() > until) throw new Error("s3rver did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // s3rver's fixed development credentials
  return { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: "1" };
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  process.env.TEST_DATABASE_URL ||= "postgres://postgres@127.0.0.1:5432/postgres";
  database = await createTestDatabase("postgres");
  await seedDatabase(database.db);
  // Both servers are reached through nginx: its address is the one public URL (absolute links, the
  // site origin login redirects are checked against), not A's or B's own.
  const nginxPort = await freePort();
  const shared: Record<string, string> = {
    DATABASE_URL: database.options.driver === "postgres" ? database.options.url : "",
    APP_ENV: "test",
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://127.0.0.1:${nginxPort}`,
    PII_ENCRYPTION_KEY: PII_KEY,
    TRUSTED_PROXY_HOPS: "1",
    LOGIN_RATE_LIMIT: "50",
    METRICS_TOKEN: METRICS_TOKEN,
    ...(S3_MODE ? await startS3rver("portal-deploy") : {}),
    ...(REDIS_MODE ? { REDIS_URL: "redis://127.0.0.1:6379", REDIS_KEY_PREFIX: `portal-deploy-${process.pid}-${Date.now()}:` } : {}),
  };
  const server = (extra: Record<string, string>) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-deploy-data-"));
    dataDirs.push(dataDir);
    return startAppServer({ ...shared, DATA_DIR: dataDir, ...extra });
  };
  // One server runs the background work, as README "Deployment" suggests for a busy site.
  [a, b] = await Promise.all([server({}), server({ WORKER_DISABLED: "1" })]);
  nginx = await startNginx(NGINX!, [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`], { port: nginxPort });
});

test.afterAll(async () => {
  await Promise.all([nginx?.stop(), a?.stop(), b?.stop()]);
  if (s3?.child.pid) process.kill(-s3.child.pid, "SIGTERM");
  for (const dir of [...dataDirs, s3?.directory]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  await database?.destroy();
});

async function loginOn(browser: Browser, base: string, who: keyof typeof ACCOUNTS): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, locale: "zh-CN" });
  const page = await context.newPage();
  const account = ACCOUNTS[who];
  await page.goto("/login");
  await page.getByLabel("手机号码或电子邮箱").fill(account.login);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(new RegExp(`${account.home}$`));
  return page;
}

/** A publisher drafts a document on `page`'s server; returns its id (not yet published). */
async function draftDocument(page: Page, title: string): Promise<string> {
  await page.goto("/staff/documents/new");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("主题分类").selectOption(CATEGORY);
  await page.getByLabel("文件类型").selectOption("notice");
  await page.getByLabel("成文日期").fill(chinaDate(new Date()));
  await page.getByLabel("内容概述", { exact: true }).fill("多台服务器部署的检查文件。");
  await page.getByLabel("正文").fill("本文件用于检查多台应用服务器共享数据。");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText(/草稿已保存/)).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByText("已发布，公众现在可以查阅和检索该文件。")).toBeVisible();
}

test("nginx spreads requests over both servers, caches a shareable public page for a moment, and honours a page's no-store", async () => {
  const cacheStatuses = async (pagePath: string) => {
    const statuses: string[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${nginx.url}${pagePath}`);
      expect(response.status).toBe(200);
      statuses.push(response.headers.get("x-cache-status") ?? "");
    }
    return statuses;
  };
  // The home page is revalidated (s-maxage): kept for the micro-cache's second.
  const home = await cacheStatuses("/");
  expect(home[0]).toMatch(/MISS|EXPIRED|STALE|UPDATING/);
  expect(home).toContain("HIT");
  // The guide is rendered per request (Cache-Control: private, no-store): never stored.
  expect(await cacheStatuses("/guide")).toEqual(["MISS", "MISS", "MISS", "MISS"]);

  const entries = () => nginx.accessLog().trim().split("\n").map((line) => JSON.parse(line) as { upstream: string; request_id: string });
  expect(entries().at(-1)!.request_id).toMatch(/^[0-9a-f]{32}$/);
  await Promise.all(Array.from({ length: 8 }, () => fetch(`${nginx.url}/api/health`)));
  const upstreams = new Set(entries().map((entry) => entry.upstream).filter(Boolean));
  expect(upstreams).toEqual(new Set([`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]));
});

test("nginx passes each page's own Content-Security-Policy through: the cached pages' hash policy, the per-request pages' nonce", async () => {
  const scriptSrc = (response: Response) =>
    (response.headers.get("content-security-policy") ?? "").split(/[;,]/).map((d) => d.trim()).filter((d) => d.startsWith("script-src "));
  const { items } = (await (await fetch(`${a.url}/api/v1/documents?pageSize=1`)).json()) as { items: { id: string }[] };
  const hashPolicy = /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/;
  for (const [pagePath, policy] of [
    ["/", hashPolicy],
    [`/documents/${items[0]!.id}`, hashPolicy],
    ["/guide", new RegExp(`^script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' ${DISPLAY_MODE_SCRIPT_HASH.replace(/[+/=]/g, "\\$&")}$`)],
  ] as const) {
    // Twice: the second answer of a shareable page may come from nginx's micro-cache.
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${nginx.url}${pagePath}`);
      expect(response.status, pagePath).toBe(200);
      const sources = scriptSrc(response);
      expect(sources, pagePath).toHaveLength(1);
      expect(sources[0], pagePath).toMatch(policy);
    }
  }
});

test("a citizen's session made on A works on B and through nginx", async ({ browser }) => {
  const page = await loginOn(browser, a.url, "citizen");
  // Cookies are per host, not per port: the same cookie jar now reaches B with A's session token.
  for (const base of [b.url, nginx.url]) {
    await page.goto(`${base}/account`);
    await expect(page).toHaveURL(`${base}/account`);
    await expect(page.getByRole("heading", { name: `您好，${ACCOUNTS.citizen.name}` })).toBeVisible();
  }
  await page.context().close();
});

test("a signed-in page is never answered from nginx's cache, nor a public page to a signed-in visitor", async ({ browser }) => {
  const page = await loginOn(browser, nginx.url, "citizen");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  expect(cookie).toContain("next-auth.session-token");
  for (let i = 0; i < 3; i++) {
    const account = await fetch(`${nginx.url}/account`, { headers: { cookie }, redirect: "manual" });
    expect(account.status).toBe(200);
    expect(account.headers.get("x-cache-status") ?? "").not.toBe("HIT");
    expect(await account.text()).toContain(ACCOUNTS.citizen.name);
    // A public page asked for with a session cookie bypasses the cache both ways.
    const home = await fetch(`${nginx.url}/`, { headers: { cookie } });
    expect(home.headers.get("x-cache-status")).toBe("BYPASS");
  }
  // An anonymous visitor never receives the signed-in page (it is not stored): /account sends them to log in.
  const anonymous = await fetch(`${nginx.url}/account`, { redirect: "manual" });
  expect(anonymous.headers.get("x-cache-status") ?? "").not.toBe("HIT");
  expect(await anonymous.text()).not.toContain(ACCOUNTS.citizen.name);
  // The tracking-code look-up session is a session too.
  const lookup = await fetch(`${nginx.url}/`, { headers: { cookie: "gk_lookup=x.y.z" } });
  expect(lookup.headers.get("x-cache-status")).toBe("BYPASS");
  await page.context().close();
});

test("a document published on A is shown by B's next request", async ({ browser }) => {
  const title = `多服务器发布检查${Date.now()}`;
  // B renders (and, in Redis mode, caches) the list before the document exists.
  await waitForOk(`${b.url}${LIST_PAGE}`, 30_000);
  expect(await (await fetch(`${b.url}${LIST_PAGE}`)).text()).not.toContain(title);

  const publisher = await loginOn(browser, a.url, "publisher");
  const id = await draftDocument(publisher, title);
  await publish(publisher);

  const onB = await fetch(`${b.url}/documents/${id}`);
  expect(onB.status).toBe(200);
  expect(await onB.text()).toContain(title);
  // Absolute links name the one public URL (NEXTAUTH_URL, nginx), whichever server answers.
  const listed = (await (await fetch(`${b.url}/api/v1/documents/${id}`)).json()) as { url: string };
  expect(listed.url).toBe(`${nginx.url}/documents/${id}`);
  if (REDIS_MODE) {
    // The shared cache: A's revalidateTag expired B's copy of the list at once.
    expect(await (await fetch(`${b.url}${LIST_PAGE}`)).text()).toContain(title);
  }
  await publisher.context().close();
});

test("each server's metrics need the token, and nginx does not publish them", async () => {
  expect((await fetch(`${a.url}/api/metrics`)).status).toBe(401);
  expect((await fetch(`${a.url}/api/metrics`, { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
  expect((await fetch(`${nginx.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(404);
  await fetch(`${b.url}/api/v1/documents?pageSize=1`);
  const scraped = await fetch(`${b.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(scraped.status).toBe(200);
  const text = await scraped.text();
  expect(text).toMatch(/^portal_http_request_duration_seconds_count\{route="\/api\/v1\/documents",method="GET",status="200"\} \d+$/m);
  expect(text).toMatch(/^portal_overdue_applications\{agency="11120112MB1957322H"\} \d+$/m);
  expect(text).toMatch(/^portal_outbox_messages\{status="pending"\} \d+$/m);
});

if (S3_MODE) {
  test("a file uploaded through A downloads through B (object storage)", async ({ browser }) => {
    const publisher = await loginOn(browser, a.url, "publisher");
    const id = await draftDocument(publisher, `多服务器附件检查${Date.now()}`);
    const uploaded = await publisher.request.post(`${a.url}/api/v1/staff/documents/${id}/attachments`, {
      data: PDF,
      headers: { "x-file-name": encodeURIComponent("附件.pdf"), "content-type": "application/octet-stream" },
    });
    expect(uploaded.status()).toBe(201);
    const { id: attachmentId } = (await uploaded.json()) as { id: string };
    await publisher.reload();
    await publish(publisher);
    for (const base of [b.url, nginx.url]) {
      const download = await fetch(`${base}/documents/${id}/attachments/${attachmentId}`);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    }
    await publisher.context().close();
  });
}

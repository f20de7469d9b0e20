import { expect, test, type Page, type Response } from "@playwright/test";
import { login } from "./fixtures";
import { DISPLAY_MODE_SCRIPT_HASH } from "../lib/security/display-mode-script.mjs";

/**
 * Every page type loads under its Content Security Policy without a single violation: cached
 * (ISR/static) pages by the hashes of their inline scripts, per-request pages by a nonce; never
 * 'unsafe-inline' for scripts. Violations are caught three ways: the page's securitypolicyviolation
 * events, Chromium's console, and the reports the browser posts to /api/csp-report.
 */

type Kind = "cached" | "per-request";

declare global {
  interface Window {
    __cspViolations?: string[];
    __softNavigationMarker?: number;
  }
}

function watch(page: Page): string[] {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame)/i.test(message.text())) console.push(message.text());
  });
  void page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return console;
}

function policies(response: Response): Promise<string[]> {
  return response.headersArray().then((headers) => headers.filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value));
}

function scriptSrc(policy: string): string | undefined {
  return policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "));
}

/** Loads a page and checks its policy and that its scripts ran without any violation. */
async function visit(page: Page, console: string[], path: string, kind: Kind, { privatePage = false, status = 200 } = {}) {
  const response = (await page.goto(path))!;
  expect(response.status(), path).toBe(status);
  const all = await policies(response);
  const withScripts = all.filter((policy) => scriptSrc(policy));
  expect(withScripts, `${path}: exactly one script policy`).toHaveLength(1);
  const scripts = scriptSrc(withScripts[0]!)!;
  expect(scripts, path).not.toContain("unsafe-inline");
  expect(scripts, path).not.toContain("unsafe-eval");
  if (kind === "cached") {
    expect(scripts, `${path} is served from the cache with a hash policy`).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    expect(response.headers()["x-nextjs-cache"], path).toMatch(/HIT|MISS|STALE/);
  } else {
    // The nonce, and the hash of the root layout's one fixed inline script (lib/security/display-mode-script.mjs).
    expect(scripts, `${path} is rendered per request with a nonce`).toBe(`script-src 'self' ${scripts.match(/'nonce-[A-Za-z0-9+/]+=*'/)?.[0]} ${DISPLAY_MODE_SCRIPT_HASH}`);
  }
  const frameAncestors = all.flatMap((policy) => policy.split(";").map((d) => d.trim()).filter((d) => d.startsWith("frame-ancestors")));
  expect(frameAncestors, path).toContain(privatePage ? "frame-ancestors 'none'" : "frame-ancestors 'self'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBeTruthy();
  expect(response.headers()["permissions-policy"]).toContain("camera=()");
  expect(response.headers()["strict-transport-security"], "no HSTS outside production").toBeUndefined();

  await page.waitForLoadState("load");
  // Next's client runtime ran (it is all script): the policy let the page hydrate.
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version)), { message: path }).toBe(true);
  expect(await page.evaluate(() => window.__cspViolations), path).toEqual([]);
  expect(console, path).toEqual([]);
}

/** The first letter of any case listed on `listPath` (cases are opened one by one until one has a letter). */
async function firstLetterPath(page: Page, listPath: string, caseLinks: string): Promise<string> {
  await page.goto(listPath);
  const cases = await page.locator(caseLinks).evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  for (const casePath of cases) {
    await page.goto(casePath);
    const letter = page.locator("a[href*='/letters/']").first();
    if ((await letter.count()) > 0) return (await letter.getAttribute("href"))!;
  }
  throw new Error(`no case on ${listPath} has a letter`);
}

async function reportedViolations(page: Page): Promise<{ documentUrl: string; directive: string; sample: string }[]> {
  const response = await page.request.get("/api/csp-report");
  return (await response.json()).violations;
}

test("public pages, cached and per request, run under their policy", async ({ page }) => {
  const console = watch(page);
  await visit(page, console, "/", "cached");
  await visit(page, console, "/catalogue", "cached"); // rewritten by proxy.ts to its cached list page
  const firstDocument = page.locator("a[href^='/documents/']").first();
  const documentPath = (await firstDocument.getAttribute("href"))!;
  await visit(page, console, documentPath, "cached");
  const again = (await page.goto(documentPath))!;
  expect(again.headers()["x-nextjs-cache"], "the document page stays in the full-route cache").toBe("HIT");
  // The RSC payload of client-side navigation comes from the same cache entry.
  const rsc = await page.request.get(documentPath, { headers: { RSC: "1" } });
  expect(rsc.status()).toBe(200);
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  expect(rsc.headers()["x-nextjs-cache"]).toBe("HIT");
  await visit(page, console, "/catalogue/browse/sort.title", "cached");
  // A search is rewritten by proxy.ts to its cached page (issue 13 item 19), so it carries a hash policy, not a nonce.
  await visit(page, console, `/catalogue?q=${encodeURIComponent("预算")}`, "cached");
  const searchAgain = (await page.goto(`/catalogue?q=${encodeURIComponent(" 预算 ")}`))!;
  expect(searchAgain.headers()["x-nextjs-cache"], "the same term (spaced differently) is served from the cache").toBe("HIT");
  await visit(page, console, "/guide", "per-request");
  await visit(page, console, "/rules", "per-request");
  await visit(page, console, "/annual-reports", "per-request");
  await visit(page, console, "/performance?year=2024", "per-request");
  await visit(page, console, "/apply", "cached");
  await visit(page, console, "/apply/fee-calculator?pages=120", "per-request");
  await visit(page, console, "/apply/deadline-calculator", "per-request");
  await visit(page, console, "/apply/lookup", "per-request", { privatePage: true }); // reads ?ended=1 (退出查询)
  await visit(page, console, "/apply/lookup/application", "per-request", { privatePage: true, status: 200 });
  await visit(page, console, "/login", "per-request", { privatePage: true });
  await visit(page, console, "/register", "cached", { privatePage: true });
  await visit(page, console, "/apply/new", "per-request", { privatePage: true });
  await visit(page, console, "/no-such-page", "cached", { status: 404 });
});

test("client-side navigation between cached and per-request pages stays within the policy", async ({ page }) => {
  const console = watch(page);
  await visit(page, console, "/", "cached");
  await page.evaluate(() => (window.__softNavigationMarker = 1));
  // The home page's 最新公开 links navigate in the client (the catalogue's result rows are plain links).
  await page.locator("main a[href^='/documents/']").first().click();
  await expect(page).toHaveURL(/\/documents\//);
  await expect(page.locator("h1")).toBeVisible();
  await page.locator("header a[href='/catalogue']").first().click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await page.locator("header a[href='/guide']").first().click();
  await expect(page).toHaveURL(/\/guide$/);
  await page.locator("a[href='/login']").first().click();
  await expect(page).toHaveURL(/\/login/);
  expect(await page.evaluate(() => window.__softNavigationMarker), "navigated without reloading").toBe(1);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(console).toEqual([]);
});

test("the applicant's account pages and letters run under a nonce and refuse framing", async ({ page }) => {
  const console = watch(page);
  await login(page, "citizen");
  await visit(page, console, "/account", "per-request", { privatePage: true });
  await visit(page, console, "/account/applications", "per-request", { privatePage: true });
  const casePath = (await page.locator("a[href^='/account/applications/']").first().getAttribute("href"))!;
  await visit(page, console, casePath, "per-request", { privatePage: true });
  await visit(page, console, await firstLetterPath(page, "/account/applications", "a[href^='/account/applications/']"), "per-request", { privatePage: true });
  await visit(page, console, "/account/no-such-page", "per-request", { privatePage: true, status: 404 });
});

test("staff pages, letters, report print and statistics run under a nonce and refuse framing", async ({ page }) => {
  const console = watch(page);
  await login(page, "clerk");
  await visit(page, console, "/staff", "per-request", { privatePage: true });
  await visit(page, console, "/staff/applications", "per-request", { privatePage: true });
  const casePath = (await page.locator("a[href^='/staff/applications/']:not([href$='/new'])").first().getAttribute("href"))!;
  await visit(page, console, casePath, "per-request", { privatePage: true });
  const letterPath = await firstLetterPath(page, "/staff/applications", "a[href^='/staff/applications/']:not([href$='/new'])");
  await visit(page, console, letterPath, "per-request", { privatePage: true });
  await visit(page, console, "/staff/applications/new", "per-request", { privatePage: true });
  await visit(page, console, "/staff/statistics", "per-request", { privatePage: true });
  await visit(page, console, "/staff/no-such-page", "per-request", { privatePage: true, status: 404 });
});

test("annual report pages, admin and catalogue desk pages run under a nonce and refuse framing", async ({ page }) => {
  const console = watch(page);
  await login(page, "admin");
  await visit(page, console, "/staff/reports", "per-request", { privatePage: true });
  await visit(page, console, "/staff/reports/2024", "per-request", { privatePage: true });
  await visit(page, console, "/staff/reports/2024/print", "per-request", { privatePage: true });
  for (const path of ["/admin", "/admin/users", "/admin/audit", "/admin/calendar", "/admin/categories", "/admin/agency", "/admin/api-keys", "/staff/documents/new", "/staff/documents"]) {
    await visit(page, console, path, "per-request", { privatePage: true });
  }
  const documentPath = (await page.locator("a[href^='/staff/documents/']:not([href$='/new'])").first().getAttribute("href"))!;
  await visit(page, console, documentPath, "per-request", { privatePage: true });
});

test("an injected inline script is refused and reported to /api/csp-report; no page reported any other violation", async ({ page }) => {
  const console = watch(page);
  const response = (await page.goto("/documents-injection-probe-404"))!;
  expect(response.status()).toBe(404);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  expect(console.length).toBeGreaterThan(0);
  await expect.poll(async () => (await reportedViolations(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const reported = await reportedViolations(page);
  expect(reported.map((r) => new URL(r.documentUrl).pathname)).toEqual(reported.map(() => "/documents-injection-probe-404"));
});

test("API responses and files are never active content", async ({ request }) => {
  for (const path of ["/api/v1/documents", "/api/health", "/feed.xml"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

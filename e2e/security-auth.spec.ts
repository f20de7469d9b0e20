import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import http from "node:http";
import net from "node:net";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { ACCOUNTS, AGENCY_CODES, login, solvedProof } from "./fixtures";
import { logout } from "./steps";

/**
 * Issue 11 items 1, 2, 3, 8, 9 performed as an attacker would, over HTTP against `next start`.
 * The limit attacks run against a second server of their own (own database, low limits), so
 * exhausting a per-address limit from 127.0.0.1 never slows the other specs.
 */
test.describe.configure({ mode: "serial" });

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082",
  "hex",
);
const APPLICATION = {
  agency: AGENCY_CODES.balitai,
  applicantType: "person",
  applicant: { name: "测试", idType: "居民身份证", idNumber: "440524188001010014", phone: "13700137000" },
  items: [{ title: "某项政府信息", description: "请提供某项政府信息的全文，用于核对。" }],
  carrierForms: ["电子文档"],
  deliveryMethods: ["网上获取"],
};
let spoofCounter = 0;
/** A new, client-chosen X-Forwarded-For (and X-Real-IP) on every request. */
const spoofed = () => {
  spoofCounter += 1;
  const address = `198.51.${Math.floor(spoofCounter / 250)}.${spoofCounter % 250}`;
  return { "x-forwarded-for": address, "x-real-ip": address, "x-portal-client-ip": address };
};

async function signInOverHttp(api: APIRequestContext, identifier: string, password: string, callbackUrl = "/", headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    headers,
    form: { csrfToken, identifier, password, callbackUrl, json: "true" },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url);
}

const fileOverApi = (api: APIRequestContext, antiBot: string | undefined, headers: Record<string, string>) =>
  api.post("/api/v1/applications", {
    headers,
    multipart: {
      application: JSON.stringify(APPLICATION),
      identityProof: { name: "id.png", mimeType: "image/png", buffer: PNG },
      ...(antiBot ? { antiBot } : {}),
    },
  });

test.describe("on the portal under test", () => {
  test("the recorded client address is the socket's, not a client-sent header (item 1)", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.77", "x-real-ip": "203.0.113.78", "x-portal-client-ip": "203.0.113.79" });
    await login(page, "admin");
    await page.goto("/admin/audit?action=login.succeeded");
    const latest = page.getByRole("row").nth(1);
    await expect(latest).toContainText("王管理");
    await expect(latest.getByRole("cell", { name: "127.0.0.1", exact: true })).toBeVisible();
    await expect(page.getByText(/203\.0\.113\.7/)).toHaveCount(0);
  });

  test("login never redirects to another site, whatever the callbackUrl (item 3)", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const variants = [
      "/%5Cevil.example/",
      "/%09/evil.example/",
      "/%5C%5Cevil.example/",
      "%5C%5Cevil.example/",
      "//evil.example/",
      "/%2F/evil.example/",
      "https://evil.example/",
      "http:%2F%2Fevil.example/",
      "/.//evil.example/",
      "%0D%0A//evil.example/",
    ];
    for (const variant of variants) {
      const opened = await page.goto(`/login?callbackUrl=${variant}`);
      if (/%0[9ad]/i.test(variant)) {
        // A control character in the URL is refused before the page renders (issue 11 item 7): no login, no redirect.
        expect(opened?.status(), variant).toBe(400);
        expect(new URL(page.url()).origin, variant).toBe(origin);
        continue;
      }
      await page.getByLabel("手机号码或电子邮箱").fill(ACCOUNTS.clerk.login);
      await page.getByLabel("密码").fill(ACCOUNTS.clerk.password);
      await page.getByRole("button", { name: "登录" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/login"));
      expect(new URL(page.url()).origin, variant).toBe(origin);
      await page.context().clearCookies();
    }
    // A same-site path is still followed.
    await page.goto(`/login?callbackUrl=${encodeURIComponent("/staff/applications")}`);
    await page.getByLabel("手机号码或电子邮箱").fill(ACCOUNTS.clerk.login);
    await page.getByLabel("密码").fill(ACCOUNTS.clerk.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(`${origin}/staff/applications`);
  });

  test("next-auth's own redirect keeps to the site too (item 3)", async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    for (const callbackUrl of ["https://evil.example/", "/\\evil.example/", "//evil.example", "/\t/evil.example"]) {
      const url = await signInOverHttp(request, ACCOUNTS.citizen.login, ACCOUNTS.citizen.password, callbackUrl);
      expect(url.origin, callbackUrl).toBe(origin);
    }
  });

  test("signing out ends the session on the server: a copied session cookie no longer works (item 8)", async ({ page, browser }) => {
    await login(page, "clerk");
    const stolen = await page.context().cookies();
    await logout(page);

    const thief = await browser.newContext();
    await thief.addCookies(stolen);
    const thiefPage = await thief.newPage();
    await thiefPage.goto("/staff");
    await expect(thiefPage).toHaveURL(/\/login\?callbackUrl=%2Fstaff/);
    await thief.close();
  });

  test("a staff member changes their password: weak ones are refused, then every session ends (item 8)", async ({ page, browser }) => {
    const email = `sun.clerk.${Date.now()}@balitai.example`;
    await login(page, "admin");
    await page.goto("/admin/users");
    await page.getByLabel("姓名").fill("孙经办");
    await page.getByLabel("角色").selectOption("clerk");
    await page.getByLabel("电子邮箱").fill(email);
    await page.getByLabel("初始密码").fill("Password1234");
    await page.getByRole("button", { name: "创建账号" }).click();
    await expect(page.getByText("该密码过于常见")).toBeVisible();
    await page.getByLabel("初始密码").fill("Haihe-Lantern-7315");
    await page.getByRole("button", { name: "创建账号" }).click();
    await expect(page.getByText("已为 孙经办 创建账号。")).toBeVisible();

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const signIn = async (target: typeof page, password: string) => {
      await target.goto("/login");
      await target.getByLabel("手机号码或电子邮箱").fill(email);
      await target.getByLabel("密码").fill(password);
      await target.getByRole("button", { name: "登录" }).click();
      await expect(target).toHaveURL(/\/staff$/);
    };
    await page.context().clearCookies();
    await signIn(page, "Haihe-Lantern-7315");
    await signIn(otherPage, "Haihe-Lantern-7315");

    await page.getByRole("link", { name: "修改密码" }).click();
    await page.getByLabel("当前密码").fill("Haihe-Lantern-7315");
    await page.getByLabel("新密码", { exact: true }).fill("sun.clerk.2026");
    await page.getByLabel("确认新密码").fill("sun.clerk.2026");
    await page.getByRole("button", { name: "修改密码" }).click();
    // Shown beside the field and in the form's summary.
    await expect(page.getByText("密码不能包含本人的账号、手机号码或姓名。")).toHaveCount(2);
    await page.getByLabel("新密码", { exact: true }).fill("Jingang-Bridge-4821");
    await page.getByLabel("确认新密码").fill("Jingang-Bridge-4821");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page).toHaveURL(/\/login/);

    // The other browser's session ended too; the new password works.
    await otherPage.goto("/staff");
    await expect(otherPage).toHaveURL(/\/login/);
    await signIn(otherPage, "Jingang-Bridge-4821");
    await other.close();
  });

  test("an admin disabling an account ends its open session at once (item 8)", async ({ page, browser }) => {
    const staff = await browser.newContext();
    const publisher = await staff.newPage();
    await login(publisher, "publisher");
    await publisher.goto("/staff");
    await expect(publisher).toHaveURL(/\/staff$/);

    await login(page, "admin");
    await page.goto("/admin/users");
    page.once("dialog", (dialog) => void dialog.accept());
    const row = page.getByRole("row").filter({ hasText: ACCOUNTS.publisher.login });
    await row.getByRole("button", { name: /停用/ }).click();
    await expect(row.getByRole("cell", { name: "已停用" })).toBeVisible();

    await publisher.goto("/staff");
    await expect(publisher).toHaveURL(/\/login/);
    await row.getByRole("button", { name: /启用/ }).click();
    await expect(row.getByRole("cell", { name: "正常" })).toBeVisible();
    await staff.close();
  });
});

test.describe("limits against a client-chosen address (items 1, 2, 9)", () => {
  let server: ChildProcess;
  let api: APIRequestContext;
  let base: string;
  let dataDir: string;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-limits-"));
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      APP_ENV: "test",
      TRUSTED_PROXY_HOPS: "0",
      LOGIN_RATE_LIMIT: "2",
      REGISTER_RATE_LIMIT: "3",
      APPLICATION_RATE_LIMIT: "2",
      WORKER_DISABLED: "1",
    };
    execFileSync("npm", ["run", "db:seed"], { env, stdio: "ignore" });
    server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
    for (let i = 0; i < 120; i++) {
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    api = await playwrightRequest.newContext({ baseURL: base });
  });

  test.afterAll(async () => {
    await api?.dispose();
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("a solved challenge files once; the open API without a key needs one; a new X-Forwarded-For does not reset the filing limit", async () => {
    const noProof = await fileOverApi(api, undefined, spoofed());
    expect(noProof.status()).toBe(400);
    expect((await noProof.json()).errors[0]).toMatchObject({ path: "antiBot", message: expect.stringContaining("API 密钥") });

    const proof = await solvedProof(api);
    expect((await fileOverApi(api, proof, spoofed())).status()).toBe(201);
    const replay = await fileOverApi(api, proof, spoofed());
    expect(replay.status()).toBe(400);
    expect((await replay.json()).errors[0]).toMatchObject({ path: "antiBot", message: expect.stringContaining("已使用过") });

    expect((await fileOverApi(api, await solvedProof(api), spoofed())).status()).toBe(201);
    const third = await fileOverApi(api, await solvedProof(api), spoofed()); // APPLICATION_RATE_LIMIT=2 per address
    expect(third.status()).toBe(429);
    expect((await third.json()).error).toContain("提交过于频繁");
  });

  test("a new X-Forwarded-For does not reset the look-up limit", async () => {
    let last = 0;
    for (let i = 0; i < 21; i++) {
      const response = await api.post("/api/v1/applications/lookup", { headers: spoofed(), data: { trackingCode: `ZZZZ-ZZZZ-ZZZZ-${String(i).padStart(4, "0")}`, phone: "13700137000" } });
      last = response.status();
    }
    expect(last).toBe(429);
    // A really different address (another loopback source) has its own bucket: the key is the socket's address.
    const fromOtherAddress = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ trackingCode: "ZZZZ-ZZZZ-ZZZZ-9999", phone: "13700137000" });
      const { hostname, port } = new URL(base);
      const outgoing = http.request(
        { host: hostname, port, path: "/api/v1/applications/lookup", method: "POST", localAddress: "127.0.0.2", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
    expect(fromOtherAddress).toBe(404);
  });

  test("registration answers the same for an existing account, and a new X-Forwarded-For does not reset its limit", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    const register = async (email: string, headers: Record<string, string>) => {
      await page.setExtraHTTPHeaders(headers);
      await page.context().clearCookies();
      await page.goto("/register");
      await page.getByLabel("姓名").fill("批量注册");
      await page.getByLabel("电子邮箱").fill(email);
      await page.getByLabel("密码", { exact: true }).fill("Batch-12345");
      await page.getByLabel("确认密码").fill("Batch-12345");
      await page.getByRole("button", { name: "注册" }).click();
    };
    // Existing account: no error naming it, no sign-in, the neutral answer.
    await register(ACCOUNTS.citizen.login, spoofed());
    await expect(page.getByRole("status").filter({ hasText: "注册信息已提交" })).toBeVisible();
    await expect(page.getByText("已注册，请直接登录")).toHaveCount(0);
    await expect(page).toHaveURL(/\/register$/);
    // New accounts: the same sentence from the server, then signed in.
    for (const n of [1, 2]) {
      await register(`batch${n}-${Date.now()}@example.com`, spoofed());
      await expect(page).toHaveURL(/\/account$/);
    }
    await register(`batch3-${Date.now()}@example.com`, spoofed()); // REGISTER_RATE_LIMIT=3 per address
    await expect(page.getByRole("alert").filter({ hasText: "注册过于频繁" })).toBeVisible();
    await context.close();
  });

  test("a new X-Forwarded-For per attempt neither resets the address cap nor the account's delay", async () => {
    // The account's own delay: 2 free failures, then it must wait — whatever address the client claims.
    for (let i = 0; i < 2; i++) {
      const url = await signInOverHttp(api, ACCOUNTS.reviewer.login, `wrong-${i}`, "/", spoofed());
      expect(url.searchParams.get("error")).toContain("账号或密码错误");
    }
    const delayed = await signInOverHttp(api, ACCOUNTS.reviewer.login, ACCOUNTS.reviewer.password, "/", spoofed());
    expect(delayed.searchParams.get("error")).toContain("登录失败次数过多");

    // The address cap (LOGIN_RATE_LIMIT × 6 = 12 failures per 15 minutes) over many accounts.
    for (let i = 2; i < 12; i++) await signInOverHttp(api, `nobody${i}@example.com`, "wrong-password", "/", spoofed());
    const capped = await signInOverHttp(api, ACCOUNTS.clerk.login, ACCOUNTS.clerk.password, "/", spoofed());
    expect(capped.searchParams.get("error")).toContain("登录失败次数过多");
  });
});

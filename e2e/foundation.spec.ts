import { expect, test } from "@playwright/test";
import { ACCOUNTS, AGENCY_CODES, login } from "./fixtures";

test("the home page shows the agency and the five entries of the 政府信息公开 column", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: /天津市津南区八里台镇人民政府/ })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "政府信息公开栏目" });
  for (const label of ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
  await expect(page.getByText("网站标识码")).toBeVisible();
});

test("health reports the embedded database and the agencies API lists both agencies", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "pglite" });

  const agencies = await (await request.get("/api/v1/agencies")).json();
  expect(agencies.items).toEqual(
    expect.arrayContaining([
      { code: AGENCY_CODES.balitai, name: "天津市津南区八里台镇人民政府", shortName: "八里台镇人民政府" },
      expect.objectContaining({ code: AGENCY_CODES.jinnan }),
    ]),
  );
});

for (const who of Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[]) {
  test(`logs in as ${who} and lands on their home page`, async ({ page }) => {
    await login(page, who);
    await expect(page.getByRole("banner").getByText(ACCOUNTS[who].name)).toBeVisible();
  });
}

test("a wrong password shows a Chinese error and keeps the account typed", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("手机号码或电子邮箱").fill("clerk@balitai.example");
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "账号或密码错误" })).toBeVisible();
  await expect(page.getByLabel("手机号码或电子邮箱")).toHaveValue("clerk@balitai.example");
});

test("an anonymous visitor is sent to the login page from a staff page", async ({ page }) => {
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fstaff/);
});

test("a citizen cannot open a staff or admin page (403)", async ({ page }) => {
  await login(page, "citizen");
  const staff = await page.goto("/staff");
  expect(staff?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问（403）" })).toBeVisible();
  const admin = await page.goto("/admin/users");
  expect(admin?.status()).toBe(403);
});

test("a clerk sees their own agency but not another agency's data (403)", async ({ page }) => {
  await login(page, "clerk");
  await page.goto(`/staff/agency/${AGENCY_CODES.balitai}`);
  await expect(page.getByRole("heading", { name: "天津市津南区八里台镇人民政府" })).toBeVisible();
  const other = await page.goto(`/staff/agency/${AGENCY_CODES.jinnan}`);
  expect(other?.status()).toBe(403);
  await expect(page.getByText("津南区人民政府办公室")).toHaveCount(0);
  const admin = await page.goto("/admin/users");
  expect(admin?.status()).toBe(403);
});

test("an admin creates a staff account who can then log in", async ({ page }) => {
  await login(page, "admin");
  await page.getByRole("link", { name: "用户管理" }).click();
  await page.getByLabel("姓名").fill("吴经办");
  await page.getByLabel("角色").selectOption("clerk");
  await page.getByLabel("电子邮箱").fill("wu.clerk@balitai.example");
  await page.getByLabel("初始密码").fill("short");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("工作人员账号的密码至少 10 位。")).toBeVisible();
  await expect(page.getByLabel("姓名")).toHaveValue("吴经办");
  await page.getByLabel("初始密码").fill("Haihe-Lantern-7315");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("已为 吴经办 创建账号。")).toBeVisible();
  await expect(page.getByRole("cell", { name: "wu.clerk@balitai.example" })).toBeVisible();
});

test("a citizen registers with a mobile number and lands in their account", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("姓名").fill("陈申请");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.locator(".field-error").getByText("请填写手机号码或电子邮箱（至少一项）")).toBeVisible();
  await page.getByLabel("手机号码").fill("13700001111");
  await page.getByLabel("密码", { exact: true }).fill("chen12345");
  await page.getByLabel("确认密码").fill("chen12345");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "您好，陈申请" })).toBeVisible();
});

test("the large-text mode enlarges the page and is remembered", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "长者模式" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveClass(/large-text/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/large-text/);
  // From the first paint, not after hydration: with every script file refused, the inline head
  // script alone sets the class (lib/security/display-mode-script.mjs), under the page's policy.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/large-text/);
  await page.goto("/guide"); // a page rendered per request: its nonce policy allows the script by its hash
  await expect(page.locator("html")).toHaveClass(/large-text/);
  expect(violations).toEqual([]);
  await page.unroute("**/_next/static/**/*.js");
  await page.reload();
  // The label names the mode; its pressed state says it is on (the label never contradicts it).
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(page.locator("html")).not.toHaveClass(/large-text/);
});

import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { login } from "./fixtures";

test("a reviewer sees the seeded 2024 statistics with accessible SVG charts", async ({ page }) => {
  await login(page, "reviewer");
  await page.getByRole("link", { name: "依申请公开统计" }).click();
  await expect(page).toHaveURL(/\/staff\/statistics$/);
  await page.getByLabel("统计年度").selectOption("2024");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2024年依申请公开统计");
  const cards = page.getByRole("list", { name: "主要指标" });
  await expect(cards).toContainText("本年新收申请24件");
  await expect(cards).toContainText("本年办结24件");
  await expect(cards).toContainText("按时答复率100.0%");
  await expect(cards).toContainText("收费通知1件");
  await expect(page.getByRole("img", { name: /2024年每月新收申请件数/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /2024年办结申请的办理结果/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "办理结果明细（年报表三行次，件）" })).toContainText("（四）无法提供 1.本机关不掌握相关政府信息");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);

  await page.goto("/staff/statistics?year=12345");
  await expect(page.getByRole("alert").filter({ hasText: "年份" })).toContainText("年份“12345”无效，应为2008年至");
});

test("the publisher and applicants cannot open the statistics", async ({ page }) => {
  await login(page, "publisher");
  expect((await page.goto("/staff/statistics"))?.status()).toBe(403);
  await page.context().clearCookies();
  await login(page, "citizen");
  expect((await page.goto("/staff/statistics"))?.status()).toBe(403);
});

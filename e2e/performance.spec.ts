import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const BALITAI = "11120112MB1957322H";

test("the public performance page shows the seeded 2024 net of legal pauses, with its chart, table and CSV", async ({ page }) => {
  await page.goto("/annual-reports");
  await page.getByRole("link", { name: "依申请公开办理情况" }).first().click();
  await expect(page).toHaveURL(/\/performance$/);
  await page.getByLabel("机关", { exact: true }).selectOption(BALITAI);
  await page.getByLabel("统计年度").selectOption("2024");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2024年依申请公开办理情况");
  const cards = page.getByRole("list", { name: "主要指标" });
  await expect(cards).toContainText("本年收到申请24件");
  await expect(cards).toContainText("按时答复率100.0%");
  await expect(cards).toContainText("答复23件，按时23件，逾期0件");
  await expect(cards).toContainText("终止办理未答复1件");
  await expect(page.getByRole("img", { name: /2024年答复的及时情况/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "办理结果（年度报告表三行次，件）" })).toContainText("（四）无法提供 1.本机关不掌握相关政府信息");
  await expect(page.getByRole("region", { name: "统计口径" })).toContainText("条例》第三十三条");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const csvLink = page.getByRole("link", { name: "CSV 表格" });
  const csv = await page.request.get((await csvLink.getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("received,total,本年收到申请（件）,24");
  expect(text).toContain("replies,onTimeRate,按时答复率（扣除依法中止期间）,1.0000");
  const data = await (await page.request.get(`/api/v1/statistics/performance?agency=${BALITAI}&year=2024`)).json();
  expect(data.replies).toMatchObject({ total: 23, onTime: 23, late: 0 });
  expect((await page.request.get("/api/v1/statistics/performance?year=1999")).status()).toBe(400);
});

import { expect, test } from "@playwright/test";
import { login } from "./fixtures";
import { expectNoSeriousViolations, logout } from "./steps";

test("the district's host sums the agencies' 2024 reports, compares them and downloads the XLSX; a town's reviewer may not", async ({ page }) => {
  // 津南区 hosts the platform (agencies.platform_host); its admin prepares reports (REPORT_ROLES).
  await page.goto("/login");
  await page.getByLabel("手机号码或电子邮箱").fill("admin@jinnan.example");
  await page.getByLabel("密码").fill("Admin-2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("banner").getByText("孙管理")).toBeVisible();
  await page.goto("/staff/reports");
  await page.getByRole("link", { name: "2024年度汇总" }).click();
  await expect(page.getByRole("heading", { name: "天津市津南区人民政府2024年政府信息公开工作年度报告汇总" })).toBeVisible();
  const comparison = page.getByRole("region", { name: "各机关对比" });
  // 八里台's demo year: 24 received, 24 finished, every reply on time net of the legal pauses.
  await expect(comparison.getByRole("row", { name: /天津市津南区八里台镇人民政府/ })).toContainText("100.0%");
  await expect(comparison.getByRole("row", { name: /天津市津南区八里台镇人民政府/ }).getByRole("cell").nth(1)).toHaveText("24");
  await expect(page.getByText("汇总数据校验通过")).toBeVisible();
  await expectNoSeriousViolations(page);

  // Only 八里台: the sum is its report.
  await page.getByRole("checkbox", { name: "天津市津南区八里台镇人民政府" }).check();
  await page.getByRole("button", { name: "汇总" }).click();
  await expect(page).toHaveURL(/agency=11120112MB1957322H/);
  await expect(comparison.getByRole("row")).toHaveCount(2);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载汇总表格（XLSX）" }).click();
  expect((await download).suggestedFilename()).toBe("天津市津南区人民政府2024年政府信息公开工作年度报告汇总.xlsx");
  await logout(page);

  await login(page, "reviewer");
  const refused = await page.goto("/staff/reports/2024/district");
  expect(refused?.status()).toBe(403);
  expect((await page.request.get("/api/staff/reports/2024/district/xlsx")).status()).toBe(403);
});

import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { AGENCY_CODES, login } from "./fixtures";
import { expectNoSeriousViolations, fileOnline } from "./steps";

test("a clerk finds a case by the applicant's phone; a repeat of it is flagged on the case page, linking the earlier one", async ({ page }) => {
  const title = `津南区河道清淤工程验收报告${Date.now() % 100000}`;
  const first = await fileOnline(page, title);
  const repeat = await fileOnline(page, title);

  await login(page, "clerk");
  await page.goto("/staff/applications");
  await page.getByRole("searchbox", { name: "搜索", exact: true }).fill("138-0013-8000");
  await page.getByRole("button", { name: "搜索 / 筛选" }).click();
  await expect(page).toHaveURL(/q=138-0013-8000/);
  await expect(page.getByRole("cell", { name: first.caseNumber, exact: true }).getByRole("link")).toBeVisible();
  await expect(page.getByText(/^共 \d+ 件，第 1 \/ \d+ 页$/)).toBeVisible();
  await expectNoSeriousViolations(page);

  // The repeat is flagged in the inbox and on its page, linking the first.
  const repeatCell = page.getByRole("cell", { name: repeat.caseNumber, exact: true });
  const row = page.getByRole("row").filter({ has: repeatCell });
  await expect(row.getByText("疑似重复申请")).toBeVisible();
  await repeatCell.getByRole("link").click();
  const notice = page.getByTestId("repeat-notice");
  await expect(notice).toContainText("疑似重复申请");
  await expect(notice).toContainText("第三十六条第（六）项");
  await notice.getByRole("link", { name: first.caseNumber }).click();
  await expect(page.getByRole("heading", { name: `申请办理：${first.caseNumber}` })).toBeVisible();
  await expect(page.getByTestId("repeat-notice")).toHaveCount(0);
});

test("a clerk exports the 2024 登记台账: one row per application of the seeded year, each with the table 三 row the report counts", async ({ page }) => {
  await login(page, "clerk");
  await page.goto("/staff/applications/register");
  await expectNoSeriousViolations(page);
  await page.getByLabel("收到日期自").fill("2024-01-01");
  await page.getByLabel("至", { exact: true }).fill("2024-12-31");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出 Excel（XLSX）" }).click();
  const download = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("登记台账")!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const column = (name: string) => header.indexOf(name) + 1;
  const entries = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
  expect(entries).toHaveLength(24); // the demo agency's 2024 (npm run db:seed)

  const report = await (await page.request.get(`/api/v1/annual-reports/${AGENCY_CODES.balitai}/2024`)).json();
  const byRow = new Map<string, number>();
  for (const entry of entries) {
    const reportRow = String(entry.getCell(column("对应年报行")).value);
    expect(String(entry.getCell(column("答复日期")).value)).toMatch(/^2024-/);
    byRow.set(reportRow, (byRow.get(reportRow) ?? 0) + 1);
  }
  for (const [reportRow, count] of byRow) expect({ reportRow, count }).toEqual({ reportRow, count: report.table3[reportRow].total });
  expect([...byRow.values()].reduce((a, b) => a + b, 0)).toBe(report.table3.new.total);
});

test("a reviewer saves a filter and assigns two cases at once", async ({ page }) => {
  const title = `八里台镇路灯维护合同${Date.now() % 100000}`;
  const one = await fileOnline(page, `${title}甲`);
  const two = await fileOnline(page, `${title}乙`);
  await login(page, "reviewer");
  await page.goto(`/staff/applications?q=${encodeURIComponent(title)}`);
  await page.getByLabel("保存当前筛选为").fill(`路灯${Date.now() % 1000}`);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText("已保存筛选。")).toBeVisible();
  await expect(page.getByRole("region", { name: "我的常用筛选" }).getByRole("link", { name: /^路灯/ })).toBeVisible();

  await page.getByRole("checkbox", { name: `选择 ${one.caseNumber}` }).check();
  await page.getByRole("checkbox", { name: `选择 ${two.caseNumber}` }).check();
  await page.getByLabel("将勾选的申请指定给").selectOption({ label: "李经办（经办人）" });
  await page.getByRole("button", { name: "批量指定经办人" }).click();
  await expect(page.getByText(/已指定 2 件/)).toBeVisible();
  await expectNoSeriousViolations(page);
});

import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import fs from "node:fs";
import { OUTCOME_GROUPS, OUTCOME_ROWS, TABLE3_FIXED_ROWS } from "../lib/annual-report/rules/rows";
import { TABLE2_LABELS, TABLE4_COLUMN_LABELS } from "../lib/annual-report/rules/labels";
import { AGENCY_CODES, login } from "./fixtures";

const TITLE = "天津市津南区八里台镇人民政府2024年政府信息公开工作年度报告";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Every text cell of a sheet. */
function texts(sheet: ExcelJS.Worksheet): string[] {
  const values: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && values.push(cell.value))));
  return values;
}

test("a reviewer completes and publishes the 2024 report; the public reads it, its JSON and its XLSX", async ({ page, request }) => {
  await login(page, "reviewer");
  await page.getByRole("link", { name: "政府信息公开工作年度报告" }).click();
  await expect(page).toHaveURL(/\/staff\/reports$/);
  await page.getByRole("link", { name: "2024年度" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText("状态：草稿")).toBeVisible();
  await expect(page.getByText("数据校验通过")).toBeVisible();
  await expectNoSeriousViolations(page);

  // Every table 三 number links to the applications behind it.
  const newTotal = page.locator('.annual-report a[href="/staff/reports/2024/cell?row=new&column=total"]');
  const count = Number(await newTotal.textContent());
  expect(count).toBe(24); // the demo seed: 八里台's 2024 as its published report states it
  await newTotal.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("一、本年新收政府信息公开申请数量");
  await expect(page.getByText(`共 ${count} 件`)).toBeVisible();
  await page.goBack();

  // Table 二 inputs: a malformed 万元 amount is refused in Chinese and the input is kept.
  await page.getByLabel("第二十条第（五）项 行政许可（本年处理决定数量）").fill("5");
  await page.getByLabel("第二十条第（六）项 行政处罚（本年处理决定数量）").fill("2");
  await page.getByLabel("第二十条第（六）项 行政强制（本年处理决定数量）").fill("1");
  const charges = page.getByLabel(/行政事业性收费/);
  await charges.fill("1.23456");
  await page.getByRole("button", { name: "保存并重新计算" }).click();
  await expect(page.getByText("最多4位小数").first()).toBeVisible();
  await expect(charges).toHaveValue("1.23456");
  await charges.fill("1.25");
  await page.getByLabel("五、存在的主要问题及改进情况").fill("一是依申请公开答复说理仍需加强；二是将加强业务培训。");
  await page.getByRole("button", { name: "保存并重新计算" }).click();
  await expect(page.getByText("已保存，报告已按新数据重新计算。")).toBeVisible();
  await expect(page.locator(".annual-report td", { hasText: "1.2500" })).toBeVisible();

  // Table 四: one reconsideration upheld in 2024, one suit still pending at 31 Dec.
  await page.getByLabel("案件类型").selectOption("reconsideration");
  await page.getByLabel("立案（申请）日期").fill("2024-05-10");
  await page.getByLabel("审理结果").selectOption("维持");
  await page.getByLabel("结果日期").fill("2024-07-01");
  await page.getByRole("button", { name: "登记案件" }).click();
  await expect(page.getByText("案件已登记。")).toBeVisible();
  await page.getByLabel("案件类型").selectOption("litigationDirect");
  await page.getByLabel("立案（申请）日期").fill("2024-11-20");
  await page.getByRole("button", { name: "登记案件" }).click();
  await expect(page.getByRole("cell", { name: "行政诉讼（未经复议直接起诉）" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "行政复议" })).toBeVisible();

  await page.getByRole("button", { name: "发布年度报告" }).click();
  await expect(page.getByText("本报告已发布，内容已固定；以下为发布时的数据。")).toBeVisible();
  await expect(page.getByText("状态：已发布")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存并重新计算" })).toHaveCount(0);

  // XLSX: one sheet per table with the exact labels, no extra subtotal rows.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载表格（XLSX）" }).click();
  const download = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]);
  const table3 = texts(workbook.worksheets[1]!);
  for (const label of [...Object.values(TABLE3_FIXED_ROWS), ...Object.values(OUTCOME_ROWS), ...Object.values(OUTCOME_GROUPS), "三、本年度办理结果"]) {
    expect(table3, label).toContain(label);
  }
  expect(workbook.worksheets[1]!.rowCount).toBe(4 + 25);
  expect(texts(workbook.worksheets[0]!)).toEqual(expect.arrayContaining([TABLE2_LABELS.licensing, TABLE2_LABELS.charges, "1.2500"]));
  expect(texts(workbook.worksheets[2]!)).toEqual(expect.arrayContaining(Object.values(TABLE4_COLUMN_LABELS)));

  await page.goto("/staff/reports/2024/print");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expectNoSeriousViolations(page);

  // The public: under 政府信息公开年报, and the JSON (published, frozen).
  await page.context().clearCookies();
  await page.goto("/annual-reports");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await expect(page.getByRole("columnheader", { name: "（三）不予公开" })).toBeVisible();
  await expect(page.getByText("一是依申请公开答复说理仍需加强")).toBeVisible();
  await expectNoSeriousViolations(page);

  const response = await request.get(`/api/v1/annual-reports/${AGENCY_CODES.balitai}/2024`);
  expect(response.status()).toBe(200);
  const report = await response.json();
  expect(report).toMatchObject({
    agencyCode: AGENCY_CODES.balitai,
    year: 2024,
    status: "published",
    invariantsOk: true,
    violations: [],
    table2: { licensing: 5, penalties: 2, coercion: 1, chargesWan: "1.2500" },
    table4: {
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    },
  });
  expect(report.table3.new.total).toBe(count);
  expect(report.table3.total.total).toBe(24);
  expect(report.table3.carriedOut.total).toBe(0);
  expect(Object.keys(report.table3)).toHaveLength(29);
  const byShortName = await request.get(`/api/v1/annual-reports/${encodeURIComponent("八里台镇人民政府")}/2024`);
  expect(await byShortName.json()).toEqual(report);
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(openapi.paths).toHaveProperty(["/api/v1/annual-reports/{agency}/{year}"]);
});

test("drafts stay with the agency's staff; clerks, citizens and the public cannot open the report pages", async ({ page, request }) => {
  expect((await request.get(`/api/v1/annual-reports/${AGENCY_CODES.balitai}/2025`)).status()).toBe(404);
  expect((await request.get(`/api/v1/annual-reports/${AGENCY_CODES.balitai}/2025/xlsx`)).status()).toBe(404);
  await login(page, "clerk");
  for (const path of ["/staff/reports", "/staff/reports/2025", "/staff/reports/2025/print", "/staff/reports/2025/cell?row=new&column=total"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  // The clerk is the agency's staff: the draft JSON is theirs to see.
  const draft = await page.request.get(`/api/v1/annual-reports/${AGENCY_CODES.balitai}/2025`);
  expect(draft.status()).toBe(200);
  expect((await draft.json()).status).toBe("draft");
  await page.context().clearCookies();
  await login(page, "citizen");
  expect((await page.goto("/staff/reports/2025"))?.status()).toBe(403);
  expect((await page.request.get(`/api/v1/annual-reports/${AGENCY_CODES.balitai}/2025`)).status()).toBe(404);
});

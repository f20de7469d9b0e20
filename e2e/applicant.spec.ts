import { expect, test } from "@playwright/test";
import { login } from "./fixtures";
import { act, expectNoSeriousViolations, fileOnline, logout, openCase, PNG } from "./steps";

test("the citizen answers a correction online; the clerk finds it first and confirms it", async ({ page }) => {
  const { caseNumber } = await fileOnline(page, "八里台镇2024年村道修缮合同");
  await login(page, "clerk");
  const caseUrl = await openCase(page, caseNumber);
  await act(page, "确认收到申请");
  await act(page, "发出补正告知", async (form) => {
    await form.getByLabel("需要补正的事项（每行一项，一次性告知）").fill("请写明合同的名称或编号");
    await form.getByLabel("补正指引").fill("可参照本机关政府信息公开目录中的合同公示写明名称。");
  });
  await expect(page.getByTestId("case-status")).toHaveText("待补正");
  await logout(page);

  await login(page, "citizen");
  await page.goto("/account/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  const correction = page.getByRole("form", { name: "提交补正" });
  await expect(page.getByText("请写明合同的名称或编号")).toBeVisible();
  await expectNoSeriousViolations(page);
  // A missing note is refused beside its field; the edited item stays as typed.
  await correction.getByLabel("信息名称").fill("八里台镇2024年村道修缮工程施工合同（八政采〔2024〕12号）");
  await correction.getByRole("button", { name: "提交补正" }).click();
  await expect(correction.locator(".field-error", { hasText: "请说明补正了哪些内容" })).toBeVisible();
  await expect(correction.getByLabel("信息名称")).toHaveValue("八里台镇2024年村道修缮工程施工合同（八政采〔2024〕12号）");
  // A file that is not what it claims is refused by its content.
  await correction.getByLabel("补正说明").fill("已写明合同名称和编号");
  await correction.getByLabel("补充材料（可不传）").setInputFiles({ name: "合同.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ not a pdf") });
  await correction.getByRole("button", { name: "提交补正" }).click();
  await expect(correction.locator(".field-error", { hasText: "不是 PDF" })).toBeVisible();
  await correction.getByLabel("补充材料（可不传）").setInputFiles({ name: "合同公示截图.png", mimeType: "image/png", buffer: PNG });
  await correction.getByRole("button", { name: "提交补正" }).click();
  await expect(page.getByText("补正已提交")).toBeVisible();
  await expect(page.getByText(/在线提交补正，待行政机关确认收到/)).toBeVisible();
  await expect(page.getByRole("link", { name: "合同公示截图.png" })).toBeVisible();
  await expect(page.getByText("八里台镇2024年村道修缮工程施工合同（八政采〔2024〕12号）").first()).toBeVisible();
  await logout(page);

  await login(page, "clerk");
  await page.goto("/staff/applications");
  // In the first queue (待确认收到), before the cases in progress.
  await expect(page.getByRole("row").filter({ hasText: caseNumber })).toContainText("申请人已在线提交补正，待确认收到");
  const rows = await page.getByRole("row").allTextContents();
  const mine = rows.findIndex((text) => text.includes(caseNumber));
  expect(rows.indexOf("待确认收到")).toBeLessThan(mine);
  expect(rows.slice(0, mine)).not.toContain("办理中");
  await page.goto(caseUrl);
  await expect(page.getByRole("link", { name: "合同公示截图.png" })).toBeVisible();
  await act(page, "确认收到补正");
  await expect(page.getByTestId("case-status")).toHaveText("办理中");
  await expect(page.getByTestId("reply-due")).not.toContainText("计时中止");
});

test("without an account: look up by tracking code, read the 收费通知书 and accept the fee", async ({ page }) => {
  const { caseNumber, trackingCode } = await fileOnline(page, "八里台镇2023年全部会议纪要", { account: false });
  await login(page, "clerk");
  await openCase(page, caseNumber);
  await act(page, "确认收到申请");
  await act(page, "拟收取信息处理费", async (form) => {
    await form.getByLabel("计收方式").selectOption("perPage");
    await form.getByLabel("页数（按量计收时填写，按A4计）").fill("150");
  });
  await logout(page);
  await login(page, "reviewer");
  await openCase(page, caseNumber);
  await act(page, "同意收费并发出收费通知");
  await logout(page);

  // A fresh visitor: no session, so the applicant page sends them to the look-up.
  await page.goto("/apply/lookup/application");
  await expect(page.getByText("查询已过期或尚未查询")).toBeVisible();
  await page.goto("/apply/lookup");
  await page.getByLabel("查询码").fill(trackingCode);
  await page.getByLabel("联系电话").fill("13700137000");
  await page.getByRole("button", { name: "查询" }).click();
  await page.getByRole("link", { name: "查看文书、提交补正或办理其他事项" }).click();
  await expect(page.getByRole("heading", { name: `申请详情：${caseNumber}` })).toBeVisible();
  expect(page.url()).not.toContain(trackingCode.replaceAll("-", ""));
  expect(page.url()).not.toContain(trackingCode);
  await expect(page.getByText("1700 元")).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole("link", { name: "收费通知书" }).click();
  await expect(page.getByRole("heading", { name: "收费通知书" })).toBeVisible();
  await expect(page.getByText(/1,700元/).first()).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.goBack();

  await page.getByRole("button", { name: "同意缴费", exact: true }).click();
  await expect(page.getByText("已记录您同意缴费")).toBeVisible();
  await expect(page.getByText("您已表示同意缴费")).toBeVisible();
  await expect(page.getByRole("button", { name: "同意缴费", exact: true })).toHaveCount(0);

  // Guessed file ids are 404, and the session does not open another application's files.
  const response = await page.request.get("/api/applicant/files/00000000-0000-4000-8000-000000000000");
  expect(response.status()).toBe(404);
});

import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { AGENCY_CODES, login } from "./fixtures";

/** Shared steps of the workbench and applicant journeys (not a spec). */

export const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082",
  "hex",
);

export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "退出" }).click();
  // Signed out once the page has no 退出 left and offers the header's own 登录 (exact: a 403 page's
  // 换一个账号登录 is there before signing out, and a navigation started then would abort the next one).
  await expect(page.getByRole("button", { name: "退出" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "登录", exact: true })).toBeVisible();
}

/**
 * A natural person files online: the demo citizen from the account (the default), or someone
 * without an account (phone 13700137000). Returns the 提交凭证's case number and tracking code.
 */
export async function fileOnline(page: Page, title: string, { account = true } = {}): Promise<{ caseNumber: string; trackingCode: string }> {
  if (account) await login(page, "citizen");
  await page.goto("/apply/new");
  await page.getByLabel("向哪个行政机关申请").selectOption(AGENCY_CODES.balitai);
  if (!account) await page.getByLabel("姓名", { exact: true }).fill("张小明");
  await page.getByLabel("证件号码").fill("440524188001010014");
  await page.getByLabel("联系电话").fill(account ? "13800138000" : "13700137000");
  await page.getByLabel("电子邮箱").fill("zhangsan@example.com");
  await page.getByLabel("信息名称").first().fill(title);
  await page.getByLabel("内容描述").first().fill(`请提供${title}的全文（电子版）。`);
  await page.getByRole("checkbox", { name: "电子文档" }).check();
  await page.getByRole("checkbox", { name: "电子邮件", exact: true }).check();
  await page.locator("#identity-proof").setInputFiles({ name: "身份证.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("checkbox", { name: /我承诺/ }).check();
  await expect(page.getByText("自动安全验证已完成")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "提交凭证（尚未确认收到）" })).toBeVisible();
  const caseNumber = (await page.getByTestId("case-number").textContent())!;
  const trackingCode = (await page.getByTestId("tracking-code").textContent())!.trim();
  if (account) await logout(page);
  return { caseNumber, trackingCode };
}

/** Open a workbench step's form and submit it (fill() first sets its fields). */
export async function act(page: Page, label: string, fill?: (form: ReturnType<Page["getByRole"]>) => Promise<void>) {
  // Each step sits in its own <details>; the note form is always open.
  const summary = page.locator("summary", { hasText: label });
  const form = page.getByRole("form", { name: label });
  await expect(async () => {
    if (!(await form.isVisible())) await summary.click();
    await expect(form).toBeVisible({ timeout: 1000 });
  }).toPass();
  if (fill) await fill(form);
  await form.getByRole("button", { name: label === "起草答复" ? "保存答复书草稿" : label }).click();
  // Done when the form says so or is gone (a step that changes the status removes its own form).
  await expect
    .poll(async () => (await form.count()) === 0 || (await form.locator(".alert").count()) > 0)
    .toBe(true);
  await expect(form.locator(".alert.error")).toHaveCount(0);
}

/** The clerk opens an application from the inbox by its case number; returns its workbench URL. */
export async function openCase(page: Page, caseNumber: string): Promise<string> {
  await page.goto("/staff/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  await expect(page.getByRole("heading", { name: `申请办理：${caseNumber}` })).toBeVisible();
  return page.url();
}

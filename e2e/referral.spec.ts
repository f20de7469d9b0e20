import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";
import { act, expectNoSeriousViolations, fileOnline, logout, openCase } from "./steps";

const JINNAN = "天津市津南区人民政府";

/** 津南区's staff (the second agency of the platform; not among the shared demo accounts of fixtures.ts). */
const JINNAN_STAFF = {
  clerk: { login: "clerk@jinnan.example", password: "Clerk-2026", name: "周经办" },
  admin: { login: "admin@jinnan.example", password: "Admin-2026", name: "孙管理" },
};
async function loginJinnan(page: Page, who: keyof typeof JINNAN_STAFF) {
  const account = JINNAN_STAFF[who];
  await page.goto("/login");
  await page.getByLabel("手机号码或电子邮箱").fill(account.login);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("banner").getByText(account.name)).toBeVisible();
}

/** The number in a report draft's table 三 cell, as the staff's drill-down lists it (annual-report.md § Table 三). */
async function cellCases(page: Page, year: number, row: string): Promise<string> {
  await page.goto(`/staff/reports/${year}/cell?row=${encodeURIComponent(row)}&column=total`);
  return (await page.locator("main").textContent()) ?? "";
}

test("条例第三十六条第五项: 八里台 names 津南区, the citizen forwards with one click, 津南 receives it; both sides link and count it", async ({ page }) => {
  const year = new Date().getFullYear();
  const { caseNumber } = await fileOnline(page, "津南区2025年区级预算");

  // 八里台's clerk answers 不属于本机关负责公开, choosing 津南区 among the platform's agencies (name and contact prefilled).
  await login(page, "clerk");
  const firstUrl = await openCase(page, caseNumber);
  await act(page, "确认收到申请");
  await page.locator("summary", { hasText: "起草答复" }).click();
  const draftForm = page.getByRole("form", { name: "起草答复" });
  await draftForm.getByLabel("答复类型").selectOption("notThisAgency");
  await draftForm.getByLabel("答复理由").fill("区级预算由津南区人民政府负责公开，不属于本机关负责公开。");
  await draftForm.getByLabel(/负责公开的机关在本平台上/).selectOption({ label: JINNAN });
  await expect(draftForm.getByLabel("负责公开该信息的行政机关")).toHaveValue(JINNAN);
  await draftForm.getByRole("button", { name: "保存答复书草稿" }).click();
  await expect(draftForm.getByText("答复书草稿已保存。")).toBeVisible();
  await act(page, "提交审核");
  await logout(page);
  await login(page, "reviewer");
  await page.goto(firstUrl);
  await act(page, "审核通过并出具答复书");
  await expect(page.getByTestId("case-status")).toHaveText("已答复");
  await logout(page);

  // The citizen reads the reply and forwards it: consent first, then one click.
  await login(page, "citizen");
  await page.goto("/account/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  const referral = page.getByRole("region", { name: "转交负责公开的机关" });
  await expect(referral.getByText(`负责公开的机关为${JINNAN}`)).toBeVisible();
  await expectNoSeriousViolations(page);
  await referral.getByRole("button", { name: `一键转交${JINNAN}` }).click();
  await expect(referral.getByText("请先勾选同意")).toBeVisible();
  await referral.getByRole("checkbox", { name: /我同意将本申请的申请人信息/ }).check();
  await referral.getByRole("button", { name: `一键转交${JINNAN}` }).click();
  await expect(referral.getByText(`您已将本申请转交${JINNAN}`)).toBeVisible();
  const forwarded = referral.getByRole("link").first();
  const forwardedNumber = (await forwarded.textContent())!.trim();
  expect(forwardedNumber).not.toBe(caseNumber);
  await forwarded.click();
  await expect(page.getByRole("region", { name: "转交负责公开的机关" }).getByRole("link", { name: caseNumber })).toBeVisible();
  await expect(page.getByText("尚未确认收到").first()).toBeVisible();
  await logout(page);

  // 津南's clerk finds it in the inbox, sees where it came from, and confirms receipt (条例第三十一条).
  await loginJinnan(page, "clerk");
  await openCase(page, forwardedNumber);
  await expect(page.getByText(`本申请由申请人从天津市津南区八里台镇人民政府的申请 ${caseNumber} 转交而来`)).toBeVisible();
  await act(page, "确认收到申请");
  await expect(page.getByTestId("case-status")).toHaveText("办理中");
  await logout(page);
  // Counted in 津南's report draft as a new application of its own (the reviewers and the admin read the drafts).
  await loginJinnan(page, "admin");
  expect(await cellCases(page, year, "new")).toContain(forwardedNumber);
  await logout(page);

  // 八里台's page names where it went, and its report draft counts it in the （五） row (Policy default 4.1).
  await login(page, "reviewer");
  await page.goto(firstUrl);
  await expect(page.getByText(`申请人已将本申请转交${JINNAN}，新的申请编号为 ${forwardedNumber}`)).toBeVisible();
  expect(await cellCases(page, year, "4.1")).toContain(caseNumber);
});

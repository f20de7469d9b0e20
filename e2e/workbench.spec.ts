import { expect, test } from "@playwright/test";
import { login } from "./fixtures";
import { act, expectNoSeriousViolations, fileOnline, logout } from "./steps";

test("online application → clerk confirms and drafts 予以公开 → reviewer approves → the citizen reads the 答复书; another agency is refused", async ({ page }) => {
  const { caseNumber } = await fileOnline(page, "八里台镇2025年镇级财政预算报告");

  // The clerk finds it first in the inbox (unconfirmed online applications come first).
  await login(page, "clerk");
  await page.getByRole("link", { name: "依申请公开收件箱" }).click();
  await expect(page.getByRole("heading", { name: "依申请公开 · 收件箱" })).toBeVisible();
  await expect(page.getByRole("row").nth(1)).toHaveText("待确认收到");
  await expectNoSeriousViolations(page);
  await page.getByRole("link", { name: caseNumber }).click();
  await expect(page.getByRole("heading", { name: `申请办理：${caseNumber}` })).toBeVisible();
  await expect(page.getByText("440***********0014")).toBeVisible();
  await expectNoSeriousViolations(page);
  const applicationUrl = page.url();

  await act(page, "确认收到申请");
  await expect(page.getByTestId("case-status")).toHaveText("办理中");
  await expect(page.getByRole("link", { name: "政府信息公开申请接收回执" })).toBeVisible();
  await act(page, "添加内部备注", async (form) => form.getByLabel("备注内容（仅工作人员可见）").fill("已电话联系申请人确认所需年份"));
  await expect(page.getByText("已电话联系申请人确认所需年份")).toBeVisible();

  // An incomplete draft is refused beside its field, and what was typed stays.
  await page.locator("summary", { hasText: "起草答复" }).click();
  const draftForm = page.getByRole("form", { name: "起草答复" });
  await draftForm.getByLabel("答复类型").selectOption("disclosed");
  await draftForm.getByLabel("答复理由").fill("该信息属于公开范围。");
  await draftForm.getByRole("button", { name: "保存答复书草稿" }).click();
  await expect(draftForm.locator(".field-error", { hasText: "请说明提供信息的方式" })).toBeVisible();
  await expect(draftForm.getByLabel("答复理由")).toHaveValue("该信息属于公开范围。");
  await draftForm.getByLabel("提供方式").fill("通过电子邮件发送PDF文件");
  await draftForm.getByRole("button", { name: "保存答复书草稿" }).click();
  await expect(draftForm.getByText("答复书草稿已保存。")).toBeVisible();
  await act(page, "提交审核");
  await expect(page.getByTestId("case-status")).toHaveText("审核中");
  await logout(page);

  await login(page, "reviewer");
  await page.goto(applicationUrl);
  await expect(page.getByText("已电话联系申请人确认所需年份")).toBeVisible();
  await act(page, "审核通过并出具答复书");
  await expect(page.getByTestId("case-status")).toHaveText("已答复");
  await page.getByRole("link", { name: "政府信息公开申请答复书" }).click();
  await expect(page.getByRole("heading", { name: "政府信息公开申请答复书" })).toBeVisible();
  await expect(page.getByText(/^八里台政公开〔\d{4}〕\d+号$/)).toBeVisible();
  await expect(page.getByText(/申请行政复议/)).toBeVisible();
  await logout(page);

  // The applicant sees the reply and reads the same letter; never the internal note.
  await login(page, "citizen");
  await page.goto("/account/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  await expect(page.getByText("已答复").first()).toBeVisible();
  await expect(page.getByText("已电话联系申请人确认所需年份")).toHaveCount(0);
  await page.getByRole("link", { name: "政府信息公开申请答复书" }).click();
  await expect(page.getByRole("heading", { name: "政府信息公开申请答复书" })).toBeVisible();
  await expect(page.getByText("通过电子邮件发送PDF文件")).toBeVisible();
  await expectNoSeriousViolations(page);
  await logout(page);

  // A clerk of another agency can neither open nor list it.
  await page.goto("/login");
  await page.getByLabel("手机号码或电子邮箱").fill("clerk@jinnan.example");
  await page.getByLabel("密码").fill("Clerk-2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  const response = await page.goto(applicationUrl);
  expect([403, 404]).toContain(response?.status());
  await expect(page.getByText(caseNumber)).toHaveCount(0);
  await page.goto("/staff/applications");
  await expect(page.getByRole("link", { name: caseNumber })).toHaveCount(0);
});

test("correction and extension: 补正告知书, the corrected application restarts the clock, then a 延期答复告知书", async ({ page }) => {
  const { caseNumber } = await fileOnline(page, "八里台镇2024年道路养护合同");
  await login(page, "clerk");
  await page.goto("/staff/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  await expect(page.getByRole("heading", { name: `申请办理：${caseNumber}` })).toBeVisible();
  const applicationUrl = page.url();
  await act(page, "确认收到申请");
  await expect(page.getByTestId("case-status")).toHaveText("办理中");
  await act(page, "发出补正告知", async (form) => {
    await form.getByLabel("需要补正的事项（每行一项，一次性告知）").fill("请写明合同的名称或编号\n请写明合同签订的大致时间");
    await form.getByLabel("补正指引").fill("可参照本机关政府信息公开目录中的合同公示写明名称。");
  });
  await expect(page.getByTestId("case-status")).toHaveText("待补正");
  await expect(page.getByTestId("reply-due")).toContainText("计时中止");
  await page.getByRole("link", { name: "政府信息公开申请补正告知书" }).click();
  await expect(page.getByText("（一）请写明合同的名称或编号")).toBeVisible();
  await page.goto(applicationUrl);
  await act(page, "确认收到补正");
  await expect(page.getByTestId("case-status")).toHaveText("办理中");
  await expect(page.getByTestId("reply-due")).not.toContainText("计时中止");
  await act(page, "申请延期答复", async (form) => form.getByLabel("延期理由").fill("需调取档案室存档的合同原件"));
  await logout(page);

  await login(page, "reviewer");
  await page.goto(applicationUrl);
  await act(page, "同意延期答复");
  await page.getByRole("link", { name: "延期答复告知书" }).click();
  await expect(page.getByText(/答复期限延长20个工作日/)).toBeVisible();
});

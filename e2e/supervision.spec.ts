import { expect, test } from "@playwright/test";
import { login } from "./fixtures";
import { expectNoSeriousViolations, fileOnline, logout, openCase } from "./steps";

test("督办: the district 政务公开办 sees every agency's queue and sends a note that lands in the town's inbox", async ({ page }) => {
  const { caseNumber } = await fileOnline(page, "八里台镇2025年道路养护合同");

  await page.goto("/login");
  await page.getByLabel("手机号码或电子邮箱").fill("supervisor@jinnan.example");
  await page.getByLabel("密码").fill("Supervisor-2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/staff\/supervision$/);
  const queues = page.getByRole("region", { name: "各机关办理情况" });
  await expect(queues.getByRole("row", { name: /天津市津南区八里台镇人民政府/ })).toBeVisible();
  await expect(queues.getByRole("row", { name: /天津市津南区人民政府/ }).first()).toBeVisible();
  await expectNoSeriousViolations(page);

  const form = page.getByRole("form", { name: "发送督办" });
  await form.getByLabel("被督办的机关").selectOption({ label: "天津市津南区八里台镇人民政府" });
  await form.getByLabel("受理编号（督办某一件申请时填写）").fill("NOPE-1");
  await form.getByLabel("督办内容").fill("请尽快确认收到该申请。");
  await form.getByRole("button", { name: "发送督办" }).click();
  await expect(form.locator(".field-error", { hasText: "没有受理编号为“NOPE-1”的申请" })).toBeVisible();
  await expect(form.getByLabel("督办内容")).toHaveValue("请尽快确认收到该申请。");
  await form.getByLabel("受理编号（督办某一件申请时填写）").fill(caseNumber);
  await form.getByRole("button", { name: "发送督办" }).click();
  await expect(form.getByText("督办已发送")).toBeVisible();

  // No step, no case page for the supervisor.
  expect((await page.goto("/staff/applications"))?.status()).toBe(403);
  await logout(page);

  await login(page, "clerk");
  await page.goto("/staff/applications");
  const notes = page.getByRole("region", { name: /督办事项/ });
  await expect(notes.getByText("请尽快确认收到该申请。")).toBeVisible();
  await notes.getByRole("link", { name: caseNumber }).click();
  await expect(page.getByRole("heading", { name: `申请办理：${caseNumber}` })).toBeVisible();
  await page.goto("/staff/applications");
  await notes.getByRole("button", { name: "已处理" }).click();
  await expect(notes).toHaveCount(0);
  await openCase(page, caseNumber);
});

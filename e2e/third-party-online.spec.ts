import path from "node:path";
import { expect, test } from "@playwright/test";
import holidays from "@/lib/calendar/holidays-cn.json";
import { calendarYearsFromJson, provisionalLabel } from "@/lib/calendar";
import { createCalendarWithProvisional } from "@/lib/calendar/provisional";
import { computeClock, DEFAULT_CLOCK_POLICY, type ClockEvent } from "@/lib/clock";
import { outboxMails } from "../test/eml";
import { login } from "./fixtures";
import { act, expectNoSeriousViolations, fileOnline, logout, openCase } from "./steps";

/**
 * 征求意见 online (条例第三十二条, issue 16.4): the clerk consults a third party by e-mail, the
 * third party opens the link of the mail the worker delivered (an .eml under the server's DATA_DIR),
 * enters the code, objects with reasons; the clerk's case shows the opinion and a due date with the
 * pause ended today; the link is then refused.
 */
const calendar = createCalendarWithProvisional(calendarYearsFromJson(holidays));
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** The text of the mail the worker delivered to `to` (it runs every 30 s), decoded by mailparser. */
async function deliveredMailTo(to: string): Promise<string> {
  const directory = path.join(process.env.E2E_DATA_DIR!, "outbox");
  let found = "";
  await expect
    .poll(
      async () => {
        const mail = (await outboxMails(directory)).find((m) => m.to === to);
        found = mail?.text ?? "";
        return mail !== undefined;
      },
      { timeout: 75_000, intervals: [1000] },
    )
    .toBe(true);
  return found;
}

test("a third party answers a consultation online: link and code from the e-mail, an objection with reasons, the pause ends today, the link is used up", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const title = "八里台镇2025年垃圾清运服务合同";
  const { caseNumber } = await fileOnline(page, title);
  const email = `legal-${Date.now()}@cleaning.example`;

  await login(page, "clerk");
  const caseUrl = await openCase(page, caseNumber);
  await act(page, "确认收到申请");
  await act(page, "征求意见", async (form) => {
    await form.getByLabel("被征求意见方名称").fill("天津某环境服务有限公司");
    await form.getByLabel("所涉政府信息").fill("垃圾清运服务合同中的单价和结算条款");
    await form.getByLabel("被征求意见方电子邮箱（可不填）").fill(email);
  });

  const mail = await deliveredMailTo(email);
  expect(mail).toContain("征求意见书");
  const link = mail.match(/https?:\/\/\S+\/consultations\/[A-Za-z0-9_-]{43}/)![0];
  const code = mail.match(/输入验证码 ([A-Z0-9]{8}) /)![1]!;

  // The third party, without an account, in a browser of its own.
  const context = await browser.newContext();
  const third = await context.newPage();
  const response = (await third.goto(new URL(link).pathname))!;
  // Rendered per request with the proxy's nonce, never framed, and the token never leaves the site in a Referer.
  expect(response.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*'/);
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["referrer-policy"]).toBe("same-origin");
  await expect(third.getByRole("heading", { name: "在线提出意见" })).toBeVisible();
  await third.getByRole("textbox", { name: /^验证码/ }).fill("WRONG234");
  await third.getByRole("button", { name: "下一步" }).click();
  await expect(third.getByText("链接或验证码不正确").first()).toBeVisible();
  await third.getByRole("textbox", { name: /^验证码/ }).fill(code);
  await third.getByRole("button", { name: "下一步" }).click();
  await expect(third.getByText("垃圾清运服务合同中的单价和结算条款")).toBeVisible();
  await expect(third.getByText("天津某环境服务有限公司").first()).toBeVisible();
  // Nothing of the applicant: not the request, not the phone, not the case number.
  for (const personal of [title, "13800138000", caseNumber]) await expect(third.getByText(personal)).toHaveCount(0);
  await third.getByRole("radio", { name: "不同意公开" }).check();
  await third.getByRole("button", { name: "提交意见" }).click();
  await expect(third.getByText("不同意公开的，请说明理由").first()).toBeVisible();
  await third.getByRole("textbox", { name: /^理由/ }).fill("单价和结算条款属于本公司商业秘密，公开将损害本公司竞争地位");
  await third.getByLabel("联系方式（可不填）").fill("李经理 022-88888888");
  await expectNoSeriousViolations(third);
  await third.getByRole("button", { name: "提交意见" }).click();
  await expect(third.getByText(`本机关已于${today}收到贵方意见`)).toBeVisible();

  // An unknown link is a 404; reopening the used one is refused.
  expect((await third.goto(`/consultations/${"A".repeat(43)}`))!.status()).toBe(404);
  await third.goto(new URL(link).pathname);
  await expect(third.getByText("该链接已使用")).toBeVisible();
  await expect(third.getByRole("textbox", { name: /^验证码/ })).toHaveCount(0);
  await context.close();

  // The clerk's case: the opinion, and the due date with the pause ending today (lib/clock).
  await page.goto(caseUrl);
  await expect(page.getByText("第三方已在线提交意见").first()).toBeVisible();
  await expect(page.getByText(/单价和结算条款属于本公司商业秘密/).first()).toBeVisible();
  const ledger: ClockEvent[] = [
    { type: "received", on: today },
    { type: "consultationSent", on: today, pauseId: "consultation", consultee: "thirdParty" },
    { type: "consultationAnswered", on: today, pauseId: "consultation" },
  ];
  const state = computeClock(ledger, calendar, DEFAULT_CLOCK_POLICY, today);
  const dueOn = page.getByTestId("reply-due");
  if (state.replyDueOn) await expect(dueOn).toHaveText(`${state.replyDueOn}（剩余 ${state.workingDaysRemaining} 个工作日）`);
  else await expect(dueOn).toContainText(provisionalLabel(state.provisional!.replyDueOn, state.provisional!.year));

  // The inbox lists it as waiting for the clerk.
  await page.goto("/staff/applications");
  await expect(page.getByRole("row").filter({ hasText: caseNumber }).getByText("第三方已在线提交意见，待处理")).toBeVisible();
  await logout(page);
});

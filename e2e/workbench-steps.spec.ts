import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";
import { act, expectNoSeriousViolations, logout } from "./steps";

/**
 * Workbench steps with no other browser test: 一事一申请 followed by the applicant through the
 * look-up, 条例第三十五条 (说明理由告知书, 延迟答复告知书), the notice to an objecting third party, and
 * ending a consultation whose deadline passed. No real-time waits: a consultation "in the past" is
 * one sent on a past date for an application received on a past date, as a clerk may record them.
 */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
function daysFromToday(days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const PHONE = "13900139077";

/** A clerk registers an application received in person (条例第二十九条); returns its case number and tracking code. */
async function registerInPerson(page: Page, receivedOn: string, titles: string[]): Promise<{ caseNumber: string; trackingCode: string; url: string }> {
  await page.goto("/staff/applications/new");
  const form = page.getByRole("form", { name: "登记线下申请" });
  await form.getByLabel("申请方式").selectOption("in_person");
  await form.getByLabel("收到申请之日").fill(receivedOn);
  await form.getByLabel("姓名", { exact: true }).fill("刘女士");
  await form.getByLabel("证件号码").fill("440524188001010014");
  await form.getByLabel("联系电话").fill(PHONE);
  await form.getByLabel("通信地址").fill("天津市津南区八里台镇某村8号");
  await form.getByLabel("邮政编码").fill("300350");
  for (const [index, title] of titles.entries()) {
    if (index > 0) await form.getByRole("button", { name: "增加一项" }).click();
    await form.getByLabel("信息名称").nth(index).fill(title);
    await form.getByLabel("内容描述").nth(index).fill(`请提供${title}的全文。`);
  }
  await form.getByRole("checkbox", { name: "纸质" }).check();
  await form.getByRole("checkbox", { name: "邮寄" }).check();
  await form.getByRole("button", { name: "登记并确认收到" }).click();
  await expect(page.getByRole("heading", { name: "已登记并确认收到" })).toBeVisible();
  const number = page.getByTestId("registered-case-number");
  const caseNumber = (await number.textContent())!;
  const trackingCode = (await number.locator("xpath=..").locator("strong").nth(1).textContent())!.trim();
  await page.goto("/staff/applications");
  await page.getByRole("link", { name: caseNumber, exact: true }).click();
  await expect(page.getByRole("heading", { name: `申请办理：${caseNumber}` })).toBeVisible();
  return { caseNumber, trackingCode, url: page.url() };
}

/** The letter listed under 文书 opens as a printable page in the official layout, with the listed number. */
async function expectPrintableLetter(page: Page, title: string) {
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  const number = ((await row.getByRole("cell").nth(1).textContent()) ?? "").trim();
  expect(number).toMatch(/〔\d{4}〕\d+号$/);
  await row.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.locator(".letter-number")).toHaveText(number);
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  await page.goBack();
}

test("一事一申请: without an account, the look-up of the split application lists its sub-applications, opens their letters, answers a correction and rates a reply", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, "clerk");
  const { caseNumber, trackingCode } = await registerInPerson(page, today, ["本村2025年道路修缮合同", "本村2025年低保名单"]);
  await page.locator("summary", { hasText: "拆分申请（一事一申请）" }).click();
  const split = page.getByRole("form", { name: "拆分申请（一事一申请）" });
  await split.getByLabel("申请内容2：本村2025年低保名单").selectOption("2");
  await split.getByLabel("拆分理由").fill("两项信息分属不同事项，需分别答复");
  await split.getByRole("button", { name: "拆分申请（一事一申请）" }).click();
  await expect(split).toHaveCount(0);
  await page.getByRole("region", { name: "一事一申请（拆分）" }).getByRole("link", { name: `${caseNumber}-2` }).click();
  await expect(page.getByRole("heading", { name: `申请办理：${caseNumber}-2` })).toBeVisible();
  await act(page, "发出补正告知", async (form) => {
    await form.getByLabel("需要补正的事项（每行一项，一次性告知）").fill("请写明低保名单所属的年份和月份");
    await form.getByLabel("补正指引").fill("例如：2025年12月农村低保名单。");
  });
  // The other sub-application is answered: drafted by the clerk, approved by the reviewer.
  await page.getByRole("region", { name: "一事一申请（拆分）" }).getByRole("link", { name: caseNumber, exact: true }).click();
  await page.getByRole("region", { name: "一事一申请（拆分）" }).getByRole("link", { name: `${caseNumber}-1` }).click();
  await expect(page.getByRole("heading", { name: `申请办理：${caseNumber}-1` })).toBeVisible();
  const firstUrl = page.url();
  await act(page, "起草答复", async (form) => {
    await form.getByLabel("答复类型").selectOption("disclosed");
    await form.getByLabel("提供方式").fill("邮寄合同复印件");
  });
  await act(page, "提交审核");
  await logout(page);
  await login(page, "reviewer");
  await page.goto(firstUrl);
  await act(page, "审核通过并出具答复书");
  await logout(page);

  await page.goto("/apply/lookup");
  await page.getByLabel("查询码").fill(trackingCode);
  await page.getByLabel("联系电话").fill(PHONE);
  await page.getByRole("button", { name: "查询" }).click();
  await page.getByRole("link", { name: "查看文书、提交补正或办理其他事项" }).click();
  await expect(page.getByRole("heading", { name: `申请详情：${caseNumber}` })).toBeVisible();
  const subs = page.getByRole("region", { name: "拆分后的申请" });
  await expect(subs.getByRole("link", { name: `${caseNumber}-1`, exact: true })).toBeVisible();
  const second = subs.getByRole("row").filter({ has: page.getByRole("link", { name: `${caseNumber}-2`, exact: true }) });
  await expect(second).toContainText("待补正");
  await expect(second).toContainText(today);
  await expectNoSeriousViolations(page);

  await second.getByRole("link", { name: `${caseNumber}-2` }).click();
  await expect(page.getByRole("heading", { name: `申请详情：${caseNumber}-2` })).toBeVisible();
  expect(page.url()).not.toContain(trackingCode);
  await expectPrintableLetter(page, "政府信息公开申请补正告知书");
  const correction = page.getByRole("form", { name: "提交补正" });
  await correction.getByLabel("信息名称").fill("本村2025年12月农村低保名单");
  await correction.getByLabel("补正说明").fill("已写明年份和月份");
  await correction.getByRole("button", { name: "提交补正" }).click();
  await expect(page.getByText("补正已提交")).toBeVisible();

  // The answered one: its 答复书, and the rating (workflow.md §6) through the same look-up session.
  await page.goto("/apply/lookup/application");
  await page.getByRole("region", { name: "拆分后的申请" }).getByRole("link", { name: `${caseNumber}-1` }).click();
  await expect(page.getByRole("heading", { name: `申请详情：${caseNumber}-1` })).toBeVisible();
  await expectPrintableLetter(page, "政府信息公开申请答复书");
  const rating = page.getByRole("form", { name: "评价" });
  await rating.getByRole("radio", { name: "满意", exact: true }).check();
  await rating.getByLabel("意见和建议（可不填）").fill("答复及时");
  await rating.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByText("感谢您的评价。")).toBeVisible();
  await page.reload();
  await expect(page.getByText(/您已于 \d{4}-\d{2}-\d{2} 评价本申请/)).toBeVisible();
  await expect(page.getByRole("form", { name: "评价" })).toHaveCount(0);
});

test("条例第三十五条 and a third party's objection: 说明理由告知书, 延迟答复告知书, 征求意见书 and the notice to the third party, each printable with its number", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, "clerk");
  const { url } = await registerInPerson(page, today, ["本镇2025年各村集体资产出租合同"]);
  await act(page, "要求申请人说明理由", async (form) => {
    await form.getByLabel("要求说明的事项").fill("申请的数量明显超过合理范围，请说明申请理由。");
    await form.getByLabel("说明理由的期限").fill(daysFromToday(14));
  });
  await act(page, "征求意见", async (form) => {
    await form.getByLabel("被征求意见方名称").fill("天津某农业发展有限公司");
    await form.getByLabel("所涉政府信息").fill("该公司承租集体资产的合同租金条款");
    await form.getByLabel("可能影响其权益的原因").fill("租金条款可能涉及该公司的商业秘密");
  });
  await act(page, "记录反馈意见", async (form) => {
    await form.getByLabel("对方是否不同意公开").selectOption("yes");
    await form.getByLabel("意见摘要").fill("租金条款属于商业秘密，不同意公开");
  });
  await logout(page);

  await login(page, "reviewer");
  await page.goto(url);
  await act(page, "确定延迟答复期限", async (form) => {
    await form.getByLabel("延迟答复期限").fill(daysFromToday(90));
    await form.getByLabel("延迟答复的理由").fill("申请人已说明理由，所需合同分散保存于各村，需逐一调取");
  });
  await act(page, "告知第三方决定公开", async (form) => {
    await form.getByLabel("决定公开的政府信息").fill("集体资产出租合同的租金条款");
    await form.getByLabel("决定公开的理由（不公开可能对公共利益造成重大影响）").fill("集体资产出租收益关系全体村民的重大利益，不公开可能对公共利益造成重大影响");
  });
  for (const title of ["说明理由告知书", "征求意见书", "延迟答复告知书", "政府信息公开告知书"]) {
    await expectPrintableLetter(page, title);
  }
  await expectNoSeriousViolations(page);
});

test("a clerk ends a consultation whose 15 working days passed without an opinion (条例第三十二条)", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "clerk");
  // Received two months ago; the 征求意见书 went out 50 days ago, so its deadline is behind us.
  await registerInPerson(page, daysFromToday(-60), ["本镇2025年农贸市场摊位租赁合同"]);
  await act(page, "征求意见", async (form) => {
    await form.getByLabel("被征求意见方名称").fill("天津某市场管理有限公司");
    await form.getByLabel("所涉政府信息").fill("农贸市场摊位租赁合同");
    await form.getByLabel("征求意见书发出之日").fill(daysFromToday(-50));
  });
  await expect(page.locator("summary", { hasText: "结束征求意见" })).toBeVisible();
  // The server's worker (every 30 s) ends such a consultation too. If its pass comes between the page
  // and the click, the clerk is told exactly that; either way the consultation ends once.
  const form = page.getByRole("form", { name: "结束征求意见" });
  await page.locator("summary", { hasText: "结束征求意见" }).click();
  await form.getByRole("button", { name: "结束征求意见" }).click();
  await expect.poll(async () => (await form.count()) === 0 || (await form.locator(".alert").count()) > 0).toBe(true);
  const refusal = form.locator(".alert.error");
  if ((await refusal.count()) > 0) await expect(refusal).toContainText("征求意见已结束（期限届满未收到意见的，系统已于届满次日自动结束）");
  await page.reload();
  await expect(page.locator("summary", { hasText: "结束征求意见" })).toHaveCount(0);
  await expect(page.getByText("征求意见结束").first()).toBeVisible();
  await expectPrintableLetter(page, "征求意见书");
});

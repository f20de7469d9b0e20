import fs from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import holidays from "@/lib/calendar/holidays-cn.json";
import { calendarYearsFromJson, pendingLabel, provisionalLabel } from "@/lib/calendar";
import { createCalendarWithProvisional } from "@/lib/calendar/provisional";
import { computeClock, DEFAULT_CLOCK_POLICY, type ClockEvent } from "@/lib/clock";
import { login } from "./fixtures";
import { act, expectNoSeriousViolations, fileOnline, logout, openCase, PNG } from "./steps";

/**
 * Issue #6's acceptance journey, in the browser: every step of a partial disclosure with a
 * correction, a third-party consultation, an extension and a fee. After each step the due date the
 * page shows is compared with lib/clock computed here from the same events (the demo agency keeps
 * the default clock policy; the seeded calendar is holidays-cn.json).
 */
const calendar = createCalendarWithProvisional(calendarYearsFromJson(holidays));
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const ledger: ClockEvent[] = [];

async function expectClock(dueOn: Locator) {
  const state = computeClock(ledger, calendar, DEFAULT_CLOCK_POLICY, today);
  if (state.replyDueOn) {
    await expect(dueOn).toHaveText(`${state.replyDueOn}（剩余 ${state.workingDaysRemaining} 个工作日）`);
  } else if (state.provisional) {
    await expect(dueOn).toContainText(provisionalLabel(state.provisional.replyDueOn, state.provisional.year));
  } else if (state.unknownYear !== undefined) {
    await expect(dueOn).toContainText(pendingLabel(state.unknownYear));
  } else {
    await expect(dueOn).toContainText("计时中止");
  }
}

const RELEASED = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

test("the full journey: filed online → correction → consultation, extension, fee → partial disclosure returned once, approved → the citizen reads the 答复书 and downloads the released file", async ({ page }) => {
  test.setTimeout(240_000);
  const { caseNumber } = await fileOnline(page, "八里台镇2025年老旧小区改造工程合同");

  // The clerk confirms receipt (条例第三十一条) and requests a correction (第三十条).
  await login(page, "clerk");
  const caseUrl = await openCase(page, caseNumber);
  const dueOn = page.getByTestId("reply-due");
  await act(page, "确认收到申请");
  ledger.push({ type: "received", on: today });
  await expectClock(dueOn);
  await act(page, "发出补正告知", async (form) => {
    await form.getByLabel("需要补正的事项（每行一项，一次性告知）").fill("请写明合同的名称或编号");
    await form.getByLabel("补正指引").fill("可参照本机关政府信息公开目录中的合同公示写明名称。");
  });
  ledger.push({ type: "correctionRequested", on: today });
  await expect(page.getByTestId("case-status")).toHaveText("待补正");
  await expectClock(dueOn);
  await logout(page);

  // The citizen corrects online.
  await login(page, "citizen");
  await page.goto("/account/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  const correction = page.getByRole("form", { name: "提交补正" });
  await correction.getByLabel("信息名称").fill("八里台镇2025年老旧小区改造工程施工合同");
  await correction.getByLabel("补正说明").fill("已写明合同名称");
  await correction.getByLabel("补充材料（可不传）").setInputFiles({ name: "合同公示截图.png", mimeType: "image/png", buffer: PNG });
  await correction.getByRole("button", { name: "提交补正" }).click();
  await expect(page.getByText("补正已提交")).toBeVisible();
  await expectClock(page.getByTestId("reply-due"));
  await logout(page);

  // The clerk confirms the correction (the clock starts again that day), consults the third party,
  // records its objection, and proposes an extension and a fee.
  await login(page, "clerk");
  await page.goto(caseUrl);
  await act(page, "确认收到补正");
  ledger.push({ type: "correctionReceived", on: today });
  await expectClock(dueOn);
  await act(page, "征求意见", async (form) => {
    await form.getByLabel("被征求意见方名称").fill("天津某建设工程有限公司");
    await form.getByLabel("所涉政府信息").fill("老旧小区改造工程施工合同中的报价明细");
    await form.getByLabel("可能影响其权益的原因").fill("报价明细可能涉及该公司的商业秘密");
  });
  ledger.push({ type: "consultationSent", on: today, pauseId: "consultation", consultee: "thirdParty" });
  await expectClock(dueOn);
  await act(page, "记录反馈意见", async (form) => {
    await form.getByLabel("对方是否不同意公开").selectOption("yes");
    await form.getByLabel("意见摘要").fill("报价明细属于商业秘密，不同意公开");
  });
  ledger.push({ type: "consultationAnswered", on: today, pauseId: "consultation" });
  await expectClock(dueOn);
  await act(page, "申请延期答复", async (form) => form.getByLabel("延期理由").fill("需与第三方进一步核实可公开的范围"));
  await act(page, "拟收取信息处理费", async (form) => {
    await form.getByLabel("计收方式").selectOption("perPage");
    await form.getByLabel("页数（按量计收时填写，按A4计）").fill("150");
  });
  await expectClock(dueOn);
  await logout(page);

  // The reviewer approves both: the extension adds 20 working days, the online fee notice pauses the clock.
  await login(page, "reviewer");
  await page.goto(caseUrl);
  await act(page, "同意延期答复");
  ledger.push({ type: "extensionApproved", on: today, workingDays: 20 });
  await expectClock(dueOn);
  await act(page, "同意收费并发出收费通知");
  ledger.push({ type: "feeNoticeReceived", on: today, pauseId: "fee" });
  await expectClock(dueOn);
  await logout(page);

  // The fee is recorded paid; the clerk attaches the released file and drafts a partial disclosure.
  await login(page, "clerk");
  await page.goto(caseUrl);
  await act(page, "记录缴费", async (form) => form.getByLabel("财政票据（收据）号码").fill("津财非税2026-000123"));
  ledger.push({ type: "feePaid", on: today, pauseId: "fee" });
  await expectClock(dueOn);
  await page.locator("summary", { hasText: "起草答复" }).click();
  const upload = page.getByRole("form", { name: "上传提供的政府信息" });
  await upload.getByLabel("上传提供的政府信息").setInputFiles({ name: "施工合同（公开部分）.pdf", mimeType: "application/pdf", buffer: RELEASED });
  await upload.getByRole("button", { name: "上传文件" }).click();
  await expect(upload.getByText("已上传“施工合同（公开部分）.pdf”")).toBeVisible();
  await expect(page.getByRole("link", { name: "施工合同（公开部分）.pdf" })).toBeVisible();
  await act(page, "起草答复", async (form) => {
    await form.getByLabel("答复类型").selectOption("partlyDisclosed");
    await form.getByLabel("答复理由").fill("合同主体部分属于公开范围；报价明细涉及第三方商业秘密。");
    await form.getByLabel("提供方式").fill("在线下载施工合同（公开部分）PDF文件");
    await form.getByLabel("所提供的信息（文件名，以顿号分隔）").fill("施工合同（公开部分）.pdf");
    await form.getByLabel("予以公开的部分").fill("施工合同正文");
    await form.getByRole("button", { name: "添加不予公开的部分" }).click();
    await form.getByLabel("第1项：不予公开的内容").fill("合同附件报价明细");
    await form.getByLabel("法定情形").selectOption("notDisclosedThirdPartyRights");
    await form.getByLabel("理由", { exact: true }).fill("第三方认为属于商业秘密且不同意公开，公开会对其权益造成损害");
  });
  await act(page, "提交审核");
  await expect(page.getByTestId("case-status")).toHaveText("审核中");
  await expectClock(dueOn);
  await logout(page);

  // The reviewer returns it once; the clerk revises and resubmits; the reviewer approves.
  await login(page, "reviewer");
  await page.goto(caseUrl);
  await act(page, "退回修改", async (form) => form.getByLabel("退回意见").fill("请写明不予公开部分的具体依据"));
  await expect(page.getByTestId("case-status")).toHaveText("办理中");
  await logout(page);
  await login(page, "clerk");
  await page.goto(caseUrl);
  await expect(page.getByText("请写明不予公开部分的具体依据").first()).toBeVisible();
  await act(page, "起草答复", async (form) =>
    form.getByLabel("理由", { exact: true }).fill("第三方认为属于商业秘密且不同意公开，依据条例第十五条不予公开"),
  );
  await act(page, "提交审核");
  await expectClock(dueOn);
  await logout(page);
  await login(page, "reviewer");
  await page.goto(caseUrl);
  await act(page, "审核通过并出具答复书");
  await expect(page.getByTestId("case-status")).toHaveText("已答复");
  await logout(page);

  // The citizen reads the 答复书 with both remedy clauses and downloads the released file.
  await login(page, "citizen");
  await page.goto("/account/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  await expect(page.getByText("已答复").first()).toBeVisible();
  await expectNoSeriousViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载：施工合同（公开部分）.pdf" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("施工合同（公开部分）.pdf");
  expect(fs.readFileSync((await file.path())!)).toEqual(RELEASED);
  await page.getByRole("link", { name: "政府信息公开申请答复书" }).click();
  await expect(page.getByRole("heading", { name: "政府信息公开申请答复书" })).toBeVisible();
  await expect(page.getByText(/不予公开的部分（.*合同附件报价明细.*）不服的.*行政复议法》第二十三条.*先向/)).toBeVisible();
  await expect(page.getByText(/其余部分.*六个月内/)).toBeVisible();
  await expectNoSeriousViolations(page);
  await logout(page);

  // Nobody else can download it (404), even knowing the file's address.
  const fileUrl = await (async () => {
    await login(page, "clerk");
    await page.goto(caseUrl);
    const href = await page.getByRole("link", { name: "施工合同（公开部分）.pdf" }).getAttribute("href");
    await logout(page);
    return href!.replace("/api/staff/files/", "/api/applicant/files/");
  })();
  expect((await page.request.get(fileUrl)).status()).toBe(404);
});

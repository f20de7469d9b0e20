import { createHash } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { outboxMails } from "../test/eml";
import { login } from "./fixtures";
import { act, expectNoSeriousViolations, fileOnline, logout, openCase } from "./steps";

/** The SHA-256 of every PDF attached to an .eml the server's outbox wrote (no SMTP_URL: DATA_DIR/outbox). */
async function attachedPdfHashes(): Promise<Set<string>> {
  const hashes = new Set<string>();
  for (const mail of await outboxMails(path.join(process.env.E2E_DATA_DIR!, "outbox"))) {
    for (const [name, bytes] of mail.attachments) if (name.endsWith(".pdf")) hashes.add(createHash("sha256").update(bytes).digest("hex"));
  }
  return hashes;
}

/**
 * Issue 16.3: filed online choosing 电子邮件; the reply is approved; the worker's outbox sends it with
 * the signed PDF attached (the .eml's attachment is the letter's recorded hash); the case page's
 * 送达记录 shows the e-mail delivered, with its date, and the reply's 送达 recorded by the system; so
 * does the applicant's page.
 */
test("an approved 答复书 is e-mailed with its signed PDF and shows in 送达记录 with the date", async ({ page }) => {
  test.setTimeout(180_000);
  const { caseNumber } = await fileOnline(page, "八里台镇2025年公厕改造项目清单");

  await login(page, "clerk");
  const caseUrl = await openCase(page, caseNumber);
  await expect(page.getByTestId("delivery-records")).toContainText("电子邮件（附签章PDF）");
  await act(page, "确认收到申请");
  await act(page, "起草答复", async (form) => {
    await form.getByLabel("答复类型").selectOption("disclosed");
    await form.getByLabel("提供方式").fill("通过电子邮件发送电子文件");
  });
  await act(page, "提交审核");
  await logout(page);
  await login(page, "reviewer");
  await page.goto(caseUrl);
  await act(page, "审核通过并出具答复书");
  await expect(page.getByTestId("case-status")).toHaveText("已答复");
  await page.getByRole("link", { name: "政府信息公开申请答复书" }).click();
  const number = (await page.locator(".letter-number").textContent())!.trim();
  const sha256 = (await page.getByTestId("letter-pdf-sha256").textContent())!.trim();

  // The server's worker runs every 30 s: the .eml appears with the PDF attached …
  await expect.poll(async () => (await attachedPdfHashes()).has(sha256), { timeout: 75_000, intervals: [2_000] }).toBe(true);
  // … and the case page shows it delivered on the day it was sent.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  await expect(async () => {
    await page.goto(caseUrl);
    const row = page.getByTestId("delivery-records").locator("tr", { hasText: number }).filter({ hasText: "电子邮件" });
    await expect(row).toContainText("已送达", { timeout: 1000 });
    await expect(row).toContainText(today);
  }).toPass({ timeout: 40_000 });
  await expect(page.getByTestId("delivery-recorded")).toContainText(today);
  await logout(page);

  // The applicant's page shows the same record (what, how, when).
  await login(page, "citizen");
  await page.goto("/account/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  const mine = page.getByTestId("delivery-records").locator("tr", { hasText: number }).filter({ hasText: "电子邮件" });
  await expect(mine).toContainText("已送达");
  await expect(mine).toContainText(today);
  await expectNoSeriousViolations(page);
});

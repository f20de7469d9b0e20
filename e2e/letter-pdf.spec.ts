import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { login } from "./fixtures";
import { act, expectNoSeriousViolations, fileOnline, logout, openCase } from "./steps";

/** pdfsig (poppler-utils), as anyone would check the downloaded letter. */
function pdfsig(file: string): string {
  const run = spawnSync("pdfsig", [file], { encoding: "utf8" });
  return `${run.stdout}${run.stderr}`;
}

/**
 * Issue 16 items 1–2: a reply is approved; the applicant downloads the signed PDF; pdfsig finds a
 * valid signature by the agency's certificate; the verification page confirms the number and the
 * hash and says the certificate is a demo one; a tampered copy fails both.
 */
test("the applicant downloads the signed 答复书 PDF; pdfsig and /letters/verify confirm it, a tampered copy fails", async ({ page }) => {
  test.setTimeout(180_000);
  const { caseNumber } = await fileOnline(page, "八里台镇2025年环境卫生整治经费");

  await login(page, "clerk");
  const caseUrl = await openCase(page, caseNumber);
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
  await logout(page);

  // The applicant opens the 答复书 and downloads its signed PDF.
  await login(page, "citizen");
  await page.goto("/account/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  await page.getByRole("link", { name: "政府信息公开申请答复书" }).click();
  await expect(page.getByRole("heading", { name: "政府信息公开申请答复书" })).toBeVisible();
  const number = (await page.locator(".letter-number").textContent())!.trim();
  const agencyName = (await page.locator(".letter-signature p").first().textContent())!.trim();
  const shownHash = (await page.getByTestId("letter-pdf-sha256").textContent())!.trim();
  await expectNoSeriousViolations(page);
  const pdfHref = (await page.getByRole("link", { name: "下载电子签章文书（PDF）" }).getAttribute("href"))!;
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载电子签章文书（PDF）" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "letter-pdf-e2e-"));
  const signedFile = path.join(dir, "signed.pdf");
  await download.saveAs(signedFile);
  const bytes = fs.readFileSync(signedFile);
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(shownHash);

  // pdfsig: a valid signature over the whole file, by the agency's certificate.
  const report = pdfsig(signedFile);
  expect(report).toContain("Signature Validation: Signature is Valid.");
  expect(report).toContain(`Signer Certificate Common Name: ${agencyName}`);
  expect(report).toContain("Total document signed");

  // The verification page (public: signed out) confirms the number and the hash of this file.
  await logout(page);
  await page.goto(`/letters/verify?number=${encodeURIComponent(number)}`);
  await expect(page.getByTestId("verify-number")).toHaveText(number);
  await expect(page.getByTestId("verify-sha256")).toHaveText(shownHash);
  await expect(page.getByTestId("verify-demo-certificate")).toContainText("自签名证书");
  await page.locator("#letter-file").setInputFiles(signedFile);
  await expect(page.locator("#sha256")).toHaveValue(shownHash);
  await page.getByRole("button", { name: "核验" }).click();
  await expect(page.getByTestId("verify-result")).toContainText("一致：");
  await expectNoSeriousViolations(page);

  // A copy with one byte changed: pdfsig rejects it and the page says 不一致.
  const tampered = Buffer.from(bytes);
  const at = tampered.indexOf("stream", 400) + 30;
  tampered[at] = tampered[at]! ^ 0x01;
  const tamperedFile = path.join(dir, "tampered.pdf");
  fs.writeFileSync(tamperedFile, tampered);
  expect(pdfsig(tamperedFile)).not.toContain("Signature is Valid.");
  await page.locator("#letter-file").setInputFiles(tamperedFile);
  await expect(page.locator("#sha256")).not.toHaveValue(shownHash);
  await page.getByRole("button", { name: "核验" }).click();
  await expect(page.getByTestId("verify-result")).toContainText("不一致");

  // Nobody but the applicant (or the agency's staff, through their own route) downloads it: signed out → 404.
  expect((await page.request.get(pdfHref)).status()).toBe(404);
});

import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const TITLE = "八里台镇2026年冬季清洁取暖补贴发放方案";
const LIST = "/catalogue?category=key-social-assistance";

test("the body editor previews the sanitised text; a draft's attachment downloads from the desk only", async ({ page, browser }) => {
  await login(page, "publisher");
  await page.goto("/staff/documents/new");
  await page.getByLabel("标题").fill(TITLE);
  await page.getByLabel("主题分类").selectOption("key-social-assistance");
  await page.getByLabel("文件类型").selectOption("plan");
  await page.getByLabel("成文日期").fill("2026-11-20");
  await page.getByLabel("内容概述", { exact: true }).fill("清洁取暖补贴的对象、标准和发放时间。");

  // Live preview: what the server's sanitiser will store (toolbar markup kept, script dropped).
  const body = page.getByLabel("正文");
  await body.fill("<p>补贴对象为本镇常住农户。</p><script>alert(1)</script>");
  await page.getByRole("button", { name: "二级标题" }).click();
  const preview = page.locator(".body-preview .document-body");
  await expect(preview.locator("p")).toHaveText("补贴对象为本镇常住农户。");
  await expect(preview.locator("h2")).toHaveText("标题");
  await expect(preview.locator("script")).toHaveCount(0);
  await expect(body).toHaveValue(/<h2>标题<\/h2>/);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText(/草稿已保存，索引号/)).toBeVisible();
  const documentId = new URL(page.url()).pathname.split("/").pop()!;

  // A draft's attachment: the publisher downloads it from the desk before publication.
  await page.getByLabel("上传附件").setInputFiles({ name: "补贴方案.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "上传", exact: true }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "补贴方案.pdf" }).click();
  expect((await download).suggestedFilename()).toBe("补贴方案.pdf");
  const deskUrl = await page.getByRole("link", { name: "补贴方案.pdf" }).getAttribute("href");
  expect(deskUrl).toMatch(new RegExp(`^/api/v1/staff/documents/${documentId}/attachments/`));

  // Anyone else: not found (a citizen, another agency's admin, a visitor without a session).
  const visitor = await browser.newPage();
  expect((await visitor.request.get(deskUrl!)).status()).toBe(404);
  await login(visitor, "citizen");
  expect((await visitor.request.get(deskUrl!)).status()).toBe(404);
  const other = await browser.newPage();
  await other.goto("/login");
  await other.getByLabel("手机号码或电子邮箱").fill("admin@jinnan.example");
  await other.getByLabel("密码").fill("Admin-2026");
  await other.getByRole("button", { name: "登录" }).click();
  await expect(other).toHaveURL(/\/admin$/);
  expect((await other.request.get(deskUrl!)).status()).toBe(404);
  await other.close();

  // The cached public list page is expired on publication and the cached document page on an edit.
  const reader = await browser.newPage();
  await reader.goto(LIST);
  await expect(reader.getByRole("link", { name: TITLE })).toHaveCount(0);
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByText("已发布，公众现在可以查阅和检索该文件。")).toBeVisible();
  await reader.goto(LIST);
  await expect(reader.getByRole("link", { name: TITLE })).toBeVisible();
  await reader.getByRole("link", { name: TITLE }).click();
  await expect(reader.locator(".document-body h2")).toHaveText("标题");
  await page.getByLabel("正文").fill("<h2>补贴标准</h2><p>每户每年补贴一千元。</p>");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText(/修改已保存并立即生效/)).toBeVisible();
  await reader.reload();
  await expect(reader.locator(".document-body h2")).toHaveText("补贴标准");
  await reader.close();
  await visitor.close();
});

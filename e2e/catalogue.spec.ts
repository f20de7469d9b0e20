import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

const SAMPLE_TITLE = "八里台镇人民政府2024年法治政府建设情况报告";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]), Buffer.alloc(300)]);

async function searchFor(page: Page, q: string) {
  await page.goto("/catalogue");
  await page.getByLabel("关键词").fill(q);
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `检索“${q}”` })).toBeVisible();
}

test("the public finds the sample report for 法治政府, 八里台政报 and 27号 and reads its page", async ({ page }) => {
  for (const q of ["法治政府", "八里台政报", "27号"]) {
    await searchFor(page, q);
    await expect(page.getByRole("link", { name: SAMPLE_TITLE })).toBeVisible();
  }
  await expect(page.locator("mark").first()).toBeVisible();
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  const metadata = page.locator("table.metadata-table");
  await expect(metadata.getByRole("cell", { name: "八里台政报〔2024〕27号" })).toBeVisible();
  await expect(metadata.getByRole("cell", { name: "董明彦" })).toBeVisible();
  await expect(metadata.getByRole("cell", { name: "2024年12月20日" })).toBeVisible();
  await expect(metadata.getByRole("cell", { name: "2024年12月27日" })).toBeVisible();
  await expect(metadata.getByRole("cell", { name: "工作报告" })).toBeVisible();
});

test("a repealed document says so at the top, and the column pages list their documents", async ({ page }) => {
  await page.goto("/catalogue?validity=repealed");
  await page.getByRole("link", { name: "八里台镇困难群众临时救助实施办法" }).click();
  await expect(page.getByRole("note")).toContainText("本文件已于2025年6月30日废止");
  await page.goto("/annual-reports");
  await expect(page.getByRole("heading", { name: "2024年度" })).toBeVisible();
  await expect(page.getByRole("link", { name: "八里台镇人民政府2024年政府信息公开工作年度报告", exact: true })).toBeVisible();
  await page.goto("/rules");
  await expect(page.getByRole("link", { name: "八里台镇人民政府政府信息公开工作制度" })).toBeVisible();
  await page.goto("/guide");
  await expect(page.getByRole("heading", { level: 1, name: /八里台镇人民政府政府信息公开指南/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "022-88000000" })).toBeVisible();
});

test("the JSON API, categories, feed, sitemap and robots answer", async ({ request }) => {
  const list = await (await request.get("/api/v1/documents?q=%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C&pageSize=5")).json();
  expect(list.total).toBeGreaterThan(0);
  expect(Object.keys(list.items[0]).sort()).toEqual(
    ["agency", "category", "docNumber", "id", "indexNumber", "issuedOn", "publishedAt", "title", "url", "validity"].sort(),
  );
  const detail = await (await request.get(new URL(list.items[0].url).pathname.replace("/documents/", "/api/v1/documents/"))).json();
  expect(detail.summary).toBeTruthy();
  const categories = await (await request.get("/api/v1/categories")).json();
  expect(categories.items[0].categories[0].name).toBe("机构职能");
  expect((await request.get("/api/v1/documents/not-a-uuid")).status()).toBe(404);
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain(SAMPLE_TITLE);
  expect(await (await request.get("/sitemap.xml")).text()).toContain("/documents/");
  expect(await (await request.get("/robots.txt")).text()).toContain("Disallow: /staff");
});

test("a publisher creates, attaches, publishes and withdraws a document; the public sees each step", async ({ page }) => {
  await login(page, "publisher");
  await page.goto("/staff/documents/new");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("请填写标题。")).toBeVisible();
  await page.getByLabel("标题").fill("八里台镇2026年秸秆禁烧工作通告");
  await page.getByLabel("主题分类").selectOption("key-agriculture-policy");
  await page.getByLabel("文件类型").selectOption("notice");
  await page.getByLabel("文号").fill("八里台政告〔2026〕3号");
  await page.getByLabel("成文日期").fill("2026-11-20");
  await page.getByLabel("内容概述", { exact: true }).fill("秸秆禁烧的范围、时间和责任。");
  await page.getByLabel("正文").fill("全镇范围内禁止露天焚烧秸秆。\n违者依法处理。<script>alert(1)</script>");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText(/草稿已保存，索引号 11120112MB1957322H\/2026-\d{5}/)).toBeVisible();
  const documentPath = new URL(page.url()).pathname;
  const documentId = documentPath.split("/").pop()!;

  // Bad uploads are refused in Chinese and nothing is stored.
  await page.getByLabel("上传附件").setInputFiles({ name: "通告.pdf", mimeType: "application/pdf", buffer: EXE });
  await page.getByRole("button", { name: "上传", exact: true }).click();
  await expect(page.getByText(/文件内容与允许的类型不符/)).toBeVisible();
  const oversize = await page.request.post(`/api/v1/staff/documents/${documentId}/attachments`, {
    data: Buffer.alloc(50 * 1024 * 1024 + 1),
    headers: { "x-file-name": "big.pdf", "content-type": "application/octet-stream" },
  });
  expect(oversize.status()).toBe(413);
  expect((await oversize.json()).error).toContain("附件不能超过 50.0 MB");
  await page.reload();
  await expect(page.getByText("暂无附件。")).toBeVisible();

  await page.getByLabel("上传附件").setInputFiles({ name: "通告全文.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "上传", exact: true }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "通告全文.pdf" })).toContainText("PDF");
  // Editing after an attachment was added still saves (the form follows the new revision).
  await page.getByLabel("主题词").fill("秸秆 禁烧");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("修改已保存。")).toBeVisible();
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByText("已发布，公众现在可以查阅和检索该文件。")).toBeVisible();

  // The public finds it by a two-character word and by its 文号, and downloads the attachment.
  const visitor = await page.context().browser()!.newPage();
  for (const q of ["禁烧", "八里台政告〔2026〕3号"]) {
    await searchFor(visitor, q);
    await expect(visitor.getByRole("link", { name: "八里台镇2026年秸秆禁烧工作通告" })).toBeVisible();
  }
  await visitor.getByRole("link", { name: "八里台镇2026年秸秆禁烧工作通告" }).click();
  await expect(visitor.locator(".document-body")).toContainText("全镇范围内禁止露天焚烧秸秆。");
  await expect(visitor.locator(".document-body script")).toHaveCount(0);
  const download = visitor.waitForEvent("download");
  await visitor.getByRole("link", { name: "通告全文.pdf" }).click();
  expect((await download).suggestedFilename()).toBe("通告全文.pdf");
  expect((await visitor.request.get(`/api/v1/documents/${documentId}`)).status()).toBe(200);

  // Withdrawing removes it from search, feed and API.
  await page.getByLabel("撤回理由").fill("内容需要重新审核。");
  await page.getByRole("button", { name: "撤回" }).click();
  await expect(page.getByText(/已撤回，该文件不再对公众显示/)).toBeVisible();
  await searchFor(visitor, "禁烧");
  await expect(visitor.getByRole("link", { name: "八里台镇2026年秸秆禁烧工作通告" })).toHaveCount(0);
  expect(await (await visitor.request.get("/feed.xml")).text()).not.toContain("秸秆禁烧");
  expect((await visitor.request.get(`/api/v1/documents/${documentId}`)).status()).toBe(404);
  expect((await (await visitor.request.get("/api/v1/documents?q=%E7%A6%81%E7%83%A7")).json()).total).toBe(0);
  expect((await visitor.goto(`/documents/${documentId}`))?.status()).toBe(404);
  await visitor.close();
});

test("a citizen or a clerk cannot reach the publisher's desk or the upload route", async ({ page }) => {
  await login(page, "clerk");
  expect((await page.goto("/staff/documents"))?.status()).toBe(403);
  expect((await page.goto("/staff/documents/new"))?.status()).toBe(403);
  expect((await page.goto("/admin/categories"))?.status()).toBe(403);
  const upload = await page.request.post("/api/v1/staff/documents/00000000-0000-4000-8000-000000000000/attachments", {
    data: PDF,
    headers: { "x-file-name": "a.pdf" },
  });
  expect(upload.status()).toBe(403);
  await page.context().clearCookies();
  await login(page, "citizen");
  expect((await page.goto("/staff/documents"))?.status()).toBe(403);
});

test("an admin adds and retires a category", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/categories");
  await page.getByLabel("分类名称").fill("乡村振兴");
  await page.getByLabel("上级分类").selectOption({ label: "重点领域信息" });
  await page.getByRole("button", { name: "添加分类" }).click();
  await expect(page.getByText("已添加分类“乡村振兴”。")).toBeVisible();
  await page.getByRole("button", { name: "停用 乡村振兴" }).click();
  await expect(page.getByText("乡村振兴（已停用）")).toBeVisible();
});

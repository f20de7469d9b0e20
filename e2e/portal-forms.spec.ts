import { expect, test, type Page } from "@playwright/test";
import { AGENCY_CODES, login } from "./fixtures";
import { act, expectNoSeriousViolations, fileOnline, logout, openCase, PNG } from "./steps";

/** Issue #13, the forms' items: look-up session, error summary, organisation name, full URLs, suggestions, details, privacy notice. */

const origin = () => new URL(test.info().project.use.baseURL!).origin;

async function expectSummaryFocusedWith(page: Page, messages: string[]) {
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("listitem")).toHaveText(messages);
  return summary;
}

test("several errors on the application form: a summary at the top lists each as a link to its field and takes the focus", async ({ page }) => {
  await page.goto("/apply/new");
  await page.getByLabel("向哪个行政机关申请").selectOption(AGENCY_CODES.balitai);
  await page.getByLabel("证件号码").fill("440524188001010015");
  await page.getByRole("button", { name: "提交申请" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "申请表中有需要修改的地方" })).toBeVisible();
  // In the order of the page, the file control included; every inline error is in the summary.
  const items = await summary.getByRole("listitem").allTextContents();
  expect(items[0]).toBe("请填写申请人姓名。");
  expect(items).toContain("证件号码的校验位（最后一位）不正确，请核对后重新输入。");
  expect(items).toContain("请上传身份证明（证件照片或扫描件，JPEG、PNG 或 PDF 格式）。");
  expect(items.indexOf("证件号码的校验位（最后一位）不正确，请核对后重新输入。")).toBeLessThan(items.indexOf("请上传身份证明（证件照片或扫描件，JPEG、PNG 或 PDF 格式）。"));
  const inline = await page.locator("form .field-error").allTextContents();
  expect(inline.length).toBe(items.length);
  for (const message of inline) expect(items).toContain(message);
  // Each entry is a link that moves the focus to its field.
  await summary.getByRole("link", { name: "证件号码的校验位（最后一位）不正确，请核对后重新输入。" }).click();
  await expect(page.getByLabel("证件号码")).toBeFocused();
  await summary.getByRole("link", { name: /请上传身份证明/ }).click();
  await expect(page.locator("#identity-proof")).toBeFocused();
  await expectNoSeriousViolations(page);
});

test("the look-up, login and register forms share the error summary", async ({ page }) => {
  await page.goto("/apply/lookup");
  await page.getByRole("button", { name: "查询" }).click();
  await expectSummaryFocusedWith(page, ["请输入查询码。", "请输入提交申请时填写的联系电话。"]);
  await page.getByTestId("error-summary").getByRole("link", { name: "请输入提交申请时填写的联系电话。" }).click();
  await expect(page.getByLabel("联系电话")).toBeFocused();

  await page.goto("/login");
  await page.getByRole("button", { name: "登录" }).click();
  const login = page.getByTestId("error-summary");
  await expect(login).toBeFocused();
  expect(await login.getByRole("link").count()).toBe(2);

  await page.goto("/register");
  await page.getByRole("button", { name: "注册" }).click();
  const register = page.getByTestId("error-summary");
  await expect(register).toBeFocused();
  expect(await register.getByRole("link").count()).toBeGreaterThanOrEqual(2);
  await expectNoSeriousViolations(page);
});

test("a signed-in citizen choosing 法人或其他组织 gets an empty 名称 and keeps the contact details; the detail page shows them", async ({ page }) => {
  await login(page, "citizen");
  await page.goto("/apply/new");
  await expect(page.getByLabel("姓名", { exact: true })).toHaveValue("张三");
  await page.getByLabel("向哪个行政机关申请").selectOption(AGENCY_CODES.balitai);
  await page.getByRole("radio", { name: "法人或其他组织" }).check();
  await expect(page.getByLabel("名称", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("联系人姓名")).toHaveValue("张三");
  await expect(page.getByLabel("联系人电话")).toHaveValue("13800138000");
  // Back to 自然人: the person's name is back; and the organisation's 名称 is kept for it.
  await page.getByLabel("名称", { exact: true }).fill("天津某某农业合作社");
  await page.getByRole("radio", { name: "自然人" }).check();
  await expect(page.getByLabel("姓名", { exact: true })).toHaveValue("张三");
  await page.getByRole("radio", { name: "法人或其他组织" }).check();
  await expect(page.getByLabel("名称", { exact: true })).toHaveValue("天津某某农业合作社");

  await page.getByLabel("组织类别").selectOption("commercial");
  await page.getByLabel("统一社会信用代码").fill("91110000600037341L");
  await page.getByLabel("法定代表人/负责人").fill("李四");
  await page.getByLabel("通信地址").fill("天津市津南区八里台镇建设路1号");
  await page.getByLabel("邮政编码").fill("300350");
  await page.getByLabel("信息名称").first().fill("八里台镇2025年农业合作社扶持资金发放情况");
  await page.getByLabel("内容描述").first().fill("请提供2025年度八里台镇农业合作社扶持资金的发放名单和金额。");
  await page.getByRole("checkbox", { name: "纸质" }).check();
  await page.getByRole("checkbox", { name: "快递" }).check();
  // The localised file control: 选择文件, then the chosen files listed.
  await expect(page.locator("label[for=identity-proof].file-picker-button")).toHaveText("选择文件");
  await expect(page.getByText("未选择文件")).toBeVisible();
  await page.locator("#identity-proof").setInputFiles({ name: "营业执照.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByRole("list", { name: "已选择的文件" })).toContainText("营业执照.png");
  await expect(page.getByText("已选择 1 个文件")).toBeVisible();
  await page.getByRole("checkbox", { name: /我承诺/ }).check();
  await expect(page.getByText("自动安全验证已完成")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "提交凭证（尚未确认收到）" })).toBeVisible();
  const caseNumber = (await page.getByTestId("case-number").textContent())!;

  await page.goto("/account/applications");
  const row = page.getByRole("row", { name: new RegExp(caseNumber) });
  // Tables print 2026-12-03.
  await expect(row.getByRole("cell").nth(3)).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("link", { name: "个人信息处理规则" })).toBeVisible();
  await page.getByRole("link", { name: caseNumber }).click();
  const content = page.locator("section", { has: page.getByRole("heading", { name: "申请内容" }) });
  await expect(content).toContainText("天津某某农业合作社");
  await expect(content).toContainText("法定代表人/负责人李四");
  await expect(content).toContainText("联系人张三");
  await expect(content).toContainText("联系人电话13800138000");
  await expect(content).toContainText("天津市津南区八里台镇建设路1号（邮政编码 300350）");
});

test("inputs beside a field with a hint keep a single height (工作单位, 传真)", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/apply/new");
  const height = async (name: string) => (await page.locator(`[name="applicant.${name}"]`).boundingBox())!.height;
  const single = await height("name");
  expect(await height("employer")).toBe(single); // 工作单位, beside 联系电话 and its hint
  expect(await height("fax")).toBe(single); // 传真, beside 电子邮箱 and its hint
});

test("the 提交凭证 names the full look-up URL and the privacy notice, and prints without the form's instructions", async ({ page }) => {
  await fileOnline(page, "八里台镇2024年村级道路养护资金使用情况", { account: false });
  await expect(page.getByTestId("lookup-url")).toHaveText(`${origin()}/apply/lookup`);
  await expect(page.getByRole("heading", { name: "政府信息公开申请表" })).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("的项目须填写")).toBeHidden();
  await expect(page.getByRole("heading", { name: "提交凭证（尚未确认收到）" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("link", { name: "个人信息处理规则" }).click();
  await expect(page.getByRole("heading", { name: "个人信息处理规则" })).toBeVisible();
  await expect(page.getByText("《中华人民共和国个人信息保护法》第十七条", { exact: false }).first()).toBeVisible();
  for (const heading of ["一、谁处理您的个人信息", "二、处理目的和依据", "三、保存哪些信息", "四、保存多久", "五、谁能看到"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expectNoSeriousViolations(page);
});

test("the form and the account page link the 个人信息处理规则", async ({ page }) => {
  await page.goto("/apply/new");
  await expect(page.getByRole("link", { name: "个人信息处理规则" }).first()).toHaveAttribute("href", "/apply/privacy");
  await login(page, "citizen");
  await expect(page.getByRole("link", { name: "个人信息处理规则" })).toHaveAttribute("href", "/apply/privacy");
});

test("the look-up is a session cookie and 退出查询 ends it on the server", async ({ page, context }) => {
  const { trackingCode } = await fileOnline(page, "八里台镇2024年村级公益事业建设情况", { account: false });
  await page.goto("/apply/lookup");
  await page.getByLabel("查询码").fill(trackingCode);
  await page.getByLabel("联系电话").fill("13700137000");
  await page.getByRole("button", { name: "查询" }).click();
  await page.getByRole("link", { name: "查看文书、提交补正或办理其他事项" }).click();
  await expect(page.getByRole("heading", { name: /^申请详情：/ })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === "gk_lookup");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.expires).toBe(-1); // no Max-Age/Expires: closing the browser ends it
  await page.getByRole("button", { name: "退出查询" }).click();
  await expect(page).toHaveURL(/\/apply\/lookup\?ended=1$/);
  await expect(page.getByText("已退出查询")).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "gk_lookup")).toBeUndefined();
  await page.goto("/apply/lookup/application");
  await expect(page.getByText("查询已过期或尚未查询")).toBeVisible();
});

test("the feed, the sitemap, robots, the API and document pages name the one configured public URL", async ({ request, page }) => {
  const base = origin();
  const feed = await (await request.get("/feed.xml")).text();
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const robots = await (await request.get("/robots.txt")).text();
  const feedLinks = [...feed.matchAll(/href="(https?:\/\/[^/"]+)\//g)].map((m) => m[1]);
  const sitemapLinks = [...sitemap.matchAll(/<loc>(https?:\/\/[^/<]+)\//g)].map((m) => m[1]);
  expect(feedLinks.length).toBeGreaterThan(0);
  expect(sitemapLinks.length).toBeGreaterThan(0);
  expect(new Set([...feedLinks, ...sitemapLinks])).toEqual(new Set([base]));
  expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
  // A forged Host header does not rewrite our links.
  const forged = await (await request.get("/sitemap.xml", { headers: { host: "evil.example" } })).text();
  expect(forged).not.toContain("evil.example");
  const api = await (await request.get("/api/v1/documents?pageSize=1")).json();
  expect(api.items[0].url.startsWith(`${base}/documents/`)).toBe(true);

  await page.goto(new URL(api.items[0].url).pathname);
  await expect(page.getByTestId("page-address")).toHaveText(`本页地址：${api.items[0].url}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("page-address")).toBeVisible();
});

test("the 申请接收回执 says 查询码 + 联系电话 and prints the full look-up URL", async ({ page }) => {
  const { caseNumber } = await fileOnline(page, "八里台镇2024年农村道路建设资金使用情况");
  await login(page, "clerk");
  await openCase(page, caseNumber);
  await act(page, "确认收到申请");
  await page.getByRole("link", { name: "政府信息公开申请接收回执" }).click();
  await expect(page.getByText(`您可凭查询码和提交申请时填写的联系电话（法人或其他组织为联系人电话），在 ${origin()}/apply/lookup 查询`)).toBeVisible();
  await expect(page.getByText("凭受理编号和查询码")).toHaveCount(0);
  await logout(page);
});

test("typing an item title shows published documents that share its words, not only near-substrings", async ({ page }) => {
  await page.goto("/apply/new");
  await page.getByLabel("向哪个行政机关申请").selectOption(AGENCY_CODES.balitai);
  await page.getByLabel("信息名称").first().fill("临时救助办法");
  const suggestions = page.locator(".suggestions");
  await expect(suggestions.getByRole("heading", { name: "这些信息可能已经公开" })).toBeVisible();
  await expect(suggestions.getByRole("link", { name: "八里台镇困难群众临时救助实施办法", exact: true })).toBeVisible();
  const answer = await page.request.get(`/api/apply/suggestions?${new URLSearchParams({ q: "八里台镇2024年部门预算报告", agency: AGENCY_CODES.balitai })}`);
  expect((await answer.json()).items[0].title).toBe("八里台镇2024年部门预算");
});

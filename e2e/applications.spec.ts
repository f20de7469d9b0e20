import net from "node:net";
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { AGENCY_CODES, login, solvedProof } from "./fixtures";
import { logout } from "./steps";

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082",
  "hex",
);

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function fillPerson(page: Page, { phone = "13700137000", idNumber = "440524188001010014", email = "zhang@example.com" } = {}) {
  await page.getByLabel("向哪个行政机关申请").selectOption(AGENCY_CODES.balitai);
  await page.getByLabel("姓名", { exact: true }).fill("张小明");
  await page.getByLabel("证件号码").fill(idNumber);
  await page.getByLabel("联系电话").fill(phone);
  await page.getByLabel("电子邮箱").fill(email);
}

async function fillItemAndDelivery(page: Page, title = "八里台镇2025年镇级财政预算报告") {
  await page.getByLabel("信息名称").first().fill(title);
  await page.getByLabel("内容描述").first().fill("请提供八里台镇2025年镇级财政预算报告的全文（电子版）。");
  await page.getByRole("checkbox", { name: "电子文档" }).check();
  await page.getByRole("checkbox", { name: "电子邮件", exact: true }).check();
  await page.locator("#identity-proof").setInputFiles({ name: "身份证.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("checkbox", { name: /我承诺/ }).check();
}

async function registerCitizen(page: Page, email: string, name: string) {
  await page.goto("/register");
  await page.getByLabel("姓名").fill(name);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill("Citizen-2026");
  await page.getByLabel("确认密码").fill("Citizen-2026");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

test("a natural person files without an account, gets the 提交凭证 and looks the application up", async ({ page }) => {
  await page.goto("/apply");
  await page.getByRole("link", { name: "填写申请表" }).click();
  await expect(page.getByRole("heading", { name: "政府信息公开申请表" })).toBeVisible();
  await expectNoSeriousViolations(page);

  await fillPerson(page);
  await fillItemAndDelivery(page);
  await expect(page.getByText("自动安全验证已完成")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "提交申请" }).click();

  await expect(page.getByRole("heading", { name: "提交凭证（尚未确认收到）" })).toBeVisible();
  const caseNumber = (await page.getByTestId("case-number").textContent())!;
  const trackingCode = (await page.getByTestId("tracking-code").textContent())!;
  expect(caseNumber).toMatch(/^BLT-\d{4}-\d{5}$/);
  expect(trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  // No receipt date and no due date before the agency confirms receipt (条例第三十一条).
  await expect(page.locator(".receipt dt")).toHaveText(["受理机关", "受理编号", "查询码", "提交时间"]);
  await expectNoSeriousViolations(page);

  await page.goto("/apply/lookup");
  await expectNoSeriousViolations(page);
  await page.getByLabel("查询码").fill(trackingCode.toLowerCase());
  await page.getByLabel("联系电话").fill("137 0013 7000");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByText(caseNumber)).toBeVisible();
  await expect(page.getByText("已提交待确认")).toBeVisible();
  await expect(page.getByText("网上提交申请")).toBeVisible();
  expect(page.url()).not.toContain(trackingCode);
  await expectNoSeriousViolations(page);

  // A wrong phone gets the same answer as an unknown code.
  await page.getByLabel("联系电话").fill("13900139000");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "未找到与该查询码和联系电话相符的申请" })).toBeVisible();
});

test("typing an item title suggests published documents that may already answer it", async ({ page }) => {
  await page.goto("/apply/new");
  await page.getByLabel("向哪个行政机关申请").selectOption(AGENCY_CODES.balitai);
  await page.getByLabel("信息名称").first().fill("法治政府建设");
  const suggestions = page.locator(".suggestions");
  await expect(suggestions.getByRole("heading", { name: "这些信息可能已经公开" })).toBeVisible();
  const link = suggestions.getByRole("link", { name: /法治政府建设/ }).first();
  await expect(link).toHaveAttribute("href", /\/documents\//);
});

test("an organisation files from a citizen account and sees it in 我的申请; another citizen cannot open it", async ({ page }) => {
  await login(page, "citizen");
  await page.goto("/apply/new");
  // Prefilled from the session profile.
  await expect(page.getByLabel("姓名", { exact: true })).toHaveValue("张三");
  await page.getByLabel("向哪个行政机关申请").selectOption(AGENCY_CODES.balitai);
  await page.getByRole("radio", { name: "法人或其他组织" }).check();
  await page.getByLabel("名称", { exact: true }).fill("天津某某科技有限公司");
  await page.getByLabel("组织类别").selectOption("commercial");
  await page.getByLabel("统一社会信用代码").fill("91110000600037341L");
  await page.getByLabel("法定代表人/负责人").fill("李四");
  await expect(page.getByLabel("联系人姓名")).toHaveValue("张三");
  await page.getByLabel("联系人电话").fill("022-12345678");
  await page.getByLabel("信息名称").first().fill("八里台镇2025年企业扶持资金发放情况");
  await page.getByLabel("内容描述").first().fill("请提供2025年度八里台镇企业扶持资金的发放名单和金额。");
  await page.getByRole("button", { name: "增加一项" }).click();
  await page.getByLabel("信息名称").nth(1).fill("八里台镇2025年招商引资政策文件");
  await page.getByLabel("内容描述").nth(1).fill("请提供2025年八里台镇出台的招商引资优惠政策文件全文。");
  await page.getByRole("checkbox", { name: "纸质" }).check();
  await page.getByRole("checkbox", { name: "自行领取" }).check();
  await page.locator("#identity-proof").setInputFiles({ name: "营业执照.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("checkbox", { name: /我承诺/ }).check();
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "提交凭证（尚未确认收到）" })).toBeVisible();
  const caseNumber = (await page.getByTestId("case-number").textContent())!;

  await page.goto("/account/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  await expect(page.getByRole("heading", { name: `申请详情：${caseNumber}` })).toBeVisible();
  await expect(page.getByText("天津某某科技有限公司（法人或其他组织·商业企业）")).toBeVisible();
  await expect(page.getByText("911***********341L")).toBeVisible();
  await expect(page.getByText("确认收到申请后计算")).toBeVisible();
  await expect(page.getByRole("heading", { name: "文书与答复" })).toBeVisible();
  const detailUrl = page.url();
  await expectNoSeriousViolations(page);

  // 撤回 before the reply: confirmed on the page, then the status reads 已终止.
  await page.getByRole("button", { name: "撤回申请" }).click();
  await expect(page.locator(".field-error").getByText("请勾选“我确认撤回该申请”。撤回后申请即终止办理。")).toBeVisible();
  await page.getByRole("checkbox", { name: /我确认撤回该申请/ }).check();
  await page.getByRole("button", { name: "撤回申请" }).click();
  await expect(page.getByText(/撤回确认：您已于 \d{4}-\d{2}-\d{2} 撤回受理编号为/)).toBeVisible();
  await page.reload();
  await expect(page.locator(".status-badge")).toHaveText("已终止");
  await expect(page.getByText("申请人撤回申请")).toBeVisible();

  await logout(page);
  await registerCitizen(page, `other-${Date.now()}@example.com`, "王五");
  const response = await page.goto(detailUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(caseNumber)).toHaveCount(0);
  await page.goto("/account/applications");
  await expect(page.getByText("您还没有通过本账号提交的政府信息公开申请。")).toBeVisible();
});

test("invalid ID numbers, a bad credit code and missing conditional fields show Chinese errors and keep the other inputs", async ({ page }) => {
  await page.goto("/apply/new");
  await fillPerson(page, { idNumber: "440524188001010015", email: "" });
  await fillItemAndDelivery(page);
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.locator(".field-error").getByText("证件号码的校验位（最后一位）不正确，请核对后重新输入。")).toBeVisible();
  await expect(page.locator(".field-error").getByText("您选择了通过电子邮件获取信息，请填写电子邮箱。")).toBeVisible();
  await expect(page.getByLabel("姓名", { exact: true })).toHaveValue("张小明");
  await expect(page.getByLabel("信息名称").first()).toHaveValue("八里台镇2025年镇级财政预算报告");

  await page.getByLabel("证件号码").fill("440524188002300014");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.locator(".field-error").getByText("证件号码中的出生日期（第 7–14 位）不是有效日期，请核对。")).toBeVisible();

  await page.getByRole("checkbox", { name: "快递" }).check();
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.locator(".field-error").getByText("您选择了邮寄或快递，请填写通信地址。")).toBeVisible();
  await expect(page.locator(".field-error").getByText("您选择了邮寄或快递，请填写 6 位邮政编码。")).toBeVisible();

  await page.getByRole("radio", { name: "法人或其他组织" }).check();
  await page.getByLabel("统一社会信用代码").fill("91110000600037341M");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.locator(".field-error").getByText("统一社会信用代码的校验位（最后一位）不正确，请核对后重新输入。")).toBeVisible();
  await expect(page.getByLabel("信息名称").first()).toHaveValue("八里台镇2025年镇级财政预算报告");
  // Switching back keeps what the person typed.
  await page.getByRole("radio", { name: "自然人" }).check();
  await expect(page.getByLabel("证件号码")).toHaveValue("440524188002300014");
});

test("a network failure keeps every input, and sending again files once", async ({ page }) => {
  await page.goto("/apply/new");
  await fillPerson(page, { phone: "13300133000" });
  await fillItemAndDelivery(page, "八里台镇2025年河道治理项目资金使用情况");
  let attempts = 0;
  await page.route("**/api/apply/submit", async (route) => {
    attempts++;
    if (attempts === 1) {
      await route.fetch(); // the server files it, but the answer is lost on the way back
      await route.abort("connectionreset");
      return;
    }
    await route.continue();
  });
  // The proof of work runs in the background; on a loaded machine it can outlast the assertion below.
  await expect(page.getByText("自动安全验证已完成。")).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText(/网络连接中断，申请可能未提交/)).toBeVisible();
  await expect(page.getByLabel("信息名称").first()).toHaveValue("八里台镇2025年河道治理项目资金使用情况");
  await expect(page.getByLabel("证件号码")).toHaveValue("440524188001010014");
  await expect(page.getByText("身份证.png")).toBeVisible();
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "提交凭证（尚未确认收到）" })).toBeVisible();
  const trackingCode = (await page.getByTestId("tracking-code").textContent())!;
  // The replay returned the application the lost request had filed: the same code looks it up.
  const lookup = await page.request.post("/api/v1/applications/lookup", { data: { trackingCode, phone: "13300133000" } });
  expect(lookup.status()).toBe(200);
  expect(attempts).toBe(2);
});

test("a double click files once", async ({ page }) => {
  await registerCitizen(page, `double-${Date.now()}@example.com`, "赵六");
  await page.goto("/apply/new");
  await fillPerson(page, { phone: "13600136000" });
  await fillItemAndDelivery(page, "八里台镇2025年道路维修工程招标文件");
  await expect(page.getByText("自动安全验证已完成")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "提交申请" }).dblclick();
  await expect(page.getByRole("heading", { name: "提交凭证（尚未确认收到）" })).toBeVisible();
  await page.goto("/account/applications");
  await expect(page.getByRole("cell", { name: "八里台镇2025年道路维修工程招标文件" })).toHaveCount(1);
});

test("the open API answers 400 with the field path and 409 for a reused key with another body", async ({ request }) => {
  const application = {
    agency: AGENCY_CODES.balitai,
    applicantType: "person",
    applicant: { name: "测试", idType: "居民身份证", idNumber: "440524188001010014", phone: "13700137000" },
    items: [{ title: "某项政府信息", description: "请提供某项政府信息的全文，用于核对。" }],
    carrierForms: ["电子文档"],
    deliveryMethods: ["网上获取"],
  };
  // Without an API key the open API needs a solved challenge (single use: one per new application).
  const proof = await solvedProof(request);
  const submit = async (body: unknown, key: string, antiBot = proof) =>
    request.post("/api/v1/applications", {
      headers: { "Idempotency-Key": key },
      multipart: {
        application: JSON.stringify(body),
        identityProof: { name: "id.png", mimeType: "image/png", buffer: PNG },
        antiBot,
      },
    });
  const key = `e2e-${Date.now()}`;
  const created = await submit(application, key);
  expect(created.status()).toBe(201);
  const again = await submit(application, key);
  expect((await again.json()).caseNumber).toBe((await created.json()).caseNumber);
  const conflict = await submit({ ...application, purpose: "不同的内容" }, key);
  expect(conflict.status()).toBe(409);
  expect((await conflict.json()).error).toContain("Idempotency-Key");
  const bad = await submit({ ...application, applicant: { ...application.applicant, idNumber: "440524188001010015" } }, `${key}-bad`, await solvedProof(request));
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors).toEqual([{ path: "applicant.idNumber", message: expect.stringContaining("校验位") }]);
  // An invalid application is told what to fix even before it has solved a challenge.
  const badWithoutProof = await submit({ ...application, applicant: { ...application.applicant, idNumber: "440524188001010015" } }, `${key}-bad-np`, "");
  expect(badWithoutProof.status()).toBe(400);
  expect((await badWithoutProof.json()).errors).toEqual([{ path: "applicant.idNumber", message: expect.stringContaining("校验位") }]);
});

test("uploads are refused by their declared size before the body is read, and the web form needs the anti-bot proof", async ({ request, baseURL }) => {
  const { hostname, port } = new URL(baseURL!);
  const status = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(
        "POST /api/v1/applications HTTP/1.1\r\nHost: " + hostname + "\r\n" +
          "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 104857600\r\nConnection: close\r\n\r\n--x\r\n",
      );
    });
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk.toString("utf8");
      if (answer.includes("\r\n")) {
        resolve(answer.split("\r\n")[0]!);
        socket.destroy();
      }
    });
    socket.on("error", reject);
  });
  expect(status).toContain("413");

  const withoutProof = await request.post("/api/apply/submit", {
    headers: { "Idempotency-Key": `no-proof-${Date.now()}` },
    multipart: { application: JSON.stringify({}), identityProof: { name: "id.png", mimeType: "image/png", buffer: PNG } },
  });
  expect(withoutProof.status()).toBe(400);
  expect((await withoutProof.json()).errors).toEqual([{ path: "antiBot", message: expect.stringContaining("自动验证") }]);
});

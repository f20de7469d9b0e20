import { expect, test, type Page } from "@playwright/test";
import { AGENCY_CODES, login, solvedProof } from "./fixtures";

/** A PDF that is also an HTML application (等保 测评, issue #11 item 6). */
const POLYGLOT = Buffer.from(
  "%PDF-1.4\n%<html><hta:application/><script>alert(document.cookie)</script></html>\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
const ATTACK_NAMES = ["补正材料.hta", "补正材料.pdf.exe", "poly.html"];
const APPLICATION = {
  agency: AGENCY_CODES.balitai,
  applicantType: "person",
  applicant: { name: "测试", idType: "居民身份证", idNumber: "440524188001010014", phone: "13700137000" },
  items: [{ title: "上传测试", description: "请提供某项政府信息的全文，用于核对上传。" }],
  carrierForms: ["电子文档"],
  deliveryMethods: ["网上获取"],
};

async function switchTo(page: Page, who: Parameters<typeof login>[1] | "jinnanClerk") {
  await page.context().clearCookies();
  if (who !== "jinnanClerk") return login(page, who);
  await page.goto("/login");
  await page.getByLabel("手机号码或电子邮箱").fill("clerk@jinnan.example");
  await page.getByLabel("密码").fill("Clerk-2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/staff$/);
}

function expectSafeDownload(headers: Record<string, string>, name: string) {
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["content-disposition"]).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
  expect(headers["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
  expect(headers["x-content-type-options"]).toBe("nosniff");
}

test("the open API refuses a PDF polyglot named .hta, .pdf.exe or .html as identity proof, in Chinese", async ({ request }) => {
  for (const name of ATTACK_NAMES) {
    const response = await request.post("/api/v1/applications", {
      multipart: { application: JSON.stringify(APPLICATION), identityProof: { name, mimeType: "application/pdf", buffer: POLYGLOT }, antiBot: await solvedProof(request) },
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: "identityProof", message: expect.stringMatching(/与文件内容（PDF）不符，未予保存/) })]));
  }
});

test("attachments and released files: attack names refused, others stored under the detected type, served safely; only application roles download applicants' files", async ({ page }) => {
  // Publisher: an attachment to a published demo document.
  await login(page, "publisher");
  const { items } = await (await page.request.get(`/api/v1/documents?agency=${AGENCY_CODES.balitai}`)).json();
  const documentId = items[0].id as string;
  const attach = (name: string) =>
    page.request.post(`/api/v1/staff/documents/${documentId}/attachments`, {
      data: POLYGLOT,
      headers: { "x-file-name": encodeURIComponent(name), "content-type": "application/octet-stream" },
    });
  for (const name of ATTACK_NAMES) {
    const refused = await attach(name);
    expect(refused.status()).toBe(400);
    expect(JSON.stringify(await refused.json())).toMatch(/与文件内容（PDF）不符/);
  }
  const { id: attachmentId } = await (await attach("实施方案")).json();
  const desk = await page.request.get(`/api/v1/staff/documents/${documentId}/attachments/${attachmentId}`);
  expect(desk.status()).toBe(200);
  expectSafeDownload(desk.headers(), "实施方案.pdf");
  expect(Buffer.from(await desk.body())).toEqual(POLYGLOT);

  // Clerk: a released file on a new application (filed anonymously: staff accounts cannot apply).
  await page.context().clearCookies();
  const filed = await page.request.post("/api/v1/applications", {
    multipart: { application: JSON.stringify(APPLICATION), identityProof: { name: "身份证.pdf", mimeType: "application/pdf", buffer: POLYGLOT }, antiBot: await solvedProof(page.request) },
  });
  expect(filed.status()).toBe(201);
  const { caseNumber } = await filed.json();
  await switchTo(page, "clerk");
  await page.goto("/staff/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  await expect(page.getByRole("heading", { name: `申请办理：${caseNumber}` })).toBeVisible();
  const applicationId = new URL(page.url()).pathname.split("/").pop()!;
  const release = (name: string) =>
    page.request.post(`/api/staff/applications/${applicationId}/released-files`, {
      data: POLYGLOT,
      headers: { "x-file-name": encodeURIComponent(name), "content-type": "application/octet-stream" },
    });
  for (const name of ATTACK_NAMES) {
    const refused = await release(name);
    expect(refused.status()).toBe(400);
    expect(JSON.stringify(await refused.json())).toMatch(/与文件内容（PDF）不符/);
  }
  const released = await release("..\\预算/决算.pdf");
  expect(released.status()).toBe(201);
  const file = await released.json();
  expect(file.fileName).toBe("决算.pdf");
  const download = await page.request.get(`/api/staff/files/${file.id}`);
  expect(download.status()).toBe(200);
  expectSafeDownload(download.headers(), "决算.pdf");

  for (const who of ["reviewer", "admin"] as const) {
    await switchTo(page, who);
    expect((await page.request.get(`/api/staff/files/${file.id}`)).status()).toBe(200);
  }
  for (const who of ["publisher", "jinnanClerk", "citizen"] as const) {
    await switchTo(page, who);
    expect((await page.request.get(`/api/staff/files/${file.id}`)).status(), who).toBe(403);
  }
});

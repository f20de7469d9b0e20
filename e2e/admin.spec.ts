import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

/**
 * The administration slice: calendar, agency settings, audit log, and that only admins get in.
 * The journey runs in order on one database; 2027 is removed again at the end so the other
 * specs still see it unpublished.
 */
test.describe.configure({ mode: "serial" });

const NEXT_YEAR = new Date(Date.now() + 8 * 3600_000).getUTCFullYear() + 1;
const CALCULATOR = "/apply/deadline-calculator?receivedOn=2026-12-10";

async function deadlineRow(page: Page) {
  await page.goto(CALCULATOR);
  return page.getByRole("row", { name: /答复期限（20 个工作日/ });
}

test("the admin dashboard links every admin page and warns that next year's calendar is missing", async ({ page }) => {
  await login(page, "admin");
  await expect(page.getByRole("heading", { name: "系统管理" })).toBeVisible();
  for (const name of ["用户管理", "工作日历", "本机关设置", "操作日志"]) {
    await expect(page.getByRole("heading", { name, exact: true }).getByRole("link")).toBeVisible();
  }
  await expect(page.getByText(`工作日历尚未录入 ${NEXT_YEAR} 年放假安排`)).toBeVisible();
});

test("an admin adds 2027 to the calendar and the calculator computes the 2027 deadline", async ({ page }) => {
  await expect(await deadlineRow(page)).toContainText("预计 2027-01-08（2027年放假安排公布前按法定节日推算）");

  await login(page, "admin");
  await page.getByRole("heading", { name: "工作日历", exact: true }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "录入新年份的放假安排" })).toBeVisible();
  await expect(page.getByLabel("年份")).toHaveValue("2027");
  await page.getByLabel("依据").fill("国务院办公厅关于2027年部分节假日安排的通知（演示）");
  await page.getByLabel("名称（第 1 项）").fill("元旦");
  await page.getByLabel("开始日期").first().fill("2027-01-03");
  await page.getByLabel("结束日期").first().fill("2027-01-01");
  await page.getByRole("button", { name: "保存放假安排" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "起止日期颠倒" })).toBeVisible();
  await expect(page.getByLabel("依据")).toHaveValue("国务院办公厅关于2027年部分节假日安排的通知（演示）");

  await page.getByLabel("开始日期").first().fill("2027-01-01");
  await page.getByLabel("结束日期").first().fill("2027-01-03");
  await page.getByRole("button", { name: "添加节假日" }).click();
  await page.getByLabel("名称（第 2 项）").fill("春节");
  await page.getByLabel("开始日期").nth(1).fill("2027-02-06");
  await page.getByLabel("结束日期").nth(1).fill("2027-02-13");
  await page.getByRole("button", { name: "添加调休上班日" }).click();
  await page.getByLabel("调休上班日（第 1 项）").fill("2027-02-14");
  await page.getByRole("button", { name: "保存放假安排" }).click();
  await expect(page.getByText("已保存 2027 年放假安排")).toBeVisible();
  await expect(page.getByRole("heading", { name: "修改 2027 年放假安排" })).toBeVisible();
  await expect(page.getByText("已保存 2027 年放假安排")).toBeVisible(); // still there after the page reloaded its data
  await expect(page.getByRole("cell", { name: "2027", exact: true })).toBeVisible();
  if (NEXT_YEAR === 2027) await expect(page.getByText("工作日历尚未录入 2027 年放假安排")).toHaveCount(0);

  const row = await deadlineRow(page);
  await expect(row).toContainText("2027-01-08");
  await expect(row).not.toContainText("待定");
});

test("an admin changes the disclosure-office phone and the site shows it", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/agency");
  const phone = page.getByLabel("联系电话", { exact: true });
  await expect(phone).toHaveValue("022-88000000");
  await phone.fill("022-88009999");
  await page.getByLabel("邮政编码").fill("3003");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("邮政编码应为 6 位数字。")).toBeVisible();
  await expect(phone).toHaveValue("022-88009999");
  await page.getByLabel("邮政编码").fill("300350");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("本机关设置已保存。")).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("contentinfo")).toContainText("咨询电话：022-88009999");
});

test("the audit page shows the login and the changes, and verifies the chain", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/audit");
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "登录成功" }).filter({ hasText: "王管理" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "修改工作日历" }).filter({ hasText: "calendar_year 2027" })).toBeVisible();
  await expect(rows.filter({ hasText: "修改机关设置" }).filter({ hasText: "022-88009999" })).toBeVisible();

  await page.getByLabel("操作类型").selectOption("agency.updated");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByRole("heading", { name: "记录（共 1 条）" })).toBeVisible();

  await page.getByRole("button", { name: "校验日志链" }).click();
  await expect(page.getByText(/校验通过：本机关日志链完整，共 \d+ 条记录/)).toBeVisible();
});

test("a clerk gets 403 on every admin page", async ({ page }) => {
  await login(page, "clerk");
  for (const path of ["/admin", "/admin/calendar", "/admin/agency", "/admin/audit", "/admin/users"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
});

test("the admin removes 2027 again and the deadline is provisional (预计) once more", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/calendar");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "删除 2027 年" }).click();
  await expect(page.getByRole("cell", { name: "2027", exact: true })).toHaveCount(0);
  await expect(await deadlineRow(page)).toContainText("预计 2027-01-08（2027年放假安排公布前按法定节日推算）");
  await page.goto("/admin/agency");
  await page.getByLabel("联系电话", { exact: true }).fill("022-88000000");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("本机关设置已保存。")).toBeVisible();
});

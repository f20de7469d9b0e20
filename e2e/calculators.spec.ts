import { expect, test } from "@playwright/test";

test.describe("答复期限计算器", () => {
  test("computes the deadlines across 国庆/中秋 and lists the skipped holidays", async ({ page }) => {
    await page.goto("/apply/deadline-calculator");
    await page.getByLabel("收到申请之日").fill("2025-09-26");
    await page.getByRole("button", { name: "计算" }).click();
    const result = page.getByRole("region").or(page.locator("section[aria-live]"));
    await expect(page.getByRole("row", { name: /补正告知期限/ })).toContainText("2025-10-13");
    await expect(page.getByRole("row", { name: /答复期限（20 个工作日/ })).toContainText("2025-10-30");
    await expect(page.getByRole("row", { name: /延期答复的最晚期限/ })).toContainText("2025-11-27");
    await expect(result.getByText("2025-10-01：节假日（国庆节、中秋节）")).toBeVisible();
    await expect(page.getByLabel("收到申请之日")).toHaveValue("2025-09-26");
  });

  test("shows the provisional date (预计) for a deadline in a year without a published arrangement", async ({ page }) => {
    await page.goto("/apply/deadline-calculator?receivedOn=2026-12-10");
    await expect(page.getByRole("row", { name: /补正告知期限/ })).toContainText("2026-12-21");
    await expect(page.getByRole("row", { name: /答复期限（20 个工作日/ })).toContainText("预计 2027-01-08（2027年放假安排公布前按法定节日推算）");
  });
});

test.describe("信息处理费计算器", () => {
  test("per item: the applicant's items 9–13 this month cost 300 元 with the band breakdown", async ({ page }) => {
    await page.goto("/apply/fee-calculator");
    await page.getByLabel("按件计收", { exact: true }).check();
    await page.getByLabel("本月此前已提出的申请件数").fill("8");
    await page.getByLabel("本次申请件数").fill("5");
    await page.getByRole("button", { name: "计算" }).click();
    await expect(page.getByText("应缴信息处理费：300 元")).toBeVisible();
    await expect(page.getByRole("cell", { name: "11–30件" })).toBeVisible();
  });

  test("per page: 2,219 pages cost 83,460 元", async ({ page }) => {
    await page.goto("/apply/fee-calculator");
    await page.getByLabel("按量计收", { exact: true }).check();
    await page.getByLabel("页数（A4 或折合 A4）").fill("2219");
    await page.getByRole("button", { name: "计算" }).click();
    await expect(page.getByText("应缴信息处理费：83,460 元")).toBeVisible();
  });

  test("a bad count gets a Chinese error next to the field and keeps the input", async ({ page }) => {
    await page.goto("/apply/fee-calculator");
    await page.getByLabel("本次申请件数").fill("0");
    await page.getByRole("button", { name: "计算" }).click();
    await expect(page.getByText("本次申请件数必须在 1 到 1,000,000 之间。")).toBeVisible();
    await expect(page.getByLabel("本次申请件数")).toHaveValue("0");
  });

  test("full-width digits count; an empty field says 请填写 in Chinese only", async ({ page }) => {
    await page.goto("/apply/fee-calculator");
    await page.getByLabel("按量计收", { exact: true }).check();
    await page.getByLabel("页数（A4 或折合 A4）").fill("１５０");
    await page.getByRole("button", { name: "计算" }).click();
    await expect(page.getByText("应缴信息处理费：1,700 元")).toBeVisible();
    await page.getByLabel("页数（A4 或折合 A4）").fill("");
    await page.getByRole("button", { name: "计算" }).click();
    await expect(page.locator(".field-error")).toHaveText(["请填写页数。"]);
    await expect(page.getByText(/参数|pages/)).toHaveCount(0);
  });

  test("the deadline calculator refuses a date before 2000 with a clear message", async ({ page }) => {
    await page.goto("/apply/deadline-calculator?receivedOn=1999-12-31");
    await expect(page.locator(".field-error")).toHaveText(["收到申请之日不能早于 2000 年 1 月 1 日，请检查年份是否填错。"]);
    await page.goto("/apply/deadline-calculator?receivedOn=");
    await expect(page.locator(".field-error")).toHaveText(["请填写收到申请之日。"]);
  });
});

test.describe("calculator API contract", () => {
  test("add-working-days and is-working-day", async ({ request }) => {
    for (const [from, days, date] of [
      ["2025-09-19", 7, "2025-09-29"],
      ["2025-09-26", 20, "2025-10-30"],
      ["2026-02-06", 40, "2026-04-10"],
    ] as const) {
      const response = await request.get(`/api/v1/calendar/add-working-days?from=${from}&days=${days}`);
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ from, days, date });
    }
    expect(await (await request.get("/api/v1/calendar/is-working-day?date=2025-09-28")).json()).toEqual({
      date: "2025-09-28",
      workingDay: true,
      reason: "调休上班",
    });
    expect(await (await request.get("/api/v1/calendar/is-working-day?date=2025-10-04")).json()).toEqual({
      date: "2025-10-04",
      workingDay: false,
      reason: "节假日（国庆节、中秋节）",
    });
    expect((await (await request.get("/api/v1/calendar/is-working-day?date=2025-03-08")).json()).reason).toBe("周末");
    expect((await (await request.get("/api/v1/calendar/is-working-day?date=2025-03-07")).json()).reason).toBe("工作日");
  });

  test("bad parameters → 400 naming the parameter in the path, the message Chinese; an unknown year → 422 naming it", async ({ request }) => {
    for (const [query, parameter, label] of [
      ["from=2025-09-26&days=x", "days", "工作日数"],
      ["from=2025-13-01&days=1", "from", "起算日期"],
      ["from=2025-09-26&days=-3", "days", "工作日数"],
      ["days=3", "from", "起算日期"],
    ] as const) {
      const response = await request.get(`/api/v1/calendar/add-working-days?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.json();
      expect(body.error).toContain(label);
      expect(body.errors[0].path).toBe(parameter);
    }
    const unknown = await request.get("/api/v1/calendar/add-working-days?from=2026-12-20&days=20");
    expect(unknown.status()).toBe(422);
    expect((await unknown.json()).error).toContain("2027年");
    // provisional=1: the 放假办法's statutory days and 补假, marked as an estimate.
    const estimate = await request.get("/api/v1/calendar/add-working-days?from=2026-12-03&days=40&provisional=1");
    expect(estimate.status()).toBe(200);
    expect(await estimate.json()).toMatchObject({ from: "2026-12-03", days: 40, date: "2027-01-29", provisional: true });
    const official = await (await request.get("/api/v1/calendar/add-working-days?from=2026-12-03&days=5&provisional=1")).json();
    expect(official.provisional).toBeUndefined();
    expect((await (await request.get("/api/v1/calendar/is-working-day?date=2027-02-09&provisional=1")).json())).toMatchObject({ workingDay: false, provisional: true });
    expect((await request.get("/api/v1/calendar/add-working-days?from=2026-12-03&days=40&provisional=yes")).status()).toBe(400);
  });

  test("the deadline calculator's extended deadline across an unpublished year is provisional too", async ({ page }) => {
    await page.goto("/apply/deadline-calculator?receivedOn=2026-12-03");
    await expect(page.getByRole("row", { name: /延期答复的最晚期限/ })).toContainText("预计 2027-01-29（2027年放假安排公布前按法定节日推算）");
  });

  test("fees/estimate matches the worked examples of fees.md", async ({ request }) => {
    for (const [query, amount] of [
      ["method=per-item&priorItems=11&items=1", 100],
      ["method=per-item&priorItems=8&items=5", 300],
      ["method=per-page&pages=150", 1700],
      ["method=per-page&pages=2219", 83460],
    ] as const) {
      const body = await (await request.get(`/api/v1/fees/estimate?${query}`)).json();
      expect(body.amount, query).toBe(amount);
      expect(Array.isArray(body.lines)).toBe(true);
    }
    const bad = await request.get("/api/v1/fees/estimate?method=per-item&priorItems=0&items=0");
    expect(bad.status()).toBe(400);
    const badBody = await bad.json();
    expect(badBody.error).toBe("本次申请件数必须在 1 到 1,000,000 之间。");
    expect(badBody.errors[0].path).toBe("items");
  });

  test("the OpenAPI document describes the calculators", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/calendar/add-working-days", "/api/v1/calendar/is-working-day", "/api/v1/fees/estimate", "/api/v1/agencies"]),
    );
  });
});

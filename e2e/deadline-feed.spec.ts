import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { login } from "./fixtures";
import { act, fileOnline, logout, openCase } from "./steps";

/** The VEVENTs of a feed as a calendar app reads them (ical.js, Mozilla's RFC 5545 parser). */
function eventsOf(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((c) => {
    const event = new ICAL.Event(c);
    return { summary: event.summary, start: event.startDate.toString() };
  });
}

async function subscribe(page: Page): Promise<string> {
  const panel = page.getByRole("region", { name: "期限日历订阅" });
  await panel.getByRole("button", { name: "生成订阅链接" }).click();
  const url = await panel.getByLabel("订阅链接").inputValue();
  expect(url).toMatch(/\/api\/deadline-feed\/gkc_[\w-]+\.ics$/);
  await expect(panel.getByRole("link", { name: "用日历应用订阅" })).toHaveAttribute("href", /^webcal:\/\//);
  return url;
}

test("deadline subscriptions (issue 16.5): the clerk and the citizen each subscribe, the feed carries the due date the case page shows, a revoked URL stops", async ({ page }) => {
  const { caseNumber } = await fileOnline(page, "八里台镇2025年道路维修工程合同");
  await login(page, "clerk");
  await openCase(page, caseNumber);
  await act(page, "确认收到申请");
  const shown = (await page.getByTestId("reply-due").textContent())!;

  const staffUrl = await subscribe(page);
  const feed = await page.request.get(staffUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(feed.headers()["cache-control"]).toContain("no-store");
  const [reply] = eventsOf(await feed.text());
  expect(reply!.summary).toContain(caseNumber);
  // The case page shows the date or its estimate (预计 …) before the year's 放假安排: the feed has the same day.
  expect(shown).toContain(reply!.start);
  await logout(page);

  await login(page, "citizen");
  await page.goto("/account/applications");
  await page.getByRole("link", { name: caseNumber }).click();
  const citizenUrl = await subscribe(page);
  expect(eventsOf(await (await page.request.get(citizenUrl)).text())[0]!.start).toBe(reply!.start);
  const panel = page.getByRole("region", { name: "期限日历订阅" });
  await expect(panel.getByRole("list", { name: "有效的订阅链接" }).getByRole("listitem")).toHaveCount(1);
  await panel.getByRole("button", { name: "撤销" }).click();
  await expect(panel.getByText("订阅链接已撤销，日历将不再更新。")).toBeVisible();
  const revoked = await page.request.get(citizenUrl);
  expect(revoked.status()).toBe(404);
  expect((await revoked.json()).error).toBe("该订阅链接无效或已撤销。请在申请详情页重新订阅。");
  // The clerk's own URL is not the citizen's to revoke, and still answers.
  expect((await page.request.get(staffUrl)).status()).toBe(200);
});

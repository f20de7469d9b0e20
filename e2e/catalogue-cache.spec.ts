import { expect, test, type APIRequestContext } from "@playwright/test";
import { login } from "./fixtures";

/**
 * What a publication expires (lib/documents/cache-tags.ts): the lists, and the pages of the document
 * and of the documents linked to it; every other document's page stays in the full-route cache, so
 * a district's hundred thousand document pages are not all rendered again after each publication.
 */
const AGENCY = "11120112MB1957322H";
const TITLE = "八里台镇2026年农村人居环境整治工作方案（修订）";

type Listed = { id: string; indexNumber: string; title: string };

async function cacheStatus(request: APIRequestContext, path: string): Promise<string | undefined> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.headers()["x-nextjs-cache"];
}

/** Asks until the page is served from the cache (a render finished just after another test's publication is not stored). */
async function cachedNow(request: APIRequestContext, path: string) {
  await expect.poll(() => cacheStatus(request, path), { timeout: 30_000, intervals: [500, 1000, 2000] }).toBe("HIT");
}

test("publishing a revision expires the lists and the revised document's page, and leaves an unrelated document's page cached", async ({ page, request }) => {
  const { items } = (await (await request.get(`/api/v1/documents?agency=${AGENCY}&pageSize=5&sort=date`)).json()) as { items: Listed[] };
  const [unrelated, revised] = items;
  expect(revised, "the demo agency has published documents").toBeDefined();
  await cachedNow(request, `/documents/${unrelated!.id}`);
  await cachedNow(request, `/documents/${revised!.id}`);

  await login(page, "publisher");
  await page.goto("/staff/documents/new");
  await page.getByLabel("标题").fill(TITLE);
  await page.getByLabel("主题分类").selectOption("key-agriculture-policy");
  await page.getByLabel("文件类型").selectOption("plan");
  await page.getByLabel("成文日期").fill("2026-11-30");
  await page.getByLabel("内容概述", { exact: true }).fill("修订后的整治范围和分工。");
  await page.getByLabel("所废止替代或修订的文件的索引号").fill(revised!.indexNumber);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText(/草稿已保存/)).toBeVisible();
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByText("已发布，公众现在可以查阅和检索该文件。")).toBeVisible();

  // Answered from the cache: HIT, or STALE if its 60 s revalidate time ran out meanwhile (answered, then
  // regenerated in the background). An entry the publication had expired would be rendered first: MISS.
  expect(await cacheStatus(request, `/documents/${unrelated!.id}`), "an unrelated document's page is still the cached one").toMatch(/^(HIT|STALE)$/);
  const revisedPage = await (await request.get(`/documents/${revised!.id}`)).text();
  expect(revisedPage, "the revised document's page links its revision at once").toContain(TITLE);
  const list = await (await request.get("/catalogue?category=key-agriculture-policy")).text();
  expect(list, "the list shows the new document at once").toContain(TITLE);
});

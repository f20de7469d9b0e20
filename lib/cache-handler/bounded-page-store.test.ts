import { describe, expect, it } from "vitest";
import { BoundedPageStore, isSearchPageKey } from "./bounded-page-store.mjs";

const key = (term: string) => `/route-cache/APP_PAGE/0f3a/$/catalogue/search/q.${term}`;
const page = (html: string, tags = "_N_T_/layout,catalogue") => ({ kind: "APP_PAGE", html, rscData: Buffer.from("0:{}"), headers: { "x-next-cache-tags": tags }, status: 200 });
const ONE_MINUTE = { revalidate: 60, expire: 31536000 };

describe("the bounded store of catalogue search pages (issue 13 item 19)", () => {
  it("takes only search pages", () => {
    expect(isSearchPageKey(key("5a6F5Z-65Zyw~page.2"))).toBe(true);
    expect(isSearchPageKey("/route-cache/APP_PAGE/0f3a/$/catalogue/browse/category.fiscal")).toBe(false);
    expect(isSearchPageKey("/route-cache/APP_PAGE/0f3a/$/documents/7")).toBe(false);
    expect(isSearchPageKey("3f1c0a9e2b")).toBe(false); // a data-cache key
  });

  it("serves a page while younger than its revalidate, then renders it again (never stale)", () => {
    let now = 1_000_000;
    const store = new BoundedPageStore({ now: () => now });
    store.set(key("a"), page("<p>a</p>"), ONE_MINUTE);
    expect(store.get(key("a"))).toMatchObject({ value: { html: "<p>a</p>" }, lastModified: 1_000_000, cacheControl: ONE_MINUTE });
    now += 60_000;
    expect(store.get(key("a"))).not.toBeNull();
    now += 1;
    expect(store.get(key("a"))).toBeNull();
    expect(store.bytes).toBe(0);
  });

  it("stays within its bytes, the least recently read leaving first", () => {
    const html = "x".repeat(4 * 1024);
    const store = new BoundedPageStore({ maxBytes: 100 * 1024 });
    for (let i = 0; i < 19; i++) store.set(key(`t${i}`), page(html), ONE_MINUTE);
    store.get(key("t0")); // read: now the newest
    for (let i = 19; i < 1000; i++) {
      store.set(key(`t${i}`), page(html), ONE_MINUTE);
      expect(store.bytes).toBeLessThanOrEqual(100 * 1024);
    }
    expect(store.get(key("t999"))).not.toBeNull();
    expect(store.get(key("t1"))).toBeNull();
    expect(store.entries.size).toBeLessThan(25);
  });

  it("keeps a read page over an unread one", () => {
    const html = "x".repeat(5 * 1024); // 16 fit
    const store = new BoundedPageStore({ maxBytes: 100 * 1024 });
    store.set(key("old"), page(html), ONE_MINUTE);
    store.set(key("other"), page(html), ONE_MINUTE);
    store.get(key("old"));
    for (let i = 0; i < 15; i++) store.set(key(`new${i}`), page(html), ONE_MINUTE);
    expect(store.entries.size).toBe(16);
    expect(store.get(key("old"))).not.toBeNull();
    expect(store.get(key("other"))).toBeNull();
  });

  it("refuses a page too big to share the store, and replaces a page in place", () => {
    const store = new BoundedPageStore({ maxBytes: 160 * 1024 });
    store.set(key("huge"), page("x".repeat(20 * 1024)), ONE_MINUTE);
    expect(store.get(key("huge"))).toBeNull();
    store.set(key("a"), page("one"), ONE_MINUTE);
    store.set(key("a"), page("two"), ONE_MINUTE);
    expect(store.entries.size).toBe(1);
    expect(store.get(key("a"))).toMatchObject({ value: { html: "two" } });
    store.set(key("a"), null, ONE_MINUTE);
    expect(store.get(key("a"))).toBeNull();
    expect(store.bytes).toBe(0);
  });

  it("drops every page with a revalidated tag at once (a publication: CATALOGUE_TAG)", () => {
    const store = new BoundedPageStore();
    store.set(key("a"), page("a"), ONE_MINUTE);
    store.set(key("b"), page("b", "_N_T_/layout"), ONE_MINUTE);
    store.revalidateTag(["catalogue"]);
    expect(store.get(key("a"))).toBeNull();
    expect(store.get(key("b"))).not.toBeNull();
    store.revalidateTag("_N_T_/layout"); // an admin's change of the site (revalidatePath('/', 'layout'))
    expect(store.get(key("b"))).toBeNull();
    expect(store.bytes).toBe(0);
  });
});

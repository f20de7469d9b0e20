import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import PortalCacheHandler from "./index.mjs";

const require = createRequire(import.meta.url);
const { nodeFs } = require("next/dist/server/lib/node-fs-methods.js");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

/** Without REDIS_URL the portal's handler is Next's own file cache plus the hash policy on pages. */
describe("PortalCacheHandler over the file cache", () => {
  let root: string;
  const context = () => ({ fs: nodeFs, dev: false, flushToDisk: true, serverDistDir: path.join(root, "server"), revalidatedTags: [], _requestHeaders: {} });
  const key = "/route-cache/APP_PAGE/abc/$/documents/7";
  const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from("0:{}"), headers: { "x-next-cache-tags": "catalogue" }, status: 200, postponed: undefined, segmentData: undefined });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-fs-cache-"));
    delete process.env.REDIS_URL;
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("portal.tagExpiries")]; // a fresh process's expiry record
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("stores a page with its hash policy, and the very object Next sends on the miss carries it", async () => {
    const value = page("<body><script>self.__next_f=[]</script></body>");
    await new PortalCacheHandler(context()).set(key, value, { kind: "APP_PAGE", cacheControl: { revalidate: 60 } });
    expect((value.headers as Record<string, string>)["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);

    const stored = JSON.parse(fs.readFileSync(path.join(root, "server", `${key}.meta`), "utf8"));
    expect(stored.headers["content-security-policy"]).toBe((value.headers as Record<string, string>)["content-security-policy"]);
  });

  it("gives an entry stored without a policy (a build-time prerender) one when it is read", async () => {
    await new FileSystemCache(context()).set(key, page("<script>a()</script>"), { kind: "APP_PAGE", cacheControl: { revalidate: 60 } });
    const entry = (await new PortalCacheHandler(context()).get(key, { kind: "APP_PAGE", isFallback: false })) as {
      value: { headers: Record<string, string> };
    };
    expect(entry.value.headers["content-security-policy"]).toMatch(/script-src 'self' 'sha256-[^ ]+'; /);
    expect(entry.value.headers["x-next-cache-tags"]).toBe("catalogue");
  });

  it("keeps a search page out of the file cache, in memory with its hash policy, until its tag is revalidated", async () => {
    const searchKey = "/route-cache/APP_PAGE/abc/$/catalogue/search/q.5a6F5Z-65Zyw";
    await new PortalCacheHandler(context()).set(searchKey, page("<script>b()</script>"), { kind: "APP_PAGE", cacheControl: { revalidate: 60 } });
    expect(fs.existsSync(path.join(root, "server", `${searchKey}.html`)), "nothing written to disk").toBe(false);
    const entry = (await new PortalCacheHandler(context()).get(searchKey, { kind: "APP_PAGE", isFallback: false })) as {
      value: { html: string; headers: Record<string, string> };
    };
    expect(entry.value.html).toBe("<script>b()</script>");
    expect(entry.value.headers["content-security-policy"]).toMatch(/script-src 'self' 'sha256-[^ ]+'; /);
    await new PortalCacheHandler(context()).revalidateTag(["catalogue"]);
    expect(await new PortalCacheHandler(context()).get(searchKey, { kind: "APP_PAGE", isFallback: false })).toBeNull();
  });

  it("does not store a page or a data entry that finished rendering just after its tag expired", async () => {
    const handler = new PortalCacheHandler(context());
    const searchKey = "/route-cache/APP_PAGE/abc/$/catalogue/search/q.5a6F5Z-65Zyw";
    await handler.revalidateTag(["catalogue"]);
    await handler.set(key, page("<p>read before the withdrawal</p>"), { kind: "APP_PAGE", cacheControl: { revalidate: 60 } });
    await handler.set(searchKey, page("<p>read before the withdrawal</p>"), { kind: "APP_PAGE", cacheControl: { revalidate: 60 } });
    const data = { kind: "FETCH", data: { headers: {}, body: "[]", status: 200, url: "" }, revalidate: 300 };
    await handler.set("search-data", data, { fetchCache: true, tags: ["catalogue"] });
    expect(await handler.get(key, { kind: "APP_PAGE", isFallback: false })).toBeNull();
    const answered = page("<script>c()</script>");
    await handler.set(key, answered, { kind: "APP_PAGE", cacheControl: { revalidate: 60 } });
    expect((answered.headers as Record<string, string>)["content-security-policy"], "the answer itself still gets its policy").toMatch(/'sha256-/);
    expect(await handler.get(searchKey, { kind: "APP_PAGE", isFallback: false })).toBeNull();
    expect(await handler.get("search-data", { kind: "FETCH", tags: ["catalogue"] })).toBeNull();

    const other = { ...page("<p>statistics</p>"), headers: { "x-next-cache-tags": "statistics" } };
    await handler.set(key, other, { kind: "APP_PAGE", cacheControl: { revalidate: 60 } });
    expect(await handler.get(key, { kind: "APP_PAGE", isFallback: false }), "an entry without the expired tag is stored").not.toBeNull();
  });

  it("serves nothing stored before this server started (a build's prerender, an earlier run's page): its first request renders it", async () => {
    await new FileSystemCache(context()).set(key, page("<p>prerendered without the database</p>"), { kind: "APP_PAGE", cacheControl: { revalidate: 60 } });
    const started = Symbol.for("portal.serverStartedAt");
    const globals = globalThis as Record<symbol, unknown>;
    const before = globals[started];
    globals[started] = Date.now() + 1000; // this server starts a second after the entry was stored
    try {
      expect(await new PortalCacheHandler(context()).get(key, { kind: "APP_PAGE", isFallback: false })).toBeNull();
      const startedBeforeThisRender = Date.now();
      await new PortalCacheHandler(context()).set(key, page("<p>rendered by this server</p>"), { kind: "APP_PAGE", cacheControl: { revalidate: 60 } });
      globals[started] = startedBeforeThisRender;
      const entry = (await new PortalCacheHandler(context()).get(key, { kind: "APP_PAGE", isFallback: false })) as { value: { html: string } };
      expect(entry.value.html).toBe("<p>rendered by this server</p>");
    } finally {
      globals[started] = before;
    }
  });
});

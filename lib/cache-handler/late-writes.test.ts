import { describe, expect, it } from "vitest";
import { LATE_WRITE_GRACE_MS, TagExpiries, tagsOfEntry } from "./late-writes.mjs";

describe("a render that overlapped a publication is not stored", () => {
  it("reads a page's tags from its header and a data entry's from Next's ctx", () => {
    expect(tagsOfEntry({ kind: "APP_PAGE", headers: { "x-next-cache-tags": "_N_T_/layout,catalogue" } }, {})).toEqual(["_N_T_/layout", "catalogue"]);
    expect(tagsOfEntry({ kind: "FETCH", data: {} }, { fetchCache: true, tags: ["catalogue"] })).toEqual(["catalogue"]);
    expect(tagsOfEntry(null, undefined)).toEqual([]);
  });

  it("counts a tag as just expired for the grace after its expiry, and only that tag", async () => {
    let now = 1_000_000;
    const expiries = new TagExpiries({ now: () => now });
    expect(await expiries.expiredRecently(["catalogue"])).toBe(false);
    await expiries.record("catalogue");
    now += LATE_WRITE_GRACE_MS - 1;
    expect(await expiries.expiredRecently(["_N_T_/layout", "catalogue"])).toBe(true);
    expect(await expiries.expiredRecently(["statistics"])).toBe(false);
    expect(await expiries.expiredRecently([])).toBe(false);
    now += 2;
    expect(await expiries.expiredRecently(["catalogue"])).toBe(false);
  });

  it("sees an expiry recorded by another app server through the shared store", async () => {
    const shared = new Map<string, number>();
    const store = {
      record: async (tags: string[], at: number) => tags.forEach((tag) => shared.set(tag, at)),
      read: async (tags: string[]) => tags.map((tag) => shared.get(tag)),
    };
    let now = 5_000_000;
    const serverA = new TagExpiries({ now: () => now, shared: store });
    const serverB = new TagExpiries({ now: () => now, shared: store });
    await serverA.record(["catalogue"]);
    now += 1000;
    expect(await serverB.expiredRecently(["catalogue"])).toBe(true);
  });

  it("stores as usual when the shared store cannot be read (Redis down: the write fails on its own)", async () => {
    const expiries = new TagExpiries({ shared: { record: async () => {}, read: async () => Promise.reject(new Error("down")) } });
    expect(await expiries.expiredRecently(["catalogue"])).toBe(false);
  });
});

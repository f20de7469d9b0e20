import { describe, expect, it } from "vitest";
import { normalizeSearchTerm, searchFilters, searchPath } from "./search-path";

const path = (query: string) => searchPath(new URLSearchParams(query));
const segment = (query: string) => path(query)!.replace("/catalogue/search/", "");
const NO_FILTERS = { agency: "", category: "", year: "", validity: "", docType: "", sort: "", page: "" };

describe("a search as a cacheable path (issue 13 item 19)", () => {
  it("is only for a search term; lists keep their browse path", () => {
    expect(path("category=fiscal")).toBeUndefined();
    expect(path("q=%20%E3%80%80&category=fiscal")).toBeUndefined(); // blank (also the ideographic space)
    expect(path("q=预算")).toMatch(/^\/catalogue\/search\/q\.[A-Za-z0-9_-]+$/);
  });

  it("gives one term and its filters one path, whatever the order or spacing", () => {
    expect(path("page=2&q=法治政府 报告&category=fiscal")).toBe(path("category=fiscal&q=%20法治政府%20%20报告%20&page=2"));
    expect(path("q=预算&page=1")).toBe(path("q=预算"));
    expect(path("q=预算&year=abc&sort=z&utm_source=x")).toBe(path("q=预算"));
    expect(path("q=预算")).not.toBe(path("q=预算&page=2"));
  });

  it("reads back any term, with characters the router would otherwise decode", () => {
    for (const q of ["宅基地", "a/b~c.d%20e?&=#", "八里台政报〔2024〕27号", "𠀀𠀁 emoji 😀", "x".repeat(100)]) {
      const written = segment(`q=${encodeURIComponent(q)}&category=fiscal&page=3`);
      expect(encodeURIComponent(written)).toBe(written); // nothing for the router to decode
      expect(searchFilters(written)).toEqual({ ...NO_FILTERS, category: "fiscal", page: "3", q });
    }
    expect(searchFilters(segment("q=预算"))).toEqual({ ...NO_FILTERS, q: "预算" });
  });

  it("keeps at most 100 characters and never half of one", () => {
    expect(normalizeSearchTerm("预".repeat(120))).toBe("预".repeat(100));
    expect(normalizeSearchTerm(`${"a".repeat(99)}😀`)).toBe("a".repeat(99));
    expect(normalizeSearchTerm("  a \t b  ")).toBe("a b");
  });

  it("refuses a segment it did not write (no cache entry per hand-made variant)", () => {
    const written = segment("q=预算&page=2");
    expect(searchFilters("all")).toBeUndefined();
    expect(searchFilters("q.")).toBeUndefined();
    expect(searchFilters("q.!!!")).toBeUndefined();
    expect(searchFilters("q._w")).toBeUndefined(); // not UTF-8
    expect(searchFilters(`${written}~sort.bogus`)).toBeUndefined();
    expect(searchFilters(written.replace("~page.2", "~page.02"))).toBeUndefined();
    expect(searchFilters(segment("q=%20a%20").replace(/^q\.[^~]+/, `q.${btoa(" a ").replace(/=+$/, "")}`))).toBeUndefined(); // not normalised
    expect(searchFilters(`q.${btoa("\u0001").replace(/=+$/, "")}`)).toBeUndefined(); // a control character
  });
});

import { describe, expect, it } from "vitest";
import { browseFilters, browseHref, browsePath } from "./browse-path";

const path = (query: string) => browsePath(new URLSearchParams(query));

describe("catalogue list pages as cacheable paths", () => {
  it("leaves a search dynamic", () => {
    expect(path("q=预算")).toBeUndefined();
    expect(path("q=%20&category=fiscal")).toBe("/catalogue/browse/category.fiscal");
  });

  it("names the filters in one canonical order, so one list has one cache entry", () => {
    expect(path("")).toBe("/catalogue/browse/all");
    expect(path("page=2&category=fiscal&agency=11120112MB1957322H")).toBe(path("agency=11120112MB1957322H&category=fiscal&page=2"));
    expect(path("category=fiscal&page=1")).toBe(path("category=fiscal"));
  });

  it("drops values no filter can hold (no cache entry per junk URL)", () => {
    expect(path("year=abc&validity=x&docType=y&sort=z&page=0&category=%3Cscript%3E&utm_source=a")).toBe("/catalogue/browse/all");
  });

  it("gives the catalogue's own links the same path as the query form", () => {
    expect(browseHref({ category: "fiscal", page: "2" })).toBe(path("category=fiscal&page=2"));
    expect(browseHref({})).toBe("/catalogue/browse/all");
  });

  it("reads back what it wrote", () => {
    const target = path("agency=11120112MB1957322H&category=fiscal&year=2024&validity=valid&docType=fiscal&sort=date_asc&page=3")!;
    const segment = target.split("/").pop()!;
    expect(encodeURIComponent(segment)).toBe(segment); // nothing for the router to decode
    expect(browseFilters(segment)).toEqual({
      agency: "11120112MB1957322H",
      category: "fiscal",
      year: "2024",
      validity: "valid",
      docType: "fiscal",
      sort: "date_asc",
      page: "3",
    });
    expect(browseFilters("all")).toEqual({ agency: "", category: "", year: "", validity: "", docType: "", sort: "", page: "" });
    expect(browseFilters("year.abc~nonsense~q.x~category.fiscal")).toMatchObject({ year: "", category: "fiscal" });
  });
});

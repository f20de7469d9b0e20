import { describe, expect, it } from "vitest";
import { chinaDateTime } from "./china-date";

describe("chinaDateTime: one format for every timeline entry (issue 17.4)", () => {
  it.each([
    ["2026-12-02T20:58:45.123Z", "2026-12-03 04:58"],
    ["2026-12-03T15:59:59Z", "2026-12-03 23:59"],
    ["2026-12-31T16:00:00Z", "2027-01-01 00:00"],
  ])("%s → %s (Asia/Shanghai)", (iso, shown) => {
    expect(chinaDateTime(iso)).toBe(shown);
    expect(chinaDateTime(new Date(iso))).toBe(shown);
  });
});

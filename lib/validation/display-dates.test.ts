import { describe, expect, it } from "vitest";
import { letterDateTime, tableDate, tableDateTime } from "./display-dates";

describe("one date format per kind, in Beijing time", () => {
  // 2026-12-02T16:30Z is already 3 December in Beijing.
  const at = "2026-12-02T16:30:00.000Z";
  it("tables: 2026-12-03 and 2026-12-03 00:30", () => {
    expect(tableDate(at)).toBe("2026-12-03");
    expect(tableDateTime(new Date(at))).toBe("2026-12-03 00:30");
  });
  it("letters and vouchers: 2026年12月3日 00:30", () => {
    expect(letterDateTime(at)).toBe("2026年12月3日 00:30");
  });
});

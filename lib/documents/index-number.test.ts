import { describe, expect, it } from "vitest";
import { formatIndexNumber, parseIndexNumber } from "./index-number";

describe("formatIndexNumber (catalogue.md Policy default template)", () => {
  it("fills agency code, year and a five-digit serial", () => {
    expect(formatIndexNumber("{agencyCode}/{year}-{serial:5}", { agencyCode: "11120112MB1957322H", year: 2024, serial: 27 })).toBe(
      "11120112MB1957322H/2024-00027",
    );
  });

  it("does not truncate a serial longer than the width, and supports an unpadded serial", () => {
    expect(formatIndexNumber("{agencyCode}/{year}-{serial:2}", { agencyCode: "X", year: 2025, serial: 123 })).toBe("X/2025-123");
    expect(formatIndexNumber("BLT-{year}-{serial}", { agencyCode: "X", year: 2025, serial: 7 })).toBe("BLT-2025-7");
  });
});

describe("parseIndexNumber", () => {
  it("reads year and serial of a number made with the template", () => {
    expect(parseIndexNumber("{agencyCode}/{year}-{serial:5}", "11120112MB1957322H", "11120112MB1957322H/2024-00027")).toEqual({
      year: 2024,
      serial: 27,
    });
  });

  it("is undefined for another agency's or another format's number", () => {
    expect(parseIndexNumber("{agencyCode}/{year}-{serial:5}", "11120112MB1957322H", "11120112000069010W/2024-00027")).toBeUndefined();
    expect(parseIndexNumber("{agencyCode}/{year}-{serial:5}", "X", "X-2024-7")).toBeUndefined();
  });
});

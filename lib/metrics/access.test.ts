import { describe, expect, it } from "vitest";
import { metricsAccess } from "./access";

const TOKEN = "metrics-token-0123456789";

describe("metricsAccess", () => {
  it("does not exist without METRICS_TOKEN, whatever is sent", () => {
    expect(metricsAccess(undefined, `Bearer ${TOKEN}`)).toBe("not_found");
    expect(metricsAccess(undefined, null)).toBe("not_found");
  });

  it.each([null, "", "Bearer", `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, TOKEN])("refuses %j", (header) => {
    expect(metricsAccess(TOKEN, header)).toBe("unauthorized");
  });

  it("lets the bearer of the token in", () => {
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN}`)).toBe("allowed");
    expect(metricsAccess(TOKEN, `bearer ${TOKEN}`)).toBe("allowed");
  });
});

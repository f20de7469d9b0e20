import { describe, expect, it } from "vitest";
import { isPrivatePath, nonceContentSecurityPolicy } from "./csp.mjs";
import { securityHeaderRules } from "./response-headers.mjs";

describe("nonceContentSecurityPolicy", () => {
  it("allows scripts by the request's nonce only, and forbids framing of private pages", () => {
    const policy = nonceContentSecurityPolicy("abc123", "/staff/applications", false);
    expect(policy).toContain("script-src 'self' 'nonce-abc123'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(nonceContentSecurityPolicy("n", "/catalogue", false)).toContain("frame-ancestors 'self'");
  });

  it("treats staff, admin, account, sign-in and the applicant's forms as private, and not look-alike paths", () => {
    for (const path of ["/staff", "/staff/reports/2024", "/admin/users", "/account", "/login", "/register", "/apply/new", "/apply/lookup/application/5"]) {
      expect(isPrivatePath(path), path).toBe(true);
    }
    for (const path of ["/", "/documents/1", "/catalogue/browse/page.2", "/staffing", "/apply", "/apply/fee-calculator"]) {
      expect(isPrivatePath(path), path).toBe(false);
    }
  });
});

describe("securityHeaderRules", () => {
  const headersFor = (rules: ReturnType<typeof securityHeaderRules>, source: string) =>
    Object.fromEntries(rules.find((rule) => rule.source === source)!.headers.map((h) => [h.key, h.value]));

  it("sends HSTS only in production", () => {
    expect(headersFor(securityHeaderRules({ production: true }), "/:path*")["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
    expect(headersFor(securityHeaderRules({ production: false }), "/:path*")).not.toHaveProperty("Strict-Transport-Security");
  });

  it("forbids framing and cross-site referrers for private pages, and any active content in API responses", () => {
    const rules = securityHeaderRules({ production: false });
    expect(headersFor(rules, "/:path*")).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "SAMEORIGIN" });
    expect(headersFor(rules, "/staff/:path*")).toMatchObject({ "Content-Security-Policy": "frame-ancestors 'none'", "X-Frame-Options": "DENY" });
    expect(headersFor(rules, "/api/:path*")["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

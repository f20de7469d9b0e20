import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withHashContentSecurityPolicy } from "./csp-decoration.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const page = (html: string, headers?: Record<string, string>) => ({ kind: "APP_PAGE", html, rscData: undefined, headers, status: 200 });

describe("inlineScriptHashes", () => {
  it("hashes every inline script body exactly as written, once each, and skips script files and data blocks", () => {
    const html = [
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script>',
      '<script>self.__next_f.push([1,"政府信息公开 \\u003c/script"])</script>',
      '<SCRIPT type="module">import("/x.js")</SCRIPT >',
      '<script type="application/ld+json">{"@type":"GovernmentOrganization"}</script>',
      "<script></script>",
      '<script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script>',
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([
      sha("self.__next_f=self.__next_f||[];self.__next_f.push([0])"),
      sha('self.__next_f.push([1,"政府信息公开 \\u003c/script"])'),
      sha('import("/x.js")'),
    ]);
  });
});

describe("withHashContentSecurityPolicy", () => {
  it("gives a cached page a policy naming its inline scripts' hashes, never 'unsafe-inline' for scripts", () => {
    const value = page('<html><script>alert(1)</script><script>b()</script></html>', { "x-next-cache-tags": "catalogue" });
    withHashContentSecurityPolicy(value, false);
    const policy = value.headers!["content-security-policy"]!;
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "))!;
    expect(scriptSrc).toBe(`script-src 'self' ${sha("alert(1)")} ${sha("b()")}`);
    expect(scriptSrc).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("report-uri /api/csp-report");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(value.headers!["x-next-cache-tags"]).toBe("catalogue");
  });

  it("asks browsers to upgrade insecure requests in production only", () => {
    const value = page("<script>a()</script>");
    withHashContentSecurityPolicy(value, true);
    expect(value.headers!["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("keeps a policy already computed (an entry read again) and leaves other cache kinds alone", () => {
    const decorated = page("<script>a()</script>", { "content-security-policy": "kept" });
    withHashContentSecurityPolicy(decorated, false);
    expect(decorated.headers!["content-security-policy"]).toBe("kept");

    const fetchEntry = { kind: "FETCH", data: { body: "<script>a()</script>" }, revalidate: 300 };
    expect(withHashContentSecurityPolicy(fetchEntry, false)).toEqual({ kind: "FETCH", data: { body: "<script>a()</script>" }, revalidate: 300 });
    const rscOnly = page("");
    withHashContentSecurityPolicy(rscOnly, false);
    expect(rscOnly.headers).toBeUndefined();
    expect(withHashContentSecurityPolicy(null, false)).toBeNull();
  });
});

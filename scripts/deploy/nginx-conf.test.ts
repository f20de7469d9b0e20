import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORRECTION_UPLOADS } from "@/lib/applications/applicant-steps/perform-applicant-action";
import { IDENTITY_PROOF_LIMITS } from "@/lib/applications/identity-proof";
import { RELEASED_UPLOADS } from "@/lib/applications/released-files";
import { MAX_ATTACHMENT_BYTES } from "@/lib/documents/attachments";
import { findNginx } from "./cluster";
import { renderLocalNginxConf, SHIPPED_NGINX_CONF, writeLocalNginxConf } from "./nginx-conf";

const shipped = fs.readFileSync(SHIPPED_NGINX_CONF, "utf8");
const megabytes = (directive: string) => Number(/client_max_body_size (\d+)m;/.exec(directive)![1]) * 1024 * 1024;

describe("deploy/nginx.conf", () => {
  it("never caches a session: next-auth's cookie (both names, chunked) and the look-up cookie", () => {
    const map = /map \$http_cookie \$portal_has_session \{([\s\S]*?)\}/.exec(shipped)![1]!;
    const patterns = [...map.matchAll(/"~(.*)" 1;/g)].map((match) => new RegExp(match[1]!));
    const hasSession = (cookie: string) => patterns.some((pattern) => pattern.test(cookie));
    for (const cookie of ["next-auth.session-token=abc", "a=1; __Secure-next-auth.session-token=abc", "x=1;next-auth.session-token.0=abc", "gk_lookup=id.1.sig"]) {
      expect(hasSession(cookie), cookie).toBe(true);
    }
    for (const cookie of ["next-auth.csrf-token=abc", "gk_lookup_hint=1", "my-next-auth.session-token=1", ""]) expect(hasSession(cookie), cookie).toBe(false);
    expect(shipped).toMatch(/proxy_cache_bypass \$portal_has_session;/);
    expect(shipped).toMatch(/proxy_no_cache \$portal_has_session \$portal_not_shareable;/);
  });

  it("turns the cache off for the signed-in areas and the forms with a CSRF token or challenge", () => {
    const location = /location ~ \^\/\(([^)]+)\)\(\/\|\$\) \{\s*proxy_cache off;/.exec(shipped)![1]!.split("|");
    expect(location).toEqual(expect.arrayContaining(["staff", "admin", "account", "login", "register", "apply", "api/applicant", "api/staff", "api/auth"]));
  });

  it("lets every upload the app allows reach the app (which answers a too-large file in Chinese)", () => {
    const upload = /location ~ (\^\/api\/\(v1\/applications[^ ]+) \{([\s\S]*?)\}/.exec(shipped)!;
    const limit = megabytes(upload[2]!);
    const route = new RegExp(upload[1]!);
    for (const [uploadPath, bytes] of [
      ["/api/v1/applications", IDENTITY_PROOF_LIMITS.maxFiles * IDENTITY_PROOF_LIMITS.maxBytes],
      ["/api/applicant/applications/0b6c/correction", CORRECTION_UPLOADS.maxFiles * CORRECTION_UPLOADS.maxBytes],
      ["/api/staff/applications/0b6c/released-files", RELEASED_UPLOADS.maxBytes],
      ["/api/v1/staff/documents/0b6c/attachments", MAX_ATTACHMENT_BYTES],
    ] as const) {
      expect(route.test(uploadPath), uploadPath).toBe(true);
      expect(limit, uploadPath).toBeGreaterThan(bytes);
    }
    // Everything else stays small; upload locations come before the no-cache one (first regex wins).
    expect(megabytes(/client_max_body_size \d+m;/.exec(shipped.slice(shipped.indexOf("listen 443")))![0])).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(shipped.indexOf("location ~ ^/api/(v1/applications")).toBeLessThan(shipped.indexOf("location ~ ^/(staff|admin"));
  });

  it("sets X-Forwarded-For for one trusted hop and passes nginx's request id", () => {
    expect(shipped).toContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
    expect(shipped).toContain("proxy_set_header X-Request-Id $request_id;");
  });

  it("renders a loopback copy: own ports, upstreams, paths under the prefix; no TLS, no privileged paths", () => {
    const prefix = "/tmp/portal-nginx-x";
    const conf = renderLocalNginxConf(shipped, { prefix, port: 18080, upstreams: ["127.0.0.1:3001", "127.0.0.1:3002", "127.0.0.1:3003"], staticDir: "/tmp/static" });
    expect(conf.match(/^\s*server 127\.0\.0\.1:300\d max_fails/gm)).toHaveLength(3);
    expect(conf).not.toMatch(/10\.0\.0\.1\d/);
    expect(conf).toMatch(/listen 127\.0\.0\.1:18080;/);
    expect(conf).not.toMatch(/listen (80|443)|ssl_certificate|^user /m);
    expect(conf).toContain(`proxy_cache_path ${prefix}/cache `);
    expect(conf).toContain("location /__static/ { alias /tmp/static/; }");
    for (const line of conf.split("\n").filter((l) => /^\s*[a-z_]+(_path|_log)\s/.test(l) || /^\s*pid /.test(l))) expect(line, line).toContain(prefix);
  });

  it("refuses a tag it does not know", () => {
    expect(() => renderLocalNginxConf("listen 1; # @mystery", { prefix: "/tmp/x", port: 1, upstreams: [] })).toThrow(/@mystery/);
  });

  const nginx = findNginx();
  it.runIf(nginx)("the rendered copy passes nginx -t", () => {
    const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "portal-nginx-test-"));
    try {
      const conf = writeLocalNginxConf({ prefix, port: 18081, upstreams: ["127.0.0.1:3001", "127.0.0.1:3002"], asRoot: process.getuid?.() === 0 });
      const result = spawnSync(nginx!, ["-t", "-p", prefix, "-c", conf, "-e", path.join(prefix, "error.log")], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
    } finally {
      fs.rmSync(prefix, { recursive: true, force: true });
    }
  });
});

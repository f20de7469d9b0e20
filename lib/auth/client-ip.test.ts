import { describe, expect, it } from "vitest";
import { clientIp, CLIENT_IP_HEADER, resolveClientIp, UNKNOWN_IP } from "./client-ip";

describe("resolveClientIp (TRUSTED_PROXY_HOPS)", () => {
  it.each([
    // [peer, X-Forwarded-For as it arrived, hops, expected]
    ["203.0.113.9", undefined, 0, "203.0.113.9"],
    ["203.0.113.9", "1.2.3.4", 0, "203.0.113.9"], // no proxy: a client-sent header is ignored
    ["::ffff:203.0.113.9", "1.2.3.4, 5.6.7.8", 0, "203.0.113.9"],
    ["10.0.0.2", "198.51.100.7", 1, "198.51.100.7"], // nginx appended the client it saw
    ["10.0.0.2", "1.2.3.4, 198.51.100.7", 1, "198.51.100.7"], // the client's own prefix is skipped
    ["10.0.0.3", "1.2.3.4, 198.51.100.7, 10.0.0.2", 2, "198.51.100.7"], // CDN + nginx
    ["10.0.0.2", undefined, 1, "10.0.0.2"], // fewer entries than hops: the leftmost known address
    ["10.0.0.2", ["1.2.3.4", "198.51.100.7"], 1, "198.51.100.7"], // repeated header lines
  ] as const)("peer %s, X-Forwarded-For %j, %i hops → %s", (peer, forwarded, hops, expected) => {
    expect(resolveClientIp(peer, forwarded as string | string[] | undefined, hops)).toBe(expected);
  });

  it("never returns an empty address", () => {
    expect(resolveClientIp(undefined, undefined, 0)).toBe(UNKNOWN_IP);
  });
});

describe("clientIp reads only the server's stamp", () => {
  it("ignores X-Forwarded-For and X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" }))).toBe(UNKNOWN_IP);
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "203.0.113.9", "x-forwarded-for": "1.2.3.4" }))).toBe("203.0.113.9");
    expect(clientIp({ [CLIENT_IP_HEADER]: "203.0.113.9" })).toBe("203.0.113.9");
  });
});

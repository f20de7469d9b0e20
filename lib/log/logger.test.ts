import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { requestIdFrom, withRequestId } from "./request-context";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).trim().split("\n")) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger(stream) };
}

describe("the JSON log", () => {
  it("names the request on every line written while handling it, across awaits", async () => {
    const { lines, logger } = capture();
    await withRequestId("0123456789abcdef0123456789abcdef", async () => {
      logger.info("first");
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.warn({ applicationId: "x" }, "second");
    });
    logger.info("outside");
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ["first", "0123456789abcdef0123456789abcdef"],
      ["second", "0123456789abcdef0123456789abcdef"],
      ["outside", undefined],
    ]);
    expect(lines[0]).toMatchObject({ level: 30, service: "portal" });
    expect(typeof lines[0]!.time).toBe("string");
  });

  it("takes nginx's request id, and makes one for anything else", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "5f2b6c1de4a94f0c8a3b2d1e0f9a8b7c" }))).toBe("5f2b6c1de4a94f0c8a3b2d1e0f9a8b7c");
    for (const given of [undefined, "", "short", "has space in it", "x".repeat(65), "line\nbreak-injected"]) {
      const headers = new Headers();
      if (given !== undefined) {
        try {
          headers.set("x-request-id", given);
        } catch {
          continue; // not even a valid header value
        }
      }
      expect(requestIdFrom(headers)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

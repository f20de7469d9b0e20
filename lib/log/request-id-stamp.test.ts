import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createLogger } from "./logger";
import { installRequestIdStamp } from "./request-id-stamp";

const lines: Record<string, unknown>[] = [];
const logger = createLogger(
  new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).trim().split("\n")) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  }),
);

let server: http.Server;
let port: number;

beforeAll(async () => {
  installRequestIdStamp();
  // A handler that, like a page render, never mentions the request id: it logs before and after an await.
  server = http.createServer(async (request, response) => {
    logger.info({ step: "start", path: request.url }, "rendering");
    await new Promise((resolve) => setTimeout(resolve, 5));
    logger.info({ step: "end", path: request.url }, "rendered");
    response.end(String(request.headers["x-request-id"]));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers, agent: agent ?? false }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk));
        response.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

it("every log line of a request carries nginx's id, or one made for it, across awaits and concurrent requests", async () => {
  lines.length = 0;
  const given = "5f2b6c1de4a94f0c8a3b2d1e0f9a8b7c";
  // Concurrent requests on one keep-alive connection pool: each line names its own request.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const [a, b, c, d] = await Promise.all([
    get("/a", { "x-request-id": given }, agent),
    get("/b", {}, agent),
    get("/c", { "x-request-id": "bad id with spaces" }, agent),
    get("/d", {}, agent),
  ]);
  agent.destroy();
  expect(a).toBe(given);
  for (const made of [b, c, d]) expect(made).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set([a, b, c, d]).size).toBe(4);
  const byPath = { "/a": a, "/b": b, "/c": c, "/d": d } as Record<string, string>;
  expect(lines).toHaveLength(8);
  for (const line of lines) expect(line.requestId).toBe(byPath[line.path as string]);
  logger.info("outside any request");
  expect(lines.at(-1)!.requestId).toBeUndefined();
});

import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "./client-ip";
import { installClientIpStamp } from "./client-ip-stamp";

let server: http.Server;
let port: number;

beforeAll(async () => {
  installClientIpStamp(0);
  server = http.createServer((request, response) => response.end(String(request.headers[CLIENT_IP_HEADER])));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, headers, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk));
        response.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

it("stamps the socket address on every request, whatever the client claims", async () => {
  expect(await get({})).toBe("127.0.0.1");
  expect(await get({ "x-forwarded-for": "198.51.100.1" })).toBe("127.0.0.1");
  expect(await get({ [CLIENT_IP_HEADER]: "198.51.100.2", "x-forwarded-for": "198.51.100.3, 198.51.100.4" })).toBe("127.0.0.1");
});

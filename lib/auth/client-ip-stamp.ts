import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { CLIENT_IP_HEADER, resolveClientIp } from "./client-ip";

const globalForStamp = globalThis as typeof globalThis & { __portalClientIpStamp?: number };

/**
 * Stamp every HTTP request this process serves with its client address (lib/auth/client-ip),
 * overwriting any value the client sent under that name. Node publishes `http.server.request.start`
 * synchronously before the server's 'request' event, so the stamp is on the headers before
 * `next start` (or `next dev`) handles the request. Installed once per process at start-up
 * (lib/startup.ts); changing the hop count needs a restart.
 */
export function installClientIpStamp(hops: number): void {
  if (globalForStamp.__portalClientIpStamp !== undefined) return;
  globalForStamp.__portalClientIpStamp = hops;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[CLIENT_IP_HEADER] = resolveClientIp(socket.remoteAddress, request.headers["x-forwarded-for"], hops);
  });
}

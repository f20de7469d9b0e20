import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { enterRequest, requestIdFrom } from "./request-context";

const globalForStamp = globalThis as typeof globalThis & { __portalRequestIdStamp?: boolean };

/**
 * Give every HTTP request this process serves its id before `next start` sees it, so every log
 * line written while handling it carries the id (issue 12 item 5) — page renders, server actions,
 * route handlers and anything they await alike, not only code that remembers to wrap itself.
 * Node publishes `http.server.request.start` synchronously just before the server's 'request'
 * event: entering the request's context there makes the whole handling (every await after it)
 * run inside it. The id is nginx's X-Request-Id when it sent one, else a new one written into that
 * header, so server actions, route handlers and onRequestError (lib/log/request-error.ts) read the
 * same number the log lines carry. Installed once per process at start-up (lib/startup.ts).
 */
export function installRequestIdStamp(): void {
  if (globalForStamp.__portalRequestIdStamp) return;
  globalForStamp.__portalRequestIdStamp = true;
  subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    const given = request.headers["x-request-id"];
    const requestId = requestIdFrom(new Headers(typeof given === "string" ? { "x-request-id": given } : {}));
    request.headers["x-request-id"] = requestId;
    enterRequest(requestId);
  });
}

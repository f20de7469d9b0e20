import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * The id of the request being handled, carried through every await so each log line names it.
 * nginx sends its own `$request_id` (X-Request-Id, deploy/nginx.conf), so one id runs from the
 * access log through the app's log to the number the user reads in an error message; without nginx
 * the app makes one.
 */
const storage = new AsyncLocalStorage<{ requestId: string }>();
declare global {
  // Kept on globalThis: one per process even if Next bundles this module into several chunks or `next dev` reloads it.
  var __portalRequestContext: AsyncLocalStorage<{ requestId: string }> | undefined;
}
const requests = (globalThis.__portalRequestContext ??= storage);

/** Accept an incoming id only in the shapes nginx and we make (it is logged and echoed back). */
const ACCEPTED_ID = /^[A-Za-z0-9-]{8,64}$/;

export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && ACCEPTED_ID.test(given) ? given : randomUUID();
}

export function withRequestId<T>(requestId: string, work: () => Promise<T>): Promise<T> {
  return requests.run({ requestId }, work);
}

/**
 * Enter a request's context for the rest of the current synchronous run and everything it goes
 * on to await (AsyncLocalStorage.enterWith). Only for the HTTP stamp (request-id-stamp.ts), which
 * runs just before Node hands the request to Next and so cannot wrap the handling in run().
 */
export function enterRequest(requestId: string): void {
  requests.enterWith({ requestId });
}

export function currentRequestId(): string | undefined {
  return requests.getStore()?.requestId;
}

import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * The id of the request being handled, carried through every await so each log line names it.
 * nginx sends its own `$request_id` (X-Request-Id, deploy/nginx.conf), so one id runs from the
 * access log through the app's log to the number the user reads in an error message; without nginx
 * the app makes one.
 */
const storage = new AsyncLocalStorage<{ requestId: string }>();
const globalForContext = globalThis as typeof globalThis & { __portalRequestContext?: AsyncLocalStorage<{ requestId: string }> };
// One store per process, even if Next bundles this module into several chunks.
const requests = (globalForContext.__portalRequestContext ??= storage);

/** Accept an incoming id only in the shapes nginx and we make (it is logged and echoed back). */
const ACCEPTED_ID = /^[A-Za-z0-9-]{8,64}$/;

export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && ACCEPTED_ID.test(given) ? given : randomUUID();
}

export function withRequestId<T>(requestId: string, work: () => Promise<T>): Promise<T> {
  return requests.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return requests.getStore()?.requestId;
}

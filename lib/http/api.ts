import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import type { Actor, Role } from "@/lib/auth/roles";
import { DomainError, ForbiddenError, RateLimitedError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { requestIdFrom, withRequestId } from "@/lib/log/request-context";
import { reportUnexpectedError } from "@/lib/log/unexpected-error";
import { metrics } from "@/lib/metrics/registry";
import { routePattern } from "@/lib/metrics/route-patterns";
import { unreadableUrlReason } from "./url-text";

/** JSON with the charset spelled out, so Chinese reads right in every client. */
export function json(body: unknown, init?: ResponseInit): NextResponse {
  return NextResponse.json(body, {
    ...init,
    headers: { "content-type": "application/json; charset=utf-8", ...(init?.headers ?? {}) },
  });
}

/** Map an error to the API's answer: our Chinese sentence for domain errors; an error id (logged with the details) otherwise. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ValidationError) return json({ error: error.message, errors: error.errors }, { status: 400 });
  if (error instanceof RateLimitedError) {
    return json({ error: error.message }, { status: 429, headers: { "retry-after": String(error.retryAfterSeconds) } });
  }
  if (error instanceof DomainError) return json({ error: error.message }, { status: error.status });
  const { errorId, message } = reportUnexpectedError(error);
  return json({ error: message, errorId }, { status: 500 });
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wrap a route handler so a thrown error becomes a JSON answer, never a stack trace; every log line
 * of the request carries its id (also sent back as X-Request-Id), and its time is measured by route.
 * A URL whose path or query cannot be read as text (NUL, invalid UTF-8) is refused first with a 400.
 */
export function route<C>(handler: Handler<C>): Handler<C> {
  return (request, context) => {
    const requestId = requestIdFrom(request.headers);
    return withRequestId(requestId, async () => {
      const started = performance.now();
      let response: Response;
      try {
        const unreadable = unreadableUrlReason(request.url);
        if (unreadable) throw new ValidationError([{ path: "url", message: unreadable }]);
        response = await handler(request, context);
      } catch (error) {
        response = errorResponse(error);
      }
      const labels = { route: routePattern(new URL(request.url).pathname), method: request.method, status: String(response.status) };
      metrics().requestDuration.observe(labels, (performance.now() - started) / 1000);
      // Some answers (a redirect, a fetched body) have immutable headers: leave those as they are.
      try {
        response.headers.set("x-request-id", requestId);
      } catch {
        // immutable headers: the id is still in the log
      }
      return response;
    });
  };
}

/** Guard for route handlers: 401 without a session, 403 with the wrong role. */
export async function requireApiRole(roles: readonly Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new UnauthenticatedError();
  if (!roles.includes(actor.role)) throw new ForbiddenError();
  return actor;
}

/** A dynamic path segment as text: percent-decoded if it still is encoded, as is if it cannot be decoded. */
export function pathSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import type { Actor, Role } from "@/lib/auth/roles";
import { DomainError, ForbiddenError, RateLimitedError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { unreadableUrlReason } from "./url-text";

/** JSON with the charset spelled out, so Chinese reads right in every client. */
export function json(body: unknown, init?: ResponseInit): NextResponse {
  return NextResponse.json(body, {
    ...init,
    headers: { "content-type": "application/json; charset=utf-8", ...(init?.headers ?? {}) },
  });
}

/** Map an error to the API's answer: our Chinese sentence for domain errors; a request id otherwise. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ValidationError) return json({ error: error.message, errors: error.errors }, { status: 400 });
  if (error instanceof RateLimitedError) {
    return json({ error: error.message }, { status: 429, headers: { "retry-after": String(error.retryAfterSeconds) } });
  }
  if (error instanceof DomainError) return json({ error: error.message }, { status: error.status });
  const requestId = randomUUID();
  console.error(`[${requestId}]`, error);
  return json({ error: `服务器暂时无法处理该请求，请稍后再试（请求编号 ${requestId}）。` }, { status: 500 });
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wrap a route handler so a thrown error becomes a JSON answer, never a stack trace. A URL whose
 * path or query cannot be read as text (NUL, invalid UTF-8) is refused first with a 400.
 */
export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      const unreadable = unreadableUrlReason(request.url);
      if (unreadable) throw new ValidationError([{ path: "url", message: unreadable }]);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
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

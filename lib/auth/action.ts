import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { DomainError, ValidationError } from "@/lib/errors";
import { requestIdFrom } from "@/lib/log/request-context";
import { reportUnexpectedError } from "@/lib/log/unexpected-error";

/** What a form's server action returns: field errors by schema path, or a message. */
export interface ActionResult<T = undefined> {
  ok: boolean;
  message?: string;
  errors?: { path: string; message: string }[];
  data?: T;
}

/**
 * Run a use case for a server action and turn expected failures into an ActionResult the form can
 * show next to its fields (the form keeps what the user typed). Redirects and 403s pass through.
 */
export async function runAction<T>(work: () => Promise<T>, successMessage?: string): Promise<ActionResult<T>> {
  try {
    const data = await work();
    return { ok: true, message: successMessage, data };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof ValidationError) return { ok: false, message: error.message, errors: error.errors };
    if (error instanceof DomainError) return { ok: false, message: error.message };
    // The id nginx gave this request (deploy/nginx.conf), so the user's number is in both logs.
    return { ok: false, message: reportUnexpectedError(error, requestIdFrom(await incomingHeaders())).message };
  }
}

async function incomingHeaders(): Promise<Headers> {
  try {
    return new Headers(await headers());
  } catch {
    return new Headers(); // outside a request (a script calling the action's use case)
  }
}

/**
 * The FormData a form's action receives. A server action is a public endpoint: a hand-made call may
 * send anything in its place, which is bad input (a Chinese message), never a crash.
 */
export function formDataOf(value: unknown): FormData {
  if (value instanceof FormData) return value;
  throw new ValidationError([{ path: "form", message: "提交的内容无法识别，请刷新页面后重新填写提交。" }]);
}

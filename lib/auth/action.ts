import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { DomainError, ValidationError } from "@/lib/errors";

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
    const requestId = randomUUID();
    console.error(`[${requestId}]`, error);
    return { ok: false, message: `服务器暂时无法处理该请求，请稍后再试（请求编号 ${requestId}）。` };
  }
}

import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

/** In a page: run a use case and turn its access refusals into the 403 / 404 / login pages. */
export async function loadForPage<T>(work: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    if (error instanceof UnauthenticatedError) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
    throw error;
  }
}

import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { config } from "@/lib/config";
import { resolveSessionActor } from "@/lib/users/sessions";
import { getAuthOptions } from "./options";
import type { Actor, Role } from "./roles";

/**
 * The acting user of this request, or null. The JWT says who signed in and with which session
 * version; the database says whether the account still exists, is enabled, still has that version
 * (sign-out, password change and disabling end every session at once), has not been idle too long
 * (staff), and what role and agency it has now (lib/users/sessions).
 */
export async function getActor(): Promise<Actor | null> {
  // The session cookie first: it makes the calling page per-request before the auth options open
  // the database (which `next build` must never do: the root layout no longer forces every page dynamic).
  await cookies();
  const session = await getServerSession(await getAuthOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  return resolveSessionActor(
    await getDb(),
    { userId, sessionVersion: session.user.sessionVersion },
    { staffIdleMinutes: config().STAFF_IDLE_MINUTES },
  );
}

/**
 * Guard for pages and server actions: no session → the login page (coming back here afterwards);
 * wrong role → the 403 page. Returns the actor for the use case to check record-level rules.
 */
export async function requireRole(roles: readonly Role[], returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(actor.role)) forbidden();
  return actor;
}

import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { getAuthOptions } from "./options";
import type { Actor, Role } from "./roles";

/**
 * The acting user of this request, or null. The JWT says who signed in; the database says whether
 * the account still exists, is enabled, and what role and agency it has now (a demoted or disabled
 * user loses access at once, not when the token expires).
 */
export async function getActor(): Promise<Actor | null> {
  // The session cookie first: it makes the calling page per-request before the auth options open
  // the database (which `next build` must never do: the root layout no longer forces every page dynamic).
  await cookies();
  const session = await getServerSession(await getAuthOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  const [user] = await (await getDb())
    .select({ id: users.id, role: users.role, agencyId: users.agencyId, name: users.name, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user || user.disabled) return null;
  return { userId: user.id, role: user.role, agencyId: user.agencyId, name: user.name };
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

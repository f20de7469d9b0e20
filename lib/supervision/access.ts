import { getAgencyById } from "@/db/queries/agencies";
import type { Agency } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, SUPERVISOR_ROLE, type Actor } from "@/lib/auth/roles";
import { ForbiddenError } from "@/lib/errors";

/**
 * 督办 is the district 政务公开办's: a `supervisor` of the platform's host agency (agencies.platform_host).
 * A supervisor account of any other agency is refused like any other role.
 */
export async function assertSupervisor(db: Queryable, actor: Actor | null | undefined): Promise<Agency> {
  assertRole(actor, [SUPERVISOR_ROLE]);
  const agency = actor.agencyId ? await getAgencyById(db, actor.agencyId) : undefined;
  if (!agency?.platformHost) throw new ForbiddenError("只有本平台主办机关（区政务公开办）的督办人可以督办。");
  return agency;
}

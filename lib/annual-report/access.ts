import { getAgencyById } from "@/db/queries/agencies";
import type { Agency } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, assertSameAgency, type Actor } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** Who prepares and publishes the annual report: the agency's 审核人 and 系统管理员 (issue #7). */
export const REPORT_ROLES = ["reviewer", "admin"] as const;

/** The actor's own agency, once the actor is allowed to work on its annual report. */
export async function reportAgencyOf(db: Queryable, actor: Actor | null | undefined): Promise<Agency> {
  assertRole(actor, REPORT_ROLES);
  if (!actor.agencyId) throw new ForbiddenError("您的账号未关联机关，无法编制年度报告。");
  const agency = await getAgencyById(db, actor.agencyId);
  if (!agency) throw new NotFoundError("未找到本机关。");
  assertSameAgency(actor, agency.id);
  return agency;
}

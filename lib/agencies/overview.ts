import { count, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { findAgency } from "@/db/queries/agencies";
import { assertRole, assertSameAgency, STAFF_ROLES, type Actor } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { readAgencyPolicy, type AgencyPolicy } from "./policy";

export interface AgencyOverview {
  code: string;
  name: string;
  shortName: string;
  letterPrefix: string;
  indexNumberTemplate: string;
  reconsiderationBody: string;
  court: string;
  disclosureOffice: import("./policy").DisclosureOffice;
  policy: AgencyPolicy;
  staffCount: number;
}

/** Staff see their own agency's settings; another agency's are refused (403), not hidden. */
export async function getAgencyOverview(db: Queryable, actor: Actor, code: string): Promise<AgencyOverview> {
  assertRole(actor, STAFF_ROLES);
  const agency = await findAgency(db, code);
  if (!agency) throw new NotFoundError("未找到该机关。");
  assertSameAgency(actor, agency.id);
  const [staff] = await db.select({ n: count() }).from(users).where(eq(users.agencyId, agency.id));
  return {
    code: agency.code,
    name: agency.name,
    shortName: agency.shortName,
    letterPrefix: agency.letterPrefix,
    indexNumberTemplate: agency.indexNumberTemplate,
    reconsiderationBody: agency.reconsiderationBody,
    court: agency.court,
    disclosureOffice: agency.disclosureOffice,
    policy: readAgencyPolicy(agency.policy),
    staffCount: staff?.n ?? 0,
  };
}

import { getReportRecord } from "@/db/queries/annual-report-records";
import type { Agency } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import type { Actor } from "@/lib/auth/roles";
import { chinaToday } from "@/lib/validation/china-date";
import { REPORT_ROLES } from "./access";
import { defaultReportYear, januaryReminder } from "./due-date";

/** The staff desk's January reminder for the report's preparers, or null (not January, published, other role). */
export async function annualReportReminder(db: Queryable, actor: Actor, agency: Pick<Agency, "id" | "policy">, { now = new Date() } = {}) {
  if (!(REPORT_ROLES as readonly string[]).includes(actor.role) || actor.agencyId !== agency.id) return null;
  const today = chinaToday(now);
  if (today.slice(5, 7) !== "01") return null;
  const record = await getReportRecord(db, agency.id, defaultReportYear(today));
  return januaryReminder(today, readAgencyPolicy(agency.policy), record?.status === "published");
}

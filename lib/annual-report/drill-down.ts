import { applicationsBehindCell, type ApplicationBehindCell } from "@/db/queries/annual-report";
import type { Queryable } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { reportAgencyOf } from "./access";

/** Table 三 drill-down (issue #7): the applications behind one number of the actor's agency's report. */
export async function loadCellApplications(
  db: Queryable,
  actor: Actor | null,
  year: number,
  cell: { row: string; column: string },
): Promise<ApplicationBehindCell[]> {
  const agency = await reportAgencyOf(db, actor);
  return applicationsBehindCell(db, agency.id, year, cell);
}

import type { Tx } from "@/db/types";
import type { Calendar } from "@/lib/calendar";

/** An open case whose reply deadline moved because the calendar changed (workflow.md §3). */
export interface MovedDeadline {
  applicationId: string;
  caseNumber: string;
  from: string | null;
  to: string | null;
}

/**
 * workflow.md §3: "When an admin corrects the calendar, open deadlines are recomputed from the
 * recorded events, and staff see the list of open cases whose dates moved."
 *
 * TODO(applications): the applications slice fills this in — for every open application, recompute
 * the clock from its event ledger with `calendar`, update the cached `replyDueOn`, and return the
 * ones that changed. It runs inside the calendar edit's transaction (use only `tx`). Until
 * applications land there is nothing to recompute.
 */
export async function recomputeOpenDeadlines(_tx: Tx, _calendar: Calendar): Promise<MovedDeadline[]> {
  return [];
}

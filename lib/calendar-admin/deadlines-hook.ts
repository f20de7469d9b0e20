import type { Tx } from "@/db/types";
import type { Calendar } from "@/lib/calendar";
import { recomputeReplyDueDates } from "@/lib/applications/reply-due-cache";
import { chinaToday } from "@/lib/validation/china-date";

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
 * Every open application's clock is recomputed from its event ledger with `calendar`, inside the
 * calendar edit's transaction, and its cached `replyDueOn` updated (lib/applications/reply-due-cache.ts).
 */
export async function recomputeOpenDeadlines(tx: Tx, calendar: Calendar, today: string = chinaToday()): Promise<MovedDeadline[]> {
  return recomputeReplyDueDates(tx, calendar, today);
}

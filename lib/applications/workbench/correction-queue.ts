import { sql, type SQL } from "drizzle-orm";
import type { LocalDate } from "@/lib/calendar";
import { ledgerPayloadField } from "../case/ledger-sql";

/**
 * 补正期限已届满 (条例第三十条; workflow.md §4) as SQL over an application row, for the inbox's queue
 * and the worker's candidates: the application waits for a correction whose deadline lies before
 * `today`, and the applicant did not answer by then (lib/workflow's guard `correctionDeadlinePassed`
 * applies the same rule).
 *
 * Written as CASE + a scalar subquery on purpose: PostgreSQL may turn a plain EXISTS into a hashed
 * subplan that reads every correction event of the database, where this looks at the few ledger
 * rows of the applications that wait for a correction. The row is named `applications.id` in full:
 * in a select list drizzle would leave a column unqualified, and inside the subquery it would name
 * the event's id.
 */
export function correctionDeadlinePassedSql(today: LocalDate): SQL {
  const dueOn = ledgerPayloadField("correctionRequested", "correctionDueOn", "r");
  return sql`(case when applications.status = 'awaiting_correction' then coalesce((
    select (${dueOn}) < ${today} and not exists (
      select 1 from application_events x
      where x.application_id = r.application_id and x.type = 'correctionAnswered' and x.occurred_on <= (${dueOn})::date
    )
    from application_events r
    where r.application_id = applications.id and r.type = 'correctionRequested'
    order by r.seq desc limit 1
  ), false) else false end)`;
}

/**
 * The applicant answered the correction online and staff have not yet confirmed its receipt
 * (workflow.md §4: an online correction counts as received only when staff confirm it), so the
 * application waits in the first queue beside unconfirmed online applications.
 */
export function correctionAnsweredSql(): SQL {
  return sql`(applications.status = 'awaiting_correction' and exists (
    select 1 from application_events x where x.application_id = applications.id and x.type = 'correctionAnswered'
  ))`;
}

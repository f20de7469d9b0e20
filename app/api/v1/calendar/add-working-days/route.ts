import { getDb } from "@/db/client";
import { addWorkingDaysQuery } from "@/lib/calculators/schemas";
import { json, route } from "@/lib/http/api";
import { parseQuery, withKnownCalendar } from "@/lib/http/query";
import { getWorkingCalendar } from "@/lib/working-calendar";

export const dynamic = "force-dynamic";

/** The `days`-th working day after `from` (workflow.md §3: day 1 is the first working day after it). */
export const GET = route(async (request) => {
  const { from, days } = parseQuery(request, addWorkingDaysQuery);
  const calendar = await getWorkingCalendar(await getDb());
  const date = withKnownCalendar(() => calendar.addWorkingDays(from, days));
  return json({ from, days, date });
});

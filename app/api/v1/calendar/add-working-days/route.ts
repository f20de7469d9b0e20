import { getDb } from "@/db/client";
import { computeMaybeProvisional, PROVISIONAL_NOTE } from "@/lib/calculators/deadlines";
import { addWorkingDaysQuery } from "@/lib/calculators/schemas";
import { json, route } from "@/lib/http/api";
import { parseQuery, withKnownCalendar } from "@/lib/http/query";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";

export const dynamic = "force-dynamic";

/** The `days`-th working day after `from` (workflow.md §3: day 1 is the first working day after it). */
export const GET = route(async (request) => {
  const { from, days, provisional: allowProvisional } = parseQuery(request, addWorkingDaysQuery);
  const calendar = await getWorkingCalendar(await getDb());
  const { value: date, provisional } = withKnownCalendar(() => computeMaybeProvisional(calendar, allowProvisional, (c) => c.addWorkingDays(from, days)));
  return json({ from, days, date, ...(provisional && { provisional: true, note: PROVISIONAL_NOTE }) });
});

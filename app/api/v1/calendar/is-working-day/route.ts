import { getDb } from "@/db/client";
import { computeMaybeProvisional, PROVISIONAL_NOTE } from "@/lib/calculators/deadlines";
import { isWorkingDayQuery } from "@/lib/calculators/schemas";
import { json, route } from "@/lib/http/api";
import { parseQuery, withKnownCalendar } from "@/lib/http/query";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";

export const dynamic = "force-dynamic";

/** Whether a date is a working day, and why (调休上班 / 节假日（name） / 周末 / 工作日). */
export const GET = route(async (request) => {
  const { date, provisional: allowProvisional } = parseQuery(request, isWorkingDayQuery);
  const calendar = await getWorkingCalendar(await getDb());
  const { value: day, provisional } = withKnownCalendar(() => computeMaybeProvisional(calendar, allowProvisional, (c) => c.describeDay(date)));
  return json({ date, workingDay: day.workingDay, reason: day.reason, ...(provisional && { provisional: true, note: PROVISIONAL_NOTE }) });
});

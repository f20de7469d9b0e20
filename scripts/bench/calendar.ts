import holidaysJson from "../../lib/calendar/holidays-cn.json";
import { calendarYearsFromJson, createCalendar, type LocalDate } from "../../lib/calendar";
import { computeClock, type ClockEvent } from "../../lib/clock";

/** Runs `call(i)` n times after a warm-up, returning a printable throughput line. */
function measure(label: string, n: number, call: (i: number) => unknown): string {
  for (let i = 0; i < Math.min(n, 100_000); i++) call(i);
  const started = performance.now();
  for (let i = 0; i < n; i++) call(i);
  const ms = performance.now() - started;
  const perSecond = (n / ms) * 1000;
  return `${label}: ${n.toLocaleString("en")} calls in ${ms.toFixed(0)} ms — ${(perSecond / 1e6).toFixed(2)} M calls/s`;
}

/** The calendar (lib/calendar) and the reply clock (lib/clock) on the calendar of holidays-cn.json. */
export async function benchCalendar(): Promise<string[]> {
  const calendar = createCalendar(calendarYearsFromJson(holidaysJson));
  // Every working day of 2024-01 … 2026-10, so that +20 and +40 working days stay in known years.
  const dates: LocalDate[] = [];
  for (let d = calendar.addWorkingDays("2024-01-01", 1); d < "2026-11-01"; d = calendar.addWorkingDays(d, 1)) dates.push(d);
  const at = (i: number) => dates[i % dates.length]!;

  const events: ClockEvent[] = [
    { type: "received", on: "2025-03-03" },
    { type: "consultationSent", on: "2025-03-05", pauseId: "c", consultee: "thirdParty" },
    { type: "consultationAnswered", on: "2025-03-14", pauseId: "c" },
    { type: "feeNoticeReceived", on: "2025-03-10", pauseId: "f" },
    { type: "feePaid", on: "2025-03-20", pauseId: "f" },
    { type: "extensionApproved", on: "2025-04-10", workingDays: 20 },
  ];

  return [
    measure("calendar.addWorkingDays(d, 20)", 1_000_000, (i) => calendar.addWorkingDays(at(i), 20)),
    measure("calendar.workingDaysBetween(a, b)", 1_000_000, (i) => calendar.workingDaysBetween(at(i), at(i * 7 + 13))),
    measure("computeClock (V2 + extension, 6 events)", 100_000, () => computeClock(events, calendar).replyDueOn),
  ];
}

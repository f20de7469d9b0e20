import { maxLocalDate, type Calendar, type LocalDate } from "../calendar";

/** A pause's days (startOn, endOn]; no endOn while it is still open. */
export type PauseSpan = { startOn: LocalDate; endOn?: LocalDate };

/**
 * The union of the spans after `from`, as disjoint spans in order
 * (workflow.md §4 rule 4: overlapping pauses are not counted twice).
 */
function unionAfter(spans: readonly PauseSpan[], from: LocalDate): PauseSpan[] {
  const clipped = spans
    .map((span) => ({ ...span, startOn: maxLocalDate(span.startOn, from) }))
    .filter((span) => span.endOn === undefined || span.endOn > span.startOn)
    .sort((a, b) => (a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0));
  const merged: PauseSpan[] = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && (last.endOn === undefined || span.startOn <= last.endOn)) {
      if (last.endOn !== undefined) {
        if (span.endOn === undefined) delete last.endOn;
        else last.endOn = maxLocalDate(last.endOn, span.endOn);
      }
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/**
 * workflow.md §4 rule 6: the smallest D such that the working days d with
 * clockStartOn < d ≤ D outside every span number `budget`. Undefined when an
 * open span stops the count before it gets there.
 */
export function dueDate(calendar: Calendar, clockStartOn: LocalDate, budget: number, spans: readonly PauseSpan[]): LocalDate | undefined {
  let remaining = budget;
  let cursor = clockStartOn;
  for (const span of unionAfter(spans, clockStartOn)) {
    const available = calendar.workingDaysBetween(cursor, span.startOn);
    if (available >= remaining) return calendar.addWorkingDays(cursor, remaining);
    remaining -= available;
    if (span.endOn === undefined) return undefined;
    cursor = span.endOn;
  }
  return calendar.addWorkingDays(cursor, remaining);
}

/** The working days in (from, to] that the spans exclude, counting overlaps once. */
export function excludedWorkingDays(calendar: Calendar, from: LocalDate, to: LocalDate, spans: readonly PauseSpan[]): number {
  let excluded = 0;
  for (const span of unionAfter(spans, from)) {
    if (span.startOn >= to) break;
    const end = span.endOn === undefined || span.endOn > to ? to : span.endOn;
    excluded += calendar.workingDaysBetween(span.startOn, end);
  }
  return excluded;
}

/** The working days in (clockStartOn, asOf] that counted toward the reply period. */
export function workingDaysUsed(calendar: Calendar, clockStartOn: LocalDate, asOf: LocalDate, spans: readonly PauseSpan[]): number {
  if (asOf <= clockStartOn) return 0;
  return calendar.workingDaysBetween(clockStartOn, asOf) - excludedWorkingDays(calendar, clockStartOn, asOf, spans);
}

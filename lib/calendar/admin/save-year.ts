import { loadCalendarYears, upsertCalendarYears } from "@/db/queries/calendar";
import type { Queryable } from "@/db/types";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/roles";
import { CalendarDataError, calendarYearsFromJson, createCalendar, type CalendarYear } from "@/lib/calendar";
import { createCalendarWithProvisional } from "@/lib/calendar/provisional";
import { ValidationError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { forgetWorkingCalendar } from "@/lib/calendar/working-calendar";
import { recomputeOpenDeadlines } from "./deadlines-hook";
import { reportMovedDeadlines, type MovedDeadlinesReport } from "./moved-deadlines";
import { assertCalendarEditor } from "./host-agency";
import { calendarYearFormSchema } from "./schemas";

export interface SavedCalendarYear extends MovedDeadlinesReport {
  year: number;
  created: boolean;
}

/**
 * An admin enters or corrects one year's 放假安排 (国务院办公厅通知). The whole calendar is rebuilt
 * with it first, so an inconsistent entry (overlapping holidays, a make-up day inside a holiday,
 * dates outside the year) is refused with the engine's Chinese reason and nothing changes.
 * Open deadlines are recomputed in the same transaction (workflow.md §3).
 */
export async function saveCalendarYear(db: Queryable, actor: Actor, input: unknown, context: AuditContext = {}): Promise<SavedCalendarYear> {
  await assertCalendarEditor(db, actor);
  const parsed = calendarYearFormSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const form = parsed.data;

  const result = await db.transaction(async (tx) => {
    const existing = await loadCalendarYears(tx);
    const before = existing.find((entry) => entry.year === form.year) ?? null;
    const entry = checkedYear(form, existing);
    await upsertCalendarYears(tx, [entry]);
    await recordAudit(tx, {
      actor,
      action: "calendar.updated",
      target: { type: "calendar_year", id: String(form.year) },
      ip: context.ip,
      before,
      after: entry,
    });
    const calendar = createCalendarWithProvisional([...existing.filter((y) => y.year !== form.year), entry]);
    const moved = await reportMovedDeadlines(tx, actor, form.year, await recomputeOpenDeadlines(tx, calendar), context);
    return { year: form.year, created: before === null, ...moved };
  });
  forgetWorkingCalendar();
  return result;
}

function checkedYear(form: ReturnType<typeof calendarYearFormSchema.parse>, existing: CalendarYear[]): CalendarYear {
  try {
    const [entry] = calendarYearsFromJson({
      years: {
        [String(form.year)]: {
          source: form.source,
          holidays: form.holidays,
          workdays: form.workdays.map((w) => w.date).sort(),
        },
      },
    });
    createCalendar([...existing.filter((y) => y.year !== form.year), entry!]);
    return entry!;
  } catch (error) {
    if (error instanceof CalendarDataError) throw new ValidationError([{ path: "", message: error.message }]);
    throw error;
  }
}

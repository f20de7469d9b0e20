import { CalendarUnknownError } from "../calendar";

/**
 * Collects the years the calendar lacks instead of throwing, so one unknown
 * deadline never hides the dates that can be computed (workflow.md §3).
 */
export class UnknownYears {
  private earliest: number | undefined;

  get year(): number | undefined {
    return this.earliest;
  }

  note(year: number): void {
    if (this.earliest === undefined || year < this.earliest) this.earliest = year;
  }

  /** The computation's result, or undefined (remembering the year) when the calendar lacks one. */
  attempt<T>(compute: () => T): T | undefined {
    try {
      return compute();
    } catch (error) {
      if (!(error instanceof CalendarUnknownError)) throw error;
      this.note(error.year);
      return undefined;
    }
  }
}

import type { Agency, ApplicationRow, RequestItemRow } from "@/db/schema";
import type { AgencyPolicy } from "@/lib/agencies/policy";
import type { Calendar, LocalDate } from "@/lib/calendar";
import type { ClockState } from "@/lib/clock";
import type { ApplicationSnapshot, RuleEnvironment } from "@/lib/workflow";
import type { LedgerRow } from "./ledger-schema";

/** Everything a use case or page needs to judge one application: the row, its ledger, the rules' view (loaded by case/load.ts). */
export interface CaseFile {
  row: ApplicationRow;
  agency: Agency;
  policy: AgencyPolicy;
  /** The ledger, parsed once here (case/ledger.ts): every reader gets typed payloads. */
  events: LedgerRow[];
  items: RequestItemRow[];
  snapshot: ApplicationSnapshot;
  /** lib/clock's state as of `today`; null before receipt (no period runs yet, 条例第三十一条). */
  clock: ClockState | null;
  env: RuleEnvironment;
  calendar: Calendar;
  today: LocalDate;
}

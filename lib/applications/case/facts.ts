import { pendingLabel, provisionalLabel } from "@/lib/calendar";
import type { ClockState } from "@/lib/clock";
import type { AgencyLetterSettings, ApplicantFacts } from "@/lib/letters";
import type { CaseFile } from "./case-file";

/** What every letter to the applicant quotes (letters.md): case number, receivedOn, the correction date. */
export function applicantFacts(file: CaseFile): ApplicantFacts {
  return {
    caseNumber: file.row.caseNumber,
    applicantName: file.row.applicantName,
    receivedOn: file.row.receivedOn!,
    correctionReceivedOn: file.snapshot.correction?.receivedOn ?? null,
  };
}

/**
 * The due date a letter prints: the date; before the year's 放假安排 is published the estimate,
 * marked as one (预计 …（YYYY年放假安排公布前按法定节日推算）); else 待定 (workflow.md §3).
 */
export function dueLabel(clock: ClockState | null): { date: string | null; label: string } {
  if (clock?.replyDueOn) return { date: clock.replyDueOn, label: clock.replyDueOn };
  if (clock?.provisional) return { date: null, label: provisionalLabel(clock.provisional.replyDueOn, clock.provisional.year) };
  if (clock?.unknownYear !== undefined) return { date: null, label: pendingLabel(clock.unknownYear) };
  return { date: null, label: "待定" };
}

/** 申请内容 as the reply quotes it: the request items, in the applicant's order. */
export function requestSummary(file: CaseFile): string {
  return file.items.map((item) => `“${item.title}”`).join("、");
}

/** The agency as its letters name it (letters.md: the name, the letter prefix, the remedy bodies). */
export function letterSettingsOf(agency: CaseFile["agency"]): AgencyLetterSettings {
  return { name: agency.name, letterPrefix: agency.letterPrefix, reconsiderationBody: agency.reconsiderationBody, court: agency.court };
}

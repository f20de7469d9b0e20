import type { AnnualReport } from "@/lib/annual-report/rules/types";

/** Sections 一、五、六 of the report: staff's narrative (annual-report.md § Sections). */
export interface ReportNarrative {
  overview: string;
  problems: string;
  other: string;
}

/** What publishing freezes: the computed tables as they stood and the narrative. */
export interface PublishedReportSnapshot {
  report: AnnualReport;
  narrative: ReportNarrative;
}

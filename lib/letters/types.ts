import type { LocalDate } from "@/lib/calendar";
import type { LetterKind } from "./kinds";

/** The agency settings a letter is written with (agencies table; letters.md). */
export interface AgencyLetterSettings {
  name: string;
  letterPrefix: string;
  /** 行政复议机关, e.g. the district government for a township government. */
  reconsiderationBody: string;
  /** The competent people's court. */
  court: string;
}

/** What a letter to the applicant quotes (letters.md): case number, receivedOn, and the correction date. */
export interface ApplicantFacts {
  caseNumber: string;
  /** 自然人 name or the organisation's name. */
  applicantName: string;
  receivedOn: LocalDate;
  /** After a correction: the day the corrected application was received (条例第三十条). */
  correctionReceivedOn?: LocalDate | null;
}

/** The number and date a letter is issued under (the gap-free counter lives in the database). */
export interface LetterIssue {
  number: string;
  date: LocalDate;
}

export interface LetterTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** One remedy paragraph; `covers` names the part of the decision it covers (partial disclosure). */
export interface RemedyParagraph {
  kind: "reconsiderationFirst" | "ordinary";
  covers: string | null;
  text: string;
}

/** A letter ready to print: the print page renders it as is. */
export interface Letter {
  kind: LetterKind;
  title: string;
  /** null for the 提交凭证 and the 撤回确认 (not numbered). */
  number: string | null;
  addressee: string;
  date: LocalDate;
  paragraphs: string[];
  tables?: LetterTable[];
  remedy?: RemedyParagraph[];
  /** The issuing agency (落款). */
  signature: string;
  /** A letter that replaces an earlier one refers to its number (letters.md: issued letters are never edited). */
  refersTo?: string;
}

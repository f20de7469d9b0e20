import type { LetterRow } from "@/db/schema";
import type { StoredFileRef } from "@/lib/http/file-download";

/** A letter's signed PDF as a download: stored file, served name and its recorded hash. */
export interface LetterPdfRef extends StoredFileRef {
  sha256: string;
}

/** The signed PDF of a letter row, or null (unnumbered letters and letters issued before issue 16). */
export function letterPdfRef(row: Pick<LetterRow, "number" | "pdfStorageKey" | "pdfSha256" | "pdfSize">): LetterPdfRef | null {
  if (!row.pdfStorageKey || !row.pdfSha256 || row.pdfSize === null || !row.number) return null;
  return { storageKey: row.pdfStorageKey, fileName: `${row.number}.pdf`, mime: "application/pdf", size: row.pdfSize, sha256: row.pdfSha256 };
}

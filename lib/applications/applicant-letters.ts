import { and, asc, eq } from "drizzle-orm";
import { letters } from "@/db/schema";
import type { Queryable } from "@/db/types";
import type { ApplicantAccess } from "./applicant-access";
import { NotFoundError } from "@/lib/errors";
import { LETTER_TITLES, type Letter, type LetterKind } from "@/lib/letters";
import { isUuid } from "@/lib/validation/uuid";
import { letterPdfRef, type LetterPdfRef } from "@/lib/letters/signed/pdf-ref";
import { loadOwnApplication } from "./owned-application";

export interface ApplicantLetterSummary {
  id: string;
  title: string;
  number: string | null;
  issuedOn: string;
}

/**
 * The letters the agency issued to the applicant (workflow.md §6: the applicant reads every letter).
 * Letters to a third party or another agency are not theirs to read. Owner only (404 otherwise).
 */
export async function listApplicantLetters(db: Queryable, who: ApplicantAccess, applicationId: string): Promise<ApplicantLetterSummary[]> {
  await loadOwnApplication(db, who, applicationId);
  const rows = await db
    .select({ id: letters.id, kind: letters.kind, number: letters.number, issuedOn: letters.issuedOn })
    .from(letters)
    .where(and(eq(letters.applicationId, applicationId), eq(letters.applicantVisible, true)))
    .orderBy(asc(letters.issuedAt));
  return rows.map((r) => ({ id: r.id, title: LETTER_TITLES[r.kind as LetterKind] ?? r.kind, number: r.number, issuedOn: r.issuedOn }));
}

/**
 * A letter found by its id alone, for the look-up pages: it must belong to an application this
 * applicant covers (the proven one or one of its sub-applications, 一事一申请), else 404.
 */
export async function getApplicantLetterById(db: Queryable, who: ApplicantAccess, letterId: string): Promise<ApplicantLetter> {
  const [row] = isUuid(letterId) ? await db.select({ applicationId: letters.applicationId }).from(letters).where(eq(letters.id, letterId)) : [];
  if (!row?.applicationId) throw new NotFoundError("未找到该文书。");
  return getApplicantLetter(db, who, row.applicationId, letterId);
}

/** A letter as its reader gets it: the stored structure, and its signed PDF when it has one (issue 16). */
export interface ApplicantLetter {
  letter: Letter;
  caseNumber: string;
  pdf: LetterPdfRef | null;
}

export async function getApplicantLetter(db: Queryable, who: ApplicantAccess, applicationId: string, letterId: string): Promise<ApplicantLetter> {
  const application = await loadOwnApplication(db, who, applicationId);
  const [row] = isUuid(letterId)
    ? await db
        .select()
        .from(letters)
        .where(and(eq(letters.id, letterId), eq(letters.applicationId, applicationId), eq(letters.applicantVisible, true)))
    : [];
  if (!row) throw new NotFoundError("未找到该文书。");
  return { letter: row.content, caseNumber: application.caseNumber, pdf: letterPdfRef(row) };
}

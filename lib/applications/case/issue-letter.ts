import { sql } from "drizzle-orm";
import { letterCounters, letters, type Agency } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { LocalDate } from "@/lib/calendar";
import { formatLetterNumber, isNumberedLetter, LETTER_TITLES, type LetterKind } from "@/lib/letters";
import type { LetterPlan } from "./step";
import type { ClockState } from "@/lib/clock";
import { issueSignedPdf } from "@/lib/letters/signed/issue-signed-pdf";
import { getStorage } from "@/lib/storage";

/**
 * The next letter serial of an agency's year. Inside the issuing transaction the upsert locks the
 * counter row until commit: concurrent issues queue, a rolled-back step gives its number back, so
 * the series stays gap-free (letters.md: one series per agency per year).
 */
export async function nextLetterSerial(tx: Tx, agencyId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(letterCounters)
    .values({ agencyId, year, lastSerial: 1 })
    .onConflictDoUpdate({
      target: [letterCounters.agencyId, letterCounters.year],
      set: { lastSerial: sql`${letterCounters.lastSerial} + 1` },
    })
    .returning({ serial: letterCounters.lastSerial });
  return row!.serial;
}

/**
 * Number, build and store a letter (immutable from here on: a trigger refuses changes). A numbered
 * letter is also rendered as PDF, signed and stored (issue 16) before its row is written, so the
 * row carries the PDF's key and hash from the start. The file is written inside the step's
 * transaction: if storing or signing fails, the step fails and nothing of it lands; if the
 * transaction rolls back after the file was written, an unreferenced file stays behind (never
 * served: every download goes through a letter row).
 */
export async function issueLetter(
  tx: Tx,
  input: {
    agency: Agency;
    applicationId: string;
    eventId: string;
    kind: LetterKind;
    plan: LetterPlan;
    clock: ClockState | null;
    issuedOn: LocalDate;
    now: Date;
    issuedBy: string | null;
  },
) {
  const year = Number(input.issuedOn.slice(0, 4));
  const numbered = isNumberedLetter(input.kind);
  const serial = numbered ? await nextLetterSerial(tx, input.agency.id, year) : null;
  const number = serial === null ? null : formatLetterNumber(input.agency.letterPrefix, year, serial);
  const content = await input.plan.build({ number: number ?? "", date: input.issuedOn }, { clock: input.clock });
  if (content.kind !== input.kind) throw new Error(`letter kind mismatch: ${content.kind} for ${input.kind} (${LETTER_TITLES[input.kind]})`);
  const pdf = number === null ? null : await issueSignedPdf(tx, await getStorage(), { agency: input.agency, letter: { ...content, number }, now: input.now });
  const [row] = await tx
    .insert(letters)
    .values({
      agencyId: input.agency.id,
      applicationId: input.applicationId,
      eventId: input.eventId,
      kind: input.kind,
      number,
      year: numbered ? year : null,
      serial,
      applicantVisible: input.plan.applicantVisible,
      content,
      issuedOn: input.issuedOn,
      issuedAt: input.now,
      issuedBy: input.issuedBy,
      ...(pdf ?? {}),
    })
    .returning();
  return row!;
}

import { and, eq, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { agencies, letters, signingCertificates } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { LETTER_TITLES, type LetterKind } from "../kinds";
import { certificateCommonName } from "../pdf/certificate";

/** The verification form (GET /letters/verify/{number}?sha256=…): the same schema in the page and the server. */
export const verifyLetterSchema = z.object({
  sha256: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, "请输入 64 位十六进制的 SHA-256 值（可选择文书 PDF 文件自动计算）"),
});

/** What anyone may learn of a signed letter from its number: no addressee, no content (letters.md: no personal data). */
export interface LetterVerification {
  number: string;
  title: string;
  agencyName: string;
  issuedOn: string;
  sha256: string;
  certificate: { commonName: string; fingerprint: string; selfSigned: boolean };
}

/**
 * The signed letters issued under a number (issue 16 item 2). Numbers are unique per agency and
 * year; two agencies with the same prefix could share one, so every match is listed.
 */
export async function findSignedLetters(db: Queryable, number: string): Promise<LetterVerification[]> {
  const trimmed = number.trim();
  if (trimmed === "" || trimmed.length > 100) return [];
  const rows = await db
    .select({
      number: letters.number,
      kind: letters.kind,
      issuedOn: letters.issuedOn,
      sha256: letters.pdfSha256,
      agencyName: agencies.name,
      certificatePem: signingCertificates.certificatePem,
      fingerprint: signingCertificates.fingerprint,
      selfSigned: signingCertificates.selfSigned,
    })
    .from(letters)
    .innerJoin(agencies, eq(agencies.id, letters.agencyId))
    .innerJoin(signingCertificates, eq(signingCertificates.id, letters.signingCertificateId))
    .where(and(eq(letters.number, trimmed), isNotNull(letters.pdfSha256)));
  return rows.map((row) => ({
    number: row.number!,
    title: LETTER_TITLES[row.kind as LetterKind] ?? row.kind,
    agencyName: row.agencyName,
    issuedOn: row.issuedOn,
    sha256: row.sha256!,
    certificate: { commonName: certificateCommonName(row.certificatePem), fingerprint: row.fingerprint, selfSigned: row.selfSigned },
  }));
}

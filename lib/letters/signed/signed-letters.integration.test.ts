import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, letters, signingCertificates } from "@/db/schema";
import type { Db } from "@/db/types";
import { getApplicantLetter } from "@/lib/applications/applicant-letters";
import { getStaffLetter } from "@/lib/applications/workbench/case-view";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getStorage } from "@/lib/storage";
import { createCitizen, createSeededDatabase, type SeededDatabase } from "@/test/applications";
import { TEST_DRIVERS } from "@/test/databases";
import { readStored } from "@/test/storage";
import { sha256Hex } from "./issue-signed-pdf";
import { findSignedLetters } from "./verify-letter";

const dir = mkdtempSync(path.join(tmpdir(), "signed-letters-"));
function pdfsig(bytes: Uint8Array, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const run = spawnSync("pdfsig", [file], { encoding: "utf8" });
  return `${run.stdout}${run.stderr}`;
}

describe.each(TEST_DRIVERS)("signed letter PDFs on %s (issue 16)", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let citizen: Actor, otherCitizen: Actor, clerk: Actor, otherClerk: Actor;
  let applicationId: string;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ citizen, clerk, otherClerk } = database.actors);
    otherCitizen = await createCitizen(db, "other-pdf@example.com");
    applicationId = await database.received({ owner: citizen });
  });
  afterAll(async () => database.destroy());

  async function receipt() {
    const [row] = await db.select().from(letters).where(and(eq(letters.applicationId, applicationId), isNotNull(letters.number)));
    return row!;
  }

  it("issues the numbered receipt with a signed PDF whose hash the letters table records", async () => {
    const row = await receipt();
    expect(row.pdfStorageKey).toMatch(/^letters\/.+\.pdf$/);
    const bytes = await readStored(await getStorage(), row.pdfStorageKey!);
    expect(sha256Hex(bytes)).toBe(row.pdfSha256);
    expect(bytes.length).toBe(row.pdfSize);
    const [agency] = await db.select().from(agencies).where(eq(agencies.id, row.agencyId));
    const out = pdfsig(bytes, "receipt.pdf");
    expect(out).toContain("Signature Validation: Signature is Valid.");
    expect(out).toContain(`Signer Certificate Common Name: ${agency!.name}`);
  });

  it("confirms the number and hash on the verification lookup, says the certificate is a demo one, and rejects a changed copy", async () => {
    const row = await receipt();
    const [match, ...more] = await findSignedLetters(db, row.number!);
    expect(more).toEqual([]);
    expect(match).toMatchObject({ number: row.number, sha256: row.pdfSha256, title: "政府信息公开申请接收回执", certificate: { selfSigned: true } });
    const tampered = Buffer.from(await readStored(await getStorage(), row.pdfStorageKey!));
    tampered[1000] = tampered[1000]! ^ 0xff;
    expect(sha256Hex(tampered)).not.toBe(match!.sha256);
    expect(pdfsig(tampered, "tampered.pdf")).not.toContain("Signature is Valid.");
    expect(await findSignedLetters(db, "八里台政公开〔1999〕1号")).toEqual([]);
  });

  it("signs every letter of an agency with its one certificate", async () => {
    await database.received({ owner: citizen });
    const row = await receipt();
    const certificates = await db.select().from(signingCertificates).where(eq(signingCertificates.agencyId, row.agencyId));
    expect(certificates).toHaveLength(1);
    const signed = await db.select({ id: letters.signingCertificateId }).from(letters).where(and(eq(letters.agencyId, row.agencyId), isNotNull(letters.number)));
    expect(new Set(signed.map((s) => s.id))).toEqual(new Set([certificates[0]!.id]));
  });

  it("gives the PDF to the applicant and the agency's staff only", async () => {
    const row = await receipt();
    expect((await getApplicantLetter(db, citizen, applicationId, row.id)).pdf).toMatchObject({ sha256: row.pdfSha256, mime: "application/pdf", fileName: `${row.number}.pdf` });
    expect((await getStaffLetter(db, clerk, applicationId, row.id)).pdf?.sha256).toBe(row.pdfSha256);
    await expect(getApplicantLetter(db, otherCitizen, applicationId, row.id)).rejects.toThrow(NotFoundError);
    await expect(getStaffLetter(db, otherClerk, applicationId, row.id)).rejects.toThrow(ForbiddenError);
  });
});

import { createHash } from "node:crypto";
import type { Agency } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { agencySealPng } from "@/lib/agencies/seal";
import { publicUrl } from "@/lib/config";
import type { FileStorage } from "@/lib/storage";
import { renderLetterPdf } from "../pdf/render";
import { signPdf } from "../pdf/sign";
import type { Letter } from "../types";
import { agencySigningCertificate } from "./agency-certificate";
import { letterVerifyPath } from "./verify-path";

export interface SignedLetterPdf {
  pdfStorageKey: string;
  pdfSha256: string;
  pdfSize: number;
  signingCertificateId: string;
}

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The PDF of a numbered letter at issue (issue 16): rendered from the stored `Letter`, signed with
 * the agency's certificate (《电子签名法》第十四条), stored once through the storage interface.
 * The caller records the key, the hash and the certificate in the same insert as the letter.
 */
export async function issueSignedPdf(
  db: Queryable,
  storage: FileStorage,
  input: { agency: Pick<Agency, "id" | "name" | "code" | "disclosureOffice" | "sealStorageKey">; letter: Letter & { number: string }; now: Date },
): Promise<SignedLetterPdf> {
  const { agency, letter, now } = input;
  const certificate = await agencySigningCertificate(db, agency, now);
  const sealPng = await agencySealPng(storage, agency.sealStorageKey);
  const pdf = await renderLetterPdf(letter, {
    // The agency's seal image (本机关设置), else the generated 演示印章 (the demo agencies).
    seal: sealPng ? { kind: "image", png: sealPng } : { kind: "demo", agencyName: letter.signature },
    verifyUrl: publicUrl(letterVerifyPath(letter.number)),
    issuedAt: now,
  });
  const signed = await signPdf(pdf, certificate, {
    name: agency.name,
    reason: `${letter.title}（${letter.number}）`,
    location: agency.disclosureOffice.address || agency.name,
    contactInfo: agency.disclosureOffice.phone,
    signingTime: now,
  });
  const pdfStorageKey = await storage.put(signed, { prefix: "letters", extension: "pdf" });
  return { pdfStorageKey, pdfSha256: sha256Hex(signed), pdfSize: signed.length, signingCertificateId: certificate.id };
}

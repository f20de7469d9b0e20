import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Letter } from "../types";
import { certificateCommonName, certificateFingerprint, DEMO_UNIT, selfSignedCredential, type SigningCredential } from "./certificate";
import { renderLetterPdf } from "./render";
import { signPdf } from "./sign";

const dir = mkdtempSync(path.join(tmpdir(), "letter-sig-"));
const agencyName = "天津市津南区八里台镇人民政府";

/** pdfsig (poppler-utils) as anyone would run it on the downloaded file. */
export function pdfsig(bytes: Uint8Array, name: string): { status: number | null; out: string } {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const run = spawnSync("pdfsig", [file], { encoding: "utf8" });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

const letter: Letter = {
  kind: "receipt",
  title: "政府信息公开申请接收回执",
  number: "八里台政公开〔2026〕3号",
  addressee: "张三",
  date: "2026-03-02",
  paragraphs: ["本机关已于2026年3月2日收到您提出的政府信息公开申请。"],
  signature: agencyName,
};

let credential: SigningCredential;
let signed: Uint8Array;

beforeAll(async () => {
  const now = new Date("2026-03-02T02:00:00Z");
  credential = selfSignedCredential({ commonName: agencyName, organizationCode: "11120112MB1234567X", now });
  const pdf = await renderLetterPdf(letter, { seal: { kind: "demo", agencyName }, issuedAt: now });
  signed = await signPdf(pdf, credential, { name: agencyName, reason: `${letter.title} ${letter.number}`, location: "天津市津南区", contactInfo: "022-00000000", signingTime: now });
});

describe("signPdf (issue 16 item 2; 《电子签名法》第十四条)", () => {
  it("makes a PAdES signature pdfsig finds valid, by the agency's certificate", () => {
    const { out } = pdfsig(signed, "signed.pdf");
    expect(out).toContain("Signature Validation: Signature is Valid.");
    expect(out).toContain(`Signer Certificate Common Name: ${agencyName}`);
    expect(out).toContain("ETSI.CAdES.detached");
    expect(out).toMatch(/Total document signed/);
    // Self-signed: the signature holds, the issuer is (rightly) not trusted.
    expect(out).toMatch(/Certificate Validation: Certificate issuer (is unknown|isn.t Trusted)/);
  });

  it("breaks when one byte of the signed content changes", () => {
    const tampered = Buffer.from(signed);
    // Change a character of the page content (in the first signed range, after the header).
    const at = tampered.indexOf("stream", 200) + 20;
    tampered[at] = tampered[at]! ^ 0x01;
    const { out } = pdfsig(tampered, "tampered.pdf");
    expect(out).not.toContain("Signature Validation: Signature is Valid.");
    expect(out).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });

  it("names the agency and says the certificate is a demo one", () => {
    expect(certificateCommonName(credential.certificatePem)).toBe(agencyName);
    expect(certificateFingerprint(credential.certificatePem)).toMatch(/^[0-9a-f]{64}$/);
    expect(execFileSync("openssl", ["x509", "-noout", "-subject", "-nameopt", "utf8"], { input: credential.certificatePem, encoding: "utf8" })).toContain(DEMO_UNIT);
  });
});

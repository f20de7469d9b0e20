import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";

/** The organisational unit a demo certificate names, so any viewer shows it is not a CA's. */
export const DEMO_UNIT = "演示自签名证书（非CA签发）";

/** forge reads `valueTagClass` as the ASN.1 string type (UTF8String for Chinese names; forge encodes the value itself); @types/node-forge mistypes it as a Class. */
const UTF8: forge.asn1.Class = Number(forge.asn1.Type.UTF8);

/** A signing key and its X.509 certificate, both PEM. */
export interface SigningCredential {
  keyPem: string;
  certificatePem: string;
}

/**
 * A self-signed certificate for an agency's demo signing key (issue 16 item 2: "the demo generates a
 * self-signed one per agency and says so on the letter's verification page"). The key is made by
 * Node's crypto (forge's pure-JS RSA key generation takes seconds); forge writes the certificate.
 * A real deployment configures a key and a certificate from a CA instead (《电子签名法》第十三条).
 */
export function selfSignedCredential(input: { commonName: string; organizationCode: string; now: Date; years?: number }): SigningCredential {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  // 16 random bytes (RFC 5280 §4.1.2.2), positive and minimally encoded: top bit clear, next bit set.
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  cert.serialNumber = serial.toString("hex");
  cert.validity.notBefore = new Date(input.now.getTime() - 60_000);
  cert.validity.notAfter = new Date(input.now);
  cert.validity.notAfter.setFullYear(cert.validity.notAfter.getFullYear() + (input.years ?? 10));
  const name = [
    { name: "commonName", value: input.commonName, valueTagClass: UTF8 },
    { name: "organizationName", value: input.commonName, valueTagClass: UTF8 },
    { name: "organizationalUnitName", value: DEMO_UNIT, valueTagClass: UTF8 },
    { name: "countryName", value: "CN" },
    // serialNumber (2.5.4.5): the agency's 统一社会信用代码.
    { type: "2.5.4.5", value: input.organizationCode },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(keyPem), forge.md.sha256.create());
  return { keyPem, certificatePem: forge.pki.certificateToPem(cert) };
}

/**
 * A certificate parsed by forge, its UTF8String name values decoded: forge keeps them as raw UTF-8
 * bytes when it parses but encodes them again when it writes a name (the signer's issuer in the
 * CMS), so a Chinese issuer would no longer match the certificate and no verifier would find it.
 */
export function parseCertificate(certificatePem: string): forge.pki.Certificate {
  const certificate = forge.pki.certificateFromPem(certificatePem);
  for (const attribute of [...certificate.subject.attributes, ...certificate.issuer.attributes]) {
    if (attribute.valueTagClass === UTF8 && typeof attribute.value === "string") attribute.value = forge.util.decodeUtf8(attribute.value);
  }
  return certificate;
}

/** SHA-256 of the certificate's DER, hex: how the verification page names the certificate. */
export function certificateFingerprint(certificatePem: string): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(forge.pki.certificateFromPem(certificatePem))).getBytes();
  return createHash("sha256").update(Buffer.from(der, "binary")).digest("hex");
}

/** The certificate's subject common name (as pdfsig prints it). */
export function certificateCommonName(certificatePem: string): string {
  const field: unknown = parseCertificate(certificatePem).subject.getField("CN");
  return field && typeof field === "object" && "value" in field && typeof field.value === "string" ? field.value : "";
}

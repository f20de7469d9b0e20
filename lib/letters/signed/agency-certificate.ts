import { createPrivateKey, createPublicKey, X509Certificate } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { signingCertificates, type Agency } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { loadPiiKeys } from "@/lib/applications/pii-keys";
import { config } from "@/lib/config";
import { decryptPii, encryptPii } from "@/lib/crypto/pii";
import { DomainError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { certificateFingerprint, selfSignedCredential, type SigningCredential } from "../pdf/certificate";

export interface AgencySigningCertificate extends SigningCredential {
  id: string;
  selfSigned: boolean;
}

/**
 * The key and certificate an agency's letters are signed with: its newest configured one. Outside
 * production an agency without one gets a self-signed certificate on its first letter, generated
 * once and kept in the database (architecture.md "Secrets"; the verification page says it is a
 * demo certificate). Production refuses: a real agency signs with a certificate it configured
 * (npm run signing:import), never with one the portal made up.
 */
export async function agencySigningCertificate(db: Queryable, agency: Pick<Agency, "id" | "name" | "code">, now: Date): Promise<AgencySigningCertificate> {
  const keys = await loadPiiKeys(db);
  const [row] = await db.select().from(signingCertificates).where(eq(signingCertificates.agencyId, agency.id)).orderBy(desc(signingCertificates.createdAt)).limit(1);
  if (row) return { id: row.id, selfSigned: row.selfSigned, certificatePem: row.certificatePem, keyPem: decryptPii(keys, row.privateKeyEncrypted) };

  if (config().APP_ENV === "production") {
    throw new DomainError(`${agency.name}尚未配置文书电子签名证书，暂不能出具文书。请系统管理员导入本机关的签名证书（npm run signing:import）。`, 503);
  }
  const credential = selfSignedCredential({ commonName: agency.name, organizationCode: agency.code, now });
  const [stored] = await db
    .insert(signingCertificates)
    .values({
      agencyId: agency.id,
      certificatePem: credential.certificatePem,
      privateKeyEncrypted: encryptPii(keys, credential.keyPem),
      fingerprint: certificateFingerprint(credential.certificatePem),
      selfSigned: true,
      createdAt: now,
    })
    .returning({ id: signingCertificates.id });
  logger.warn(
    { agency: agency.code },
    `⚠️  ${agency.name}没有文书签名证书：已生成一个自签名演示证书（仅供开发和演示）。生产环境必须导入本机关的证书。` +
      " / no signing certificate: generated a self-signed demo certificate (development/demo only).",
  );
  return { id: stored!.id, selfSigned: true, ...credential };
}

/**
 * Stores a configured (CA-issued) key and certificate as the agency's current one, after checking
 * that the key belongs to the certificate (a mismatch would sign letters nobody can verify).
 */
export async function importSigningCertificate(db: Queryable, agencyId: string, credential: SigningCredential, now: Date): Promise<string> {
  const certificateKey = new X509Certificate(credential.certificatePem).publicKey.export({ type: "spki", format: "der" });
  const privateKeyPublic = createPublicKey(createPrivateKey(credential.keyPem)).export({ type: "spki", format: "der" });
  if (!certificateKey.equals(privateKeyPublic)) throw new DomainError("私钥与证书不匹配：请导入该证书对应的私钥。", 400);
  const keys = await loadPiiKeys(db);
  const [stored] = await db
    .insert(signingCertificates)
    .values({
      agencyId,
      certificatePem: credential.certificatePem,
      privateKeyEncrypted: encryptPii(keys, credential.keyPem),
      fingerprint: certificateFingerprint(credential.certificatePem),
      selfSigned: false,
      createdAt: now,
    })
    .returning({ id: signingCertificates.id });
  return stored!.id;
}

import { buffer } from "node:stream/consumers";
import type { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { agencies } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/roles";
import { ValidationError } from "@/lib/errors";
import type { FileStorage } from "@/lib/storage";
import { detectFile } from "@/lib/storage/file-kind";
import { putMeasured, UploadTooLargeError } from "@/lib/storage/upload-stream";
import { ownAgency } from "./settings";

/** A seal image: a PNG (transparent background) of at most 512 KB. */
export const SEAL_UPLOAD = { maxBytes: 512 * 1024, hint: "PNG 图片（透明背景），不超过 512 KB；印在此后出具的电子文书落款处。" } as const;

/**
 * An admin sets their agency's seal image (issue 16 item 1): a PNG, checked by its bytes, stored
 * through lib/storage; letters issued from then on carry it instead of the demo seal (letters
 * already issued keep theirs: their PDFs are signed and stored). Own agency only (403 otherwise).
 */
export async function setAgencySeal(db: Db, storage: FileStorage, actor: Actor, code: string, content: Readable, context: AuditContext = {}): Promise<{ sealStorageKey: string }> {
  const agency = await ownAgency(db, actor, code);
  let stored: { key: string; size: number; sha256: string };
  try {
    stored = await putMeasured(storage, content, { prefix: "seals", extension: "png" }, SEAL_UPLOAD.maxBytes);
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw new ValidationError([{ path: "seal", message: "印章图片不能超过 512 KB。" }]);
    throw error;
  }
  const head = new Uint8Array(await buffer(await storage.read(stored.key))).subarray(0, 4100);
  if (!(await detectFile(head, ["png"]))) {
    await storage.delete(stored.key);
    throw new ValidationError([{ path: "seal", message: "印章图片须为 PNG 格式，请重新选择文件。" }]);
  }
  await db.transaction(async (tx) => {
    await tx.update(agencies).set({ sealStorageKey: stored.key, updatedAt: new Date() }).where(eq(agencies.id, agency.id));
    await recordAudit(tx, {
      actor,
      action: "agency.sealChanged",
      agencyId: agency.id,
      target: { type: "agency", id: agency.code },
      ip: context.ip,
      before: { sealStorageKey: agency.sealStorageKey },
      after: { sealStorageKey: stored.key, size: stored.size, sha256: stored.sha256 },
    });
  });
  return { sealStorageKey: stored.key };
}

/** The seal a letter PDF prints: the agency's PNG, or null for the generated demo seal. */
export async function agencySealPng(storage: FileStorage, sealStorageKey: string | null): Promise<Uint8Array | null> {
  return sealStorageKey ? new Uint8Array(await buffer(await storage.read(sealStorageKey))) : null;
}

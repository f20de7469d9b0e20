import { randomUUID } from "node:crypto";

/** `<prefix>/<uuid>.<ext>`: keys are made here only, from fixed prefixes and detected extensions. */
export function newStorageKey(prefix: string, extension: string): string {
  const safePrefix = prefix.replace(/[^a-z0-9-]/gi, "");
  const safeExtension = extension.replace(/[^a-z0-9]/gi, "").slice(0, 8);
  return `${safePrefix}/${randomUUID()}${safeExtension ? `.${safeExtension}` : ""}`;
}

/** Whether a key has the shape newStorageKey makes (no `..`, no absolute path, one folder level). */
export const isStorageKey = (key: string) => /^[a-z0-9-]+\/[0-9a-f-]{36}(\.[a-z0-9]{1,8})?$/i.test(key);

/** A key read back (from the database or a backup) must have the shape newStorageKey makes. */
export function assertStorageKey(key: string): string {
  if (!isStorageKey(key)) throw new Error(`invalid storage key: ${key}`);
  return key;
}

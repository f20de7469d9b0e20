import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import { idempotencyKeys } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { ConflictError, ValidationError } from "@/lib/errors";

/**
 * Idempotency-Key handling (draft-ietf-httpapi-idempotency-key): the first request with a key does
 * the work and stores its result in the same transaction; a repeat with the same request gets that
 * result; a repeat with a different request is refused (409). Concurrent requests with one key
 * queue on the primary key: the second waits for the first to commit and then replays its result.
 */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{8,128}$/;

export function assertIdempotencyKey(key: string): void {
  if (!KEY_PATTERN.test(key)) {
    throw new ValidationError([{ path: "idempotencyKey", message: "Idempotency-Key 应为 8–128 个可见 ASCII 字符（建议使用 UUID）。" }]);
  }
}

/** Key order and whitespace do not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

export interface IdempotencyClaim {
  scope: string;
  key: string;
  operation: string;
  requestHash: string;
}

/**
 * Inside the transaction that does the work: returns the stored result of an earlier request with
 * the same key and request, or null when this request is the first (the key is now held by it).
 */
export async function claimIdempotencyKey(tx: Queryable, claim: IdempotencyClaim, now: Date): Promise<string | null> {
  await tx
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key), lt(idempotencyKeys.expiresAt, now)));
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ ...claim, createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return null;

  const [existing] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
  if (!existing || existing.operation !== claim.operation || existing.requestHash !== claim.requestHash) {
    throw new ConflictError("该 Idempotency-Key 已用于另一份内容不同的申请。如要提交新的申请，请使用新的 Idempotency-Key（网页表单请刷新页面后重新提交）。");
  }
  if (existing.result === null) throw new ConflictError("使用该 Idempotency-Key 的申请正在处理中，请稍后重试。");
  return existing.result;
}

export async function storeIdempotentResult(tx: Queryable, claim: IdempotencyClaim, result: string): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ result })
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
}

/** Housekeeping (the worker): forget keys past their 24 hours. */
export async function pruneIdempotencyKeys(db: Queryable, now = new Date()): Promise<number> {
  const removed = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, now)).returning({ key: idempotencyKeys.key });
  return removed.length;
}

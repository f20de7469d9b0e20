import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { issueApiKeySchema } from "./api-keys-schema";
import type { ApiClient } from "@/lib/applications/submit-application";

/** Keys of the open API: `gik_` + 32 random bytes; only the SHA-256 is stored. */
const PREFIX = "gik_";

function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** An admin acts on their own agency's keys only; an admin without an agency has none. */
function ownAgency(actor: Actor): string {
  if (!actor.agencyId) throw new NotFoundError("未找到该密钥。");
  return actor.agencyId;
}

/** An admin issues a key for their agency (audited in its chain); the key is returned once and never shown again. */
export async function issueApiKey(db: Db, actor: Actor, input: unknown, context: AuditContext = {}): Promise<{ id: string; key: string }> {
  assertRole(actor, ["admin"]);
  const parsed = issueApiKeySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const agencyId = ownAgency(actor);
  const key = PREFIX + randomBytes(32).toString("base64url");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ ...parsed.data, agencyId, keyHash: hashKey(key), prefix: key.slice(0, 10), createdBy: actor.userId })
      .returning({ id: apiKeys.id });
    await recordAudit(tx, { actor, action: "apikey.issued", agencyId, target: { type: "api_key", id: row!.id }, ip: context.ip, after: parsed.data });
    return { id: row!.id, key };
  });
}

/**
 * An admin revokes one of their agency's keys (audited in the key's owner chain, which is theirs).
 * Another agency's key is answered like an unknown one (404), so ids of other agencies' keys reveal nothing.
 */
export async function revokeApiKey(db: Db, actor: Actor, id: string, context: AuditContext = {}, now = new Date()): Promise<void> {
  assertRole(actor, ["admin"]);
  const agencyId = ownAgency(actor);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError("未找到该密钥。");
  await db.transaction(async (tx) => {
    const [key] = await tx
      .select({ id: apiKeys.id, agencyId: apiKeys.agencyId, revokedAt: apiKeys.revokedAt })
      .from(apiKeys)
      .where(and(eq(apiKeys.id, id), eq(apiKeys.agencyId, agencyId)))
      .for("update");
    if (!key) throw new NotFoundError("未找到该密钥。");
    if (key.revokedAt) return;
    await tx.update(apiKeys).set({ revokedAt: now }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
    await recordAudit(tx, { actor, action: "apikey.revoked", agencyId: key.agencyId, target: { type: "api_key", id }, ip: context.ip });
  });
}

/** The keys of the admin's own agency. */
export async function listApiKeys(db: Queryable, actor: Actor) {
  assertRole(actor, ["admin"]);
  const agencyId = ownAgency(actor);
  return db
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, rateLimitPerHour: apiKeys.rateLimitPerHour, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.agencyId, agencyId))
    .orderBy(desc(apiKeys.createdAt));
}

/** `Authorization: Bearer …` → the client, or 401. No header → null (anonymous use of the open API). */
export async function authenticateApiKey(db: Queryable, authorization: string | null, now = new Date()): Promise<ApiClient | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError("Authorization 请求头格式应为“Bearer <API 密钥>”。");
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, hashKey(match[1]!)));
  if (!row || row.revokedAt) throw new UnauthenticatedError("API 密钥无效或已停用，请联系平台管理员。");
  await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id));
  return { id: row.id, rateLimitPerHour: row.rateLimitPerHour };
}

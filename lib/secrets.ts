import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { appSecrets } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { config } from "@/lib/config";
import { logger } from "@/lib/log/logger";

const GENERATORS = {
  NEXTAUTH_SECRET: () => randomBytes(32).toString("base64url"),
  PII_ENCRYPTION_KEY: () => randomBytes(32).toString("hex"),
} as const;
export type SecretName = keyof typeof GENERATORS;

const cache = new Map<SecretName, string>();

/**
 * A secret from the environment, or — outside production only — one generated once and kept in
 * the database, so every server of a deployment (and every restart) shares it. Production refuses
 * to start without the variables (lib/config).
 */
export async function getSecret(db: Queryable, name: SecretName): Promise<string> {
  const fromEnv = config()[name];
  if (fromEnv) return fromEnv;
  const cached = cache.get(name);
  if (cached) return cached;

  await db.insert(appSecrets).values({ name, value: GENERATORS[name]() }).onConflictDoNothing();
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, name));
  if (!row) throw new Error(`secret ${name} could not be stored`);
  logger.warn(
    { secret: name },
    `⚠️  ${name} 未设置：已生成一个并保存在数据库中（仅供开发和演示）。生产环境必须设置该环境变量。` +
      ` / ${name} is not set: using a generated one kept in the database (development/demo only). Set it in production.`,
  );
  cache.set(name, row.value);
  return row.value;
}

import { z } from "zod";
import type { S3Settings } from "@/lib/storage/s3";

/**
 * Process configuration, validated once at start-up. A missing or malformed variable stops the
 * process with a message that names it (both in Chinese and English, for operators of either).
 */

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const positiveInt = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: "custom", message: "必须是正整数 / must be a positive integer" });
        return z.NEVER;
      }
      return n;
    });

const nonNegativeInt = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) {
        ctx.addIssue({ code: "custom", message: "必须是非负整数 / must be a non-negative integer" });
        return z.NEVER;
      }
      return n;
    });
/** http(s)://host[:port] with nothing after it but an optional "/". */
function isSiteRoot(value: string): boolean {
  if (!URL.canParse(value)) return true; // z.url() reports it already
  const url = new URL(value);
  return (url.protocol === "http:" || url.protocol === "https:") && url.pathname === "/" && !url.search && !url.hash && !url.username;
}

const envSchema = z
  .object({
    APP_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "必须是 postgres:// 或 postgresql:// 开头的连接串 / must be a postgres:// URL")
        .optional(),
    ),
    DATA_DIR: optionalString.transform((value) => value ?? "./.data"),
    // The portal's one public address: next-auth's callbacks and every absolute link (letters, feed,
    // sitemap, API `url`s, printed pages) are built from it (lib/http/origin.ts).
    NEXTAUTH_URL: optionalString.pipe(
      z
        .url("必须是完整网址 / must be a full URL")
        .refine((value) => isSiteRoot(value), "必须是网站根地址（http:// 或 https://，不带路径、参数），如 https://xxgk.example.gov.cn / must be the site's root URL")
        .optional(),
    ),
    NEXTAUTH_SECRET: optionalString.pipe(
      z.string().min(32, "至少 32 个字符 / at least 32 characters").optional(),
    ),
    PII_ENCRYPTION_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, "必须是 64 位十六进制（32 字节）/ must be 64 hex characters (32 bytes)")
        .optional(),
    ),
    SMTP_URL: optionalString.pipe(z.url("必须是 smtp:// 网址 / must be an smtp:// URL").optional()),
    MAIL_FROM: optionalString,
    LOGIN_RATE_LIMIT: positiveInt(5),
    APPLICATION_RATE_LIMIT: positiveInt(20),
    /** Reverse proxies in front of the app servers that append to X-Forwarded-For (lib/auth/client-ip). */
    TRUSTED_PROXY_HOPS: nonNegativeInt(0),
    /** Sign-ups per hour from one address (lib/users/register-citizen). */
    REGISTER_RATE_LIMIT: positiveInt(10),
    /** Minutes without activity after which a staff session ends (lib/auth/session-policy). */
    STAFF_IDLE_MINUTES: positiveInt(30),
    WORKER_DISABLED: optionalString.transform((value) => value === "1" || value === "true"),
    // Read by lib/cache-handler (plain JS, loaded by Next as is); validated here so a typo stops start-up.
    REDIS_URL: optionalString.pipe(
      z.string().regex(/^rediss?:\/\/./, "必须是 redis:// 或 rediss:// 开头的网址 / must be a redis:// URL").optional(),
    ),
    REDIS_KEY_PREFIX: optionalString.pipe(
      z.string().regex(/^[A-Za-z0-9:_.-]{1,64}$/, "只能含字母、数字和 : _ . - / letters, digits and : _ . - only").optional(),
    ),
    S3_ENDPOINT: optionalString.pipe(
      z.url({ protocol: /^https?$/, message: "必须是 http:// 或 https:// 开头的完整网址，例如 https://minio.internal:9000 / must be an http(s) URL" }).optional(),
    ),
    S3_BUCKET: optionalString.pipe(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "存储桶名称只能含小写字母、数字、点和连字符（3–63 个字符）/ must be a valid bucket name")
        .optional(),
    ),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_REGION: optionalString.transform((value) => value ?? "us-east-1"),
    S3_FORCE_PATH_STYLE: optionalString.pipe(z.enum(["0", "1", "true", "false"], "必须是 1 或 0 / must be 1 or 0").optional()),
    /** Bearer token for GET /api/metrics; unset: the endpoint answers 404. */
    METRICS_TOKEN: optionalString.pipe(z.string().min(16, "至少 16 个字符 / at least 16 characters").optional()),
    /** pino's level for the JSON log on stdout (lib/log/logger.ts reads it directly, before this is parsed). */
    LOG_LEVEL: optionalString.pipe(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "必须是 fatal/error/warn/info/debug/trace/silent 之一").optional()),
  })
  .superRefine((env, ctx) => {
    // Object storage is all or nothing: half a configuration would silently store files locally.
    const s3 = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
    if (s3.some((name) => env[name])) {
      for (const name of s3.filter((name) => !env[name])) {
        ctx.addIssue({ code: "custom", path: [name], message: "使用对象存储时必须设置 S3_ENDPOINT、S3_BUCKET、S3_ACCESS_KEY_ID、S3_SECRET_ACCESS_KEY / required with the other S3_ variables" });
      }
    }
  })
  .superRefine((env, ctx) => {
    // Secrets must be supplied explicitly in production; elsewhere they are generated once and stored.
    if (env.APP_ENV !== "production") return;
    for (const name of ["NEXTAUTH_SECRET", "PII_ENCRYPTION_KEY", "NEXTAUTH_URL"] as const) {
      if (!env[name]) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: "APP_ENV=production 时必须设置 / required when APP_ENV=production",
        });
      }
    }
  });

/** The object-storage settings when S3_* is configured (lib/storage), else undefined: files under DATA_DIR. */
function s3Settings(env: z.infer<typeof envSchema>): S3Settings | undefined {
  if (!env.S3_ENDPOINT || !env.S3_BUCKET || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) return undefined;
  return {
    endpoint: env.S3_ENDPOINT,
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    region: env.S3_REGION,
    // Path style unless told otherwise: MinIO and most self-hosted stores have no per-bucket DNS names.
    forcePathStyle: env.S3_FORCE_PATH_STYLE !== "0" && env.S3_FORCE_PATH_STYLE !== "false",
  };
}

export type AppConfig = z.infer<typeof envSchema> & { S3: S3Settings | undefined };

export class ConfigError extends Error {
  constructor(readonly variables: { name: string; problem: string }[]) {
    super(
      "配置错误 / configuration error:\n" +
        variables.map((v) => `  ${v.name}: ${v.problem}`).join("\n") +
        "\n请检查环境变量（参见 .env.example）/ check the environment (see .env.example).",
    );
    this.name = "ConfigError";
  }
}

/** Pure: parse an environment object. Throws ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = envSchema.safeParse(env);
  if (result.success) return { ...result.data, S3: s3Settings(result.data) };
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      name: String(issue.path[0] ?? "(environment)"),
      problem: issue.message,
    })),
  );
}

const globalForConfig = globalThis as typeof globalThis & { __portalConfig?: AppConfig };

/** The validated configuration of this process (parsed on first use). */
export function config(): AppConfig {
  globalForConfig.__portalConfig ??= parseConfig(process.env);
  return globalForConfig.__portalConfig;
}

/** Outside production, with NEXTAUTH_URL unset: the address `npm run dev` / `npm start` listen on. */
export const DEVELOPMENT_BASE_URL = "http://localhost:3000";

/**
 * The public base URL (scheme, host and port, no trailing slash) that letters, print views, the
 * feed, the sitemap and the API print: NEXTAUTH_URL, required in production. Never the address a
 * request happened to arrive on, so every page and file names the same site.
 */
export function publicBaseUrl(cfg: Pick<AppConfig, "NEXTAUTH_URL"> = config()): string {
  return cfg.NEXTAUTH_URL ? new URL(cfg.NEXTAUTH_URL).origin : DEVELOPMENT_BASE_URL;
}

/** A full public URL for an in-site path ("/apply/lookup" → "https://xxgk.example.gov.cn/apply/lookup"). */
export function publicUrl(path: string, cfg?: Pick<AppConfig, "NEXTAUTH_URL">): string {
  return `${publicBaseUrl(cfg)}${path.startsWith("/") ? path : `/${path}`}`;
}

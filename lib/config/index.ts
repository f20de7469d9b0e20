import { z } from "zod";

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
    WORKER_DISABLED: optionalString.transform((value) => value === "1" || value === "true"),
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

export type AppConfig = z.infer<typeof envSchema>;

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
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      name: String(issue.path[0] ?? "(environment)"),
      problem: issue.message,
    })),
  );
}

const globalForConfig = globalThis as unknown as { __portalConfig?: AppConfig };

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

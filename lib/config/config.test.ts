import { describe, expect, it } from "vitest";
import { ConfigError, DEVELOPMENT_BASE_URL, parseConfig, publicBaseUrl, publicUrl } from "./index";

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).variables.map((v) => v.name);
  }
}

describe("configuration validated at start-up", () => {
  it("needs nothing in development: the embedded database and generated secrets", () => {
    const config = parseConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe("./.data");
    expect(config.APPLICATION_RATE_LIMIT).toBe(20);
  });

  it("names a malformed DATABASE_URL", () => {
    expect(problemsOf({ DATABASE_URL: "mysql://localhost/x" })).toEqual(["DATABASE_URL"]);
  });

  it("names a malformed shared-cache address or key prefix", () => {
    expect(problemsOf({ REDIS_URL: "127.0.0.1:6379" })).toEqual(["REDIS_URL"]);
    expect(problemsOf({ REDIS_KEY_PREFIX: "portal prod" })).toEqual(["REDIS_KEY_PREFIX"]);
    expect(parseConfig({ REDIS_URL: "redis://cache.internal:6379/2", REDIS_KEY_PREFIX: "xxgk:" }).REDIS_URL).toBe("redis://cache.internal:6379/2");
  });

  it("names a malformed number", () => {
    expect(problemsOf({ APPLICATION_RATE_LIMIT: "twenty" })).toEqual(["APPLICATION_RATE_LIMIT"]);
  });

  it("reads the proxy hops (0 allowed) and the security limits, naming a bad value", () => {
    expect(parseConfig({})).toMatchObject({ TRUSTED_PROXY_HOPS: 0, REGISTER_RATE_LIMIT: 10, STAFF_IDLE_MINUTES: 30 });
    expect(parseConfig({ TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(problemsOf({ TRUSTED_PROXY_HOPS: "-1" })).toEqual(["TRUSTED_PROXY_HOPS"]);
    expect(problemsOf({ STAFF_IDLE_MINUTES: "0" })).toEqual(["STAFF_IDLE_MINUTES"]);
  });

  it("names every secret that production requires", () => {
    expect(problemsOf({ APP_ENV: "production" }).sort()).toEqual(["NEXTAUTH_SECRET", "NEXTAUTH_URL", "PII_ENCRYPTION_KEY"]);
  });

  it("names a PII key of the wrong length, in the message too", () => {
    try {
      parseConfig({ PII_ENCRYPTION_KEY: "abc" });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain("PII_ENCRYPTION_KEY");
      expect((error as Error).message).toContain("64");
    }
  });

  it("uses the local folder unless object storage is configured, and then all of it", () => {
    expect(parseConfig({}).S3).toBeUndefined();
    expect(problemsOf({ S3_BUCKET: "portal-files" }).sort()).toEqual(["S3_ACCESS_KEY_ID", "S3_ENDPOINT", "S3_SECRET_ACCESS_KEY"]);
    expect(problemsOf({ S3_ENDPOINT: "minio:9000", S3_BUCKET: "Portal_Files", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "b" }).sort()).toEqual([
      "S3_BUCKET",
      "S3_ENDPOINT",
    ]);
    const s3 = { S3_ENDPOINT: "http://minio.internal:9000", S3_BUCKET: "portal-files", S3_ACCESS_KEY_ID: "portal", S3_SECRET_ACCESS_KEY: "secret" };
    expect(parseConfig(s3).S3).toEqual({
      endpoint: "http://minio.internal:9000",
      bucket: "portal-files",
      accessKeyId: "portal",
      secretAccessKey: "secret",
      region: "us-east-1",
      forcePathStyle: true,
    });
    expect(parseConfig({ ...s3, S3_REGION: "cn-north-4", S3_FORCE_PATH_STYLE: "0" }).S3).toMatchObject({ region: "cn-north-4", forcePathStyle: false });
    expect(problemsOf({ ...s3, S3_FORCE_PATH_STYLE: "yes" })).toEqual(["S3_FORCE_PATH_STYLE"]);
  });

  it("accepts a complete production configuration", () => {
    const config = parseConfig({
      APP_ENV: "production",
      DATABASE_URL: "postgres://portal@db/portal",
      NEXTAUTH_URL: "https://xxgk.example.gov.cn",
      NEXTAUTH_SECRET: "x".repeat(40),
      PII_ENCRYPTION_KEY: "ab".repeat(32),
    });
    expect(config.APP_ENV).toBe("production");
  });
});

describe("the one public base URL (NEXTAUTH_URL) that letters, feed, sitemap and print views use", () => {
  it("is the configured site root, without a trailing slash", () => {
    const cfg = parseConfig({ NEXTAUTH_URL: "https://xxgk.example.gov.cn/" });
    expect(publicBaseUrl(cfg)).toBe("https://xxgk.example.gov.cn");
    expect(publicUrl("/apply/lookup", cfg)).toBe("https://xxgk.example.gov.cn/apply/lookup");
    expect(publicUrl("documents/1", parseConfig({ NEXTAUTH_URL: "http://127.0.0.1:4100" }))).toBe("http://127.0.0.1:4100/documents/1");
  });

  it("falls back to the development address outside production", () => {
    expect(publicBaseUrl(parseConfig({}))).toBe(DEVELOPMENT_BASE_URL);
  });

  it.each(["ftp://xxgk.example.gov.cn", "https://xxgk.example.gov.cn/portal", "https://xxgk.example.gov.cn/?a=1", "https://xxgk.example.gov.cn/#top", "xxgk.example.gov.cn"])(
    "refuses %s: it must be the site's root",
    (value) => {
      expect(problemsOf({ NEXTAUTH_URL: value })).toEqual(["NEXTAUTH_URL"]);
    },
  );
});

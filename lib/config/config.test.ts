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

  it("names a malformed number", () => {
    expect(problemsOf({ APPLICATION_RATE_LIMIT: "twenty" })).toEqual(["APPLICATION_RATE_LIMIT"]);
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

import { defineConfig, devices } from "@playwright/test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { clearNextPageCache } from "./scripts/next-cache";

/**
 * E2E tests run the built app (`next build` first) on a free port with a fresh embedded database.
 * The port and folder are chosen once in the runner and inherited by the workers through env.
 */
function freePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
}

process.env.E2E_PORT ??= String(freePort());
if (!process.env.E2E_DATA_DIR) {
  // In the runner only (workers inherit the folder): a fresh database, and no pages cached from an earlier one.
  process.env.E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-"));
  clearNextPageCache();
}
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1, // one embedded database behind one server: keep the journeys deterministic
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npm run db:seed && npx next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: "",
      APP_ENV: "test",
      // The one public address letters, the feed and the sitemap print (lib/config publicBaseUrl).
      NEXTAUTH_URL: baseURL,
      LOGIN_RATE_LIMIT: "50",
      // The fuzz spec calls the registration action many times from 127.0.0.1; the limit itself is
      // tested against a server of its own (e2e/security-auth.spec.ts).
      REGISTER_RATE_LIMIT: "1000",
      // The suite files far more than 20 applications an hour from 127.0.0.1 (each journey files its
      // own); the filing limit itself is tested against a server of its own (e2e/security-auth.spec.ts).
      APPLICATION_RATE_LIMIT: "1000",
    },
  },
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/db/open";
import { lockDataDir } from "@/db/pglite-lock";
import { seedDatabase } from "@/db/seed";
import { importRegister } from "@/lib/applications/import-register";
import { TABLE3_KEYS } from "@/lib/annual-report/rules/rows";

const BALITAI = "11120112MB1957322H";

/** `npm run report` as a user runs it: a separate process on an embedded data folder. */
function runReport(dataDir: string, args: string[]) {
  return spawnSync("npx", ["tsx", "scripts/report.ts", ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 90_000,
  });
}

describe("npm run report", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-report-"));
    const options = { driver: "pglite" as const, dataDir };
    const handle = await openDatabase(options);
    await migrateDatabase(options, handle);
    await seedDatabase(handle.db);
    const register = [
      "caseNumber,agency,applicantType,orgKind,channel,receivedOn,finishedOn,reportRow,feePaid",
      `C-2023-01,${BALITAI},person,,online,2023-12-28,2024-01-08,1,`,
      `C-2024-01,${BALITAI},organization,research,online,2024-04-01,2024-04-20,3.4,`,
      `C-2024-02,${BALITAI},person,,online,2024-12-30,,,`,
    ].join("\n");
    expect(await importRegister(handle.db, register)).toMatchObject({ errors: [], imported: 3 });
    await handle.close();
  }, 120_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("prints the computed draft in the JSON shape (agency by short name)", () => {
    const child = runReport(dataDir, ["--agency", "八里台镇人民政府", "--year", "2024", "--json"]);
    expect(child.stderr).not.toMatch(/error/i);
    expect(child.status).toBe(0);
    const report = JSON.parse(child.stdout);
    expect(report).toMatchObject({ agencyCode: BALITAI, year: 2024, status: "draft", invariantsOk: true, violations: [] });
    expect(Object.keys(report.table3).sort()).toEqual([...TABLE3_KEYS].sort());
    expect(report.table3.new).toMatchObject({ person: 1, research: 1, total: 2 });
    expect(report.table3.carriedIn.total).toBe(1);
    expect(report.table3["3"].research).toBe(1);
    expect(report.table3.carriedOut.total).toBe(1);
    expect(report.table2.chargesWan).toBe("0.0000");
    expect(Object.keys(report.table4)).toEqual(["reconsideration", "litigationDirect", "litigationAfterReconsideration"]);
    expect(report.fees).toEqual({ noticesIssued: 0, noticesAmount: 0, collected: 0 });
  }, 120_000);

  it("names a bad argument or an unknown agency", () => {
    const badYear = runReport(dataDir, ["--agency", BALITAI, "--year", "24"]);
    expect(badYear.status).toBe(2);
    expect(badYear.stderr).toContain("--year");
    const unknown = runReport(dataDir, ["--agency", "不存在的机关", "--year", "2024", "--json"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("找不到机关“不存在的机关”");
  }, 120_000);

  it("refuses with a clear message while a server holds the data folder", () => {
    const release = lockDataDir(dataDir);
    try {
      const child = runReport(dataDir, ["--agency", BALITAI, "--year", "2024", "--json"]);
      expect(child.status).toBe(2);
      expect(child.stdout).toBe("");
      expect(child.stderr).toContain("正被另一个进程");
      expect(child.stderr).toContain(path.resolve(dataDir));
    } finally {
      release();
    }
  }, 120_000);
});

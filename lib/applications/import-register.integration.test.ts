import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { agencies, applicationEvents, applications } from "@/db/schema";
import { lockDataDir } from "@/db/pglite-lock";
import { aggregateYear } from "@/db/queries/annual-report";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import { performAction } from "@/lib/applications/workbench/perform-action";
import { loadCase } from "./case/load";
import { ConflictError } from "@/lib/errors";
import { computeReport } from "@/lib/annual-report/rules/compute";
import { EXPECTED_2024_COLLECTED, EXPECTED_2024_TABLE3 } from "@/lib/annual-report/rules/fixtures/register-2024";
import { TABLE3_KEYS } from "@/lib/annual-report/rules/rows";
import { emptyInput } from "@/lib/annual-report/rules/test-support";
import { availableActions } from "@/lib/applications/case/engine";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor } from "@/test/applications";
import { importRegister } from "./import-register";

const FIXTURE = path.join(import.meta.dirname, "..", "annual-report", "rules", "fixtures", "register-2024.csv");
const HEADER = "caseNumber,agency,applicantType,orgKind,channel,receivedOn,finishedOn,reportRow,feePaid";

describe.each(TEST_DRIVERS)("import:applications (%s)", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let balitai: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    [{ id: balitai }] = (await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, "11120112MB1957322H"))) as [{ id: string }];
  }, 120_000);
  afterAll(async () => database?.destroy());

  const applicationCount = async () => Number((await db.select({ n: count() }).from(applications))[0]!.n);

  it("refuses a file with bad rows, naming each line, and imports nothing from it", async () => {
    const csv = [
      HEADER,
      "OK-1,八里台镇人民政府,person,,online,2024-03-01,2024-03-20,1,",
      "BAD-1,八里台镇人民政府,person,,online,2024-03-01,2024-02-20,1,",
      "BAD-2,不存在的机关,organization,,fax,2024-13-01,,3.9,-5",
    ].join("\n");
    const before = await applicationCount();
    const report = await importRegister(db, csv);
    expect(report.imported).toBe(0);
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [3, "finishedOn"],
      [4, "agency"],
      [4, "orgKind"],
      [4, "receivedOn"],
      [4, "reportRow"],
      [4, "finishedOn"],
      [4, "feePaid"],
    ]);
    expect(report.errors[0]!.message).toBe("办结日期（finishedOn）（2024-02-20）不能早于收到申请之日（receivedOn）（2024-03-01）。");
    expect(await applicationCount()).toBe(before);
  });

  it("imports the fixture register, and its 2024 reproduces the expected table 三 exactly", async () => {
    const report = await importRegister(db, fs.readFileSync(FIXTURE));
    expect(report).toEqual({ errors: [], imported: 40, skipped: 0 });
    const aggregate = await aggregateYear(db, balitai, 2024);
    const computed = computeReport(emptyInput({ ...aggregate }));
    for (const key of TABLE3_KEYS) {
      const c = computed.table3[key];
      expect({ key, cells: [c.person, c.commercial, c.research, c.nonprofit, c.legal, c.other, c.total] }).toEqual({ key, cells: EXPECTED_2024_TABLE3[key] });
    }
    expect(aggregate.fees).toEqual({ noticesIssued: 0, noticesAmount: 0, collected: EXPECTED_2024_COLLECTED });
    expect(computed.invariantsOk).toBe(true);
  });

  it("is idempotent on (agency, case number): a re-run skips every row; a changed row or a live case number is refused", async () => {
    const before = await applicationCount();
    expect(await importRegister(db, fs.readFileSync(FIXTURE))).toEqual({ errors: [], imported: 0, skipped: 40 });
    expect(await applicationCount()).toBe(before);

    const changed = fs.readFileSync(FIXTURE, "utf8").replace("BLT-2023-031,2023-03-02,2023-03-28", "BLT-2023-031,2023-03-02,2023-03-29");
    const refused = await importRegister(db, changed);
    expect(refused.imported).toBe(0);
    expect(refused.errors).toEqual([
      { line: 2, column: "caseNumber", message: "受理编号（caseNumber）“BLT-2023-031”已导入过，但内容与本行不同：已导入的历史记录不可修改。" },
    ]);
    expect(await applicationCount()).toBe(before);
  });

  it("keeps an imported application as read-only history: an `imported` event, archived, and the workbench refuses every action", async () => {
    const [row] = await db.select().from(applications).where(and(eq(applications.agencyId, balitai), eq(applications.caseNumber, "BLT-2024-001")));
    expect(row).toMatchObject({ archived: true, applicantName: expect.stringMatching(/^历史登记导入（/), decision: null });
    const events = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, row!.id));
    expect(events.map((e) => e.type)).toEqual(["imported"]);
    const reviewer = await actorFor(db, "reviewer@balitai.example");
    const clerk = await actorFor(db, "clerk@balitai.example");
    await expect(performAction(db, clerk, row!.id, "internalNote", { text: "补记" })).rejects.toSatisfy(
      (error) => error instanceof ConflictError && error.message === "本申请是从历史登记簿导入的记录，只读，不能在系统中办理。",
    );
    const file = await loadCase(db, row!.id, "2026-03-02");
    for (const actor of [clerk, reviewer]) expect(availableActions(file!.snapshot, actor, "2026-03-02", file!.env)).toEqual([]);
  });
});

describe("npm run import:applications on PGlite", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-import-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = () =>
    spawnSync("npx", ["tsx", "scripts/import-applications.ts", FIXTURE], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 120_000,
    });

  it("lists the bad rows by line and exits 1 (here: no agency configured yet), importing nothing", () => {
    const child = run();
    expect(child.status).toBe(1);
    expect(child.stderr).toContain("未导入任何数据：40 处问题");
    expect(child.stderr).toContain("第 2 行 agency：未找到机关（agency）“11120112MB1957322H”");
    expect(child.stderr).toContain("第 41 行 agency：");
  }, 120_000);

  it("refuses while another process (a server) holds the data folder", () => {
    const release = lockDataDir(dir);
    try {
      const child = run();
      expect(child.status).toBe(2);
      expect(child.stderr).toContain("正被另一个进程");
    } finally {
      release();
    }
  }, 120_000);
});

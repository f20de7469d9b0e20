import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import { importRegister } from "@/lib/applications/import-register";
import type { Actor } from "@/lib/auth/roles";
import { ReportInvariantError } from "@/lib/annual-report/rules/invariants";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor } from "@/test/applications";
import { saveReportInputs } from "./inputs";
import { loadAnnualReport } from "./public-report";
import { publishAnnualReport } from "./publish";

const BALITAI = "11120112MB1957322H";
const HEADER = "caseNumber,agency,applicantType,orgKind,channel,receivedOn,finishedOn,reportRow,feePaid";
/** 2024: two finished, one natural person's application still open at the year's end (carried into 2025). */
const REGISTER_2024 = [
  HEADER,
  `C-2024-01,${BALITAI},person,,online,2024-02-01,2024-02-20,1,`,
  `C-2024-02,${BALITAI},organization,commercial,online,2024-03-01,2024-03-25,2,`,
  `C-2024-03,${BALITAI},person,,online,2024-12-30,,,`,
].join("\n");
/** Brought in after 2024's report was published: received in 2024, still open on 31 Dec 2024. */
const LATE_2024 = [HEADER, `C-2024-04,${BALITAI},person,,registered_mail,2024-12-20,,,`].join("\n");
const INPUTS = { licensing: 0, penalties: 0, coercion: 0, chargesWan: "0", overview: "本年度……", problems: "一是……", other: "无。" };

/** Issue #7: a report with a broken invariant cannot be published and says which cell is wrong. */
describe.each(TEST_DRIVERS)("publishing refuses a 上年结转 that disagrees with last year's published report (%s)", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let reviewer: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    reviewer = await actorFor(db, "reviewer@balitai.example");
    expect(await importRegister(db, REGISTER_2024)).toMatchObject({ errors: [], imported: 3 });
  }, 120_000);
  afterAll(async () => database?.destroy());

  it("names the cell (table3.carriedIn.person) and both numbers, and publishes nothing", async () => {
    await saveReportInputs(db, reviewer, 2024, INPUTS, { now: new Date("2025-01-15T02:00:00Z") });
    await publishAnnualReport(db, reviewer, 2024, { now: new Date("2025-01-15T02:00:00Z") });
    expect((await loadAnnualReport(db, null, BALITAI, "2024")).table3.carriedOut.person).toBe(1);

    // A 2024 application registered after the report was published: 2025's 上年结转 now counts 2.
    expect(await importRegister(db, LATE_2024)).toMatchObject({ errors: [], imported: 1 });
    const now = new Date("2026-01-15T02:00:00Z");
    await saveReportInputs(db, reviewer, 2025, INPUTS, { now });
    const refused = (await publishAnnualReport(db, reviewer, 2025, { now }).catch((e: unknown) => e)) as ReportInvariantError;
    expect(refused).toBeInstanceOf(ReportInvariantError);
    expect(refused.violations.map((v) => v.cell)).toEqual(["table3.carriedIn.person", "table3.carriedIn.total"]);
    expect(refused.message).toContain("“自然人”列：二、上年结转政府信息公开申请数量（2）应等于2024年度报告的四、结转下年度继续办理（1）");
    expect((await loadAnnualReport(db, reviewer, BALITAI, "2025")).status).toBe("draft");

    // Once section 六 explains the difference and the reviewer confirms it, the true numbers are published.
    await publishAnnualReport(db, reviewer, 2025, { now, carryOverExplained: true });
    const published = await loadAnnualReport(db, null, BALITAI, "2025");
    expect(published.status).toBe("published");
    expect(published.table3.carriedIn.person).toBe(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agencies } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor } from "@/test/applications";
import { seedDemoReportYear } from "@/lib/applications/demo-report-year";
import { computeDraft } from "./compute-draft";
import { loadDistrictReport } from "./district";

const BALITAI = "11120112MB1957322H";
const JINNAN = "11120112000069010W";

/** Issue 15.3: the district's consolidated report, for the platform's host only. */
describe.each(TEST_DRIVERS)("the district's consolidated annual report (%s)", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let hostAdmin: Actor, hostClerk: Actor, townReviewer: Actor, citizen: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    await seedDemoReportYear(db);
    hostAdmin = await actorFor(db, "admin@jinnan.example");
    hostClerk = await actorFor(db, "clerk@jinnan.example");
    townReviewer = await actorFor(db, "reviewer@balitai.example");
    citizen = await actorFor(db, "citizen@example.com");
  });
  afterAll(async () => database?.destroy());

  const draftOf = async (code: string, year: number) => (await computeDraft(db, (await db.select().from(agencies).where(eq(agencies.code, code)))[0]!, year)).report;

  it("sums every agency's tables, checks the sum, and compares the agencies", async () => {
    const district = await loadDistrictReport(db, hostAdmin, 2024, null);
    const [balitai, jinnan] = [await draftOf(BALITAI, 2024), await draftOf(JINNAN, 2024)];
    expect(district.host).toEqual({ code: JINNAN, name: "天津市津南区人民政府" });
    expect(district.agencies.every((a) => a.selected)).toBe(true);
    expect(district.consolidated.report.table3.new.total).toBe(balitai.table3.new.total + jinnan.table3.new.total);
    expect(district.consolidated.report.table3.total.total).toBe(balitai.table3.total.total + jinnan.table3.total.total);
    expect(district.consolidated.report.fees.collected).toBe(balitai.fees.collected + jinnan.fees.collected);
    expect(district.consolidated.report.invariantsOk).toBe(true);
    expect(district.consolidated.agencies.map((a) => [a.agencyCode, a.invariantsOk])).toEqual(expect.arrayContaining([[BALITAI, true], [JINNAN, true]]));
    const town = district.comparison.find((c) => c.agencyCode === BALITAI)!;
    // The demo's 2024 year: 24 applications received and finished, all replies on time (performance.ts, net of pauses).
    expect(town).toMatchObject({ received: 24, finished: 24, carriedOut: 0, onTimeRate: 1 });
    expect(town.disclosed + town.notDisclosed + town.cannotProvide + town.notProcessed + town.otherHandling).toBe(town.finished);
  });

  it("sums only the selected agencies; an unknown code is a Chinese validation error", async () => {
    const one = await loadDistrictReport(db, hostAdmin, 2024, [BALITAI]);
    expect(one.agencies.filter((a) => a.selected).map((a) => a.code)).toEqual([BALITAI]);
    expect(one.consolidated.report.table3).toEqual((await draftOf(BALITAI, 2024)).table3);
    const refused = await loadDistrictReport(db, hostAdmin, 2024, ["91110000000000000X"]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).errors[0]!.message).toContain("91110000000000000X");
  });

  it("is refused to a town's reviewer, the host's clerk, a citizen and nobody", async () => {
    await expect(loadDistrictReport(db, townReviewer, 2024, null)).rejects.toThrow(new ForbiddenError("只有本平台主办机关（区政务公开办）可以汇总各机关的年度报告。"));
    await expect(loadDistrictReport(db, hostClerk, 2024, null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadDistrictReport(db, citizen, 2024, null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadDistrictReport(db, null, 2024, null)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import { seedDemoReportYear } from "@/lib/applications/demo-report-year";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, createCitizen } from "@/test/applications";
import { loadStatistics } from "./load-statistics";

describe.each(TEST_DRIVERS)("staff statistics on %s", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let reviewer: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await seedDatabase(db);
    await seedDemoReportYear(db);
    reviewer = await actorFor(db, "reviewer@balitai.example");
  }, 300_000);
  afterAll(async () => database?.destroy());

  it("counts the demo 2024 from SQL: per month, by decision, on time, working days, fees", async () => {
    const stats = await loadStatistics(db, reviewer, 2024);
    expect(stats.received).toBe(24);
    expect(stats.finished).toBe(24);
    expect(stats.perMonth.map((m) => m.value)).toEqual([2, 1, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2]);
    expect(stats.decisionGroups.map((g) => g.value)).toEqual([12, 2, 2, 6, 1, 1]);
    expect(stats.decisionGroups[0]!.label).toBe("（一）予以公开");
    expect(stats.decisionRows.find((r) => r.row === "4.1")).toMatchObject({ value: 5, label: "（四）无法提供 1.本机关不掌握相关政府信息" });
    // 23 replies (the withdrawal is no reply), every one on time.
    expect(stats.replies).toMatchObject({ total: 23, onTime: 23, late: 0, unknown: 0, onTimeRate: 1 });
    expect(stats.replies.averageWorkingDays).toBeGreaterThan(5);
    expect(stats.replies.averageWorkingDays).toBeLessThan(20);
    expect(stats.fees.noticesIssued).toBe(1);
    expect(stats.fees.collected).toBe(stats.fees.noticesAmount);
    for (const login of ["clerk@balitai.example", "admin@balitai.example"]) {
      expect((await loadStatistics(db, await actorFor(db, login), 2024)).received).toBe(24);
    }
  });

  it("shows another agency only its own (empty) figures", async () => {
    const stats = await loadStatistics(db, await actorFor(db, "clerk@jinnan.example"), 2024);
    expect(stats.received).toBe(0);
    expect(stats.replies.onTimeRate).toBeNull();
    expect(stats.replies.averageWorkingDays).toBeNull();
  });

  it("is forbidden to the publisher and to applicants, and asks a visitor to log in", async () => {
    await expect(loadStatistics(db, await actorFor(db, "publisher@balitai.example"), 2024)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadStatistics(db, await createCitizen(db, `stats-${driver}@example.com`), 2024)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadStatistics(db, null, 2024)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

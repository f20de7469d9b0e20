import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase, DEMO_AGENCIES } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { authenticate } from "@/lib/users/authenticate";
import { getAgencyOverview } from "./overview";

describe.each(TEST_DRIVERS)("agency overview access (%s)", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(() => database.destroy());

  const balitai = DEMO_AGENCIES[0]!.code;
  const jinnan = DEMO_AGENCIES[1]!.code;
  const login = (identifier: string, password: string) => authenticate(database.db, { identifier, password }, "10.4.0.1");

  it("shows a clerk their own agency with the policy defaults", async () => {
    const clerk = await login("clerk@balitai.example", "Clerk-2026");
    const overview = await getAgencyOverview(database.db, clerk, balitai);
    expect(overview.name).toContain("八里台");
    expect(overview.policy.feePausesClock).toBe(true);
    expect(overview.policy.correctionDeadlineWorkingDays).toBe(15);
  });

  it("refuses a clerk another agency's data", async () => {
    const clerk = await login("clerk@balitai.example", "Clerk-2026");
    await expect(getAgencyOverview(database.db, clerk, jinnan)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a citizen", async () => {
    const citizen = await login("citizen@example.com", "Citizen-2026");
    await expect(getAgencyOverview(database.db, citizen, balitai)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("says not found for an unknown code", async () => {
    const clerk = await login("clerk@balitai.example", "Clerk-2026");
    await expect(getAgencyOverview(database.db, clerk, "000000000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});

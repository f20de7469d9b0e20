import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { revealApplicantIdNumber } from "./reveal-identity";
import { submitApplication } from "./submit-application";

describe.each(TEST_DRIVERS)("revealing an applicant's ID number on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(async () => database?.destroy());

  it("shows it to the handling agency's clerk with a reason and audits the reveal; refuses others", async () => {
    const { db } = database;
    const { applicationId } = await submitApplication(db, null, PERSON_APPLICATION, PROOF, { ip: "192.0.2.9", storage: temporaryStorage() });
    const clerk = await actorFor(db, "clerk@balitai.example");
    await expect(revealApplicantIdNumber(db, clerk, applicationId, { reason: " " })).rejects.toBeInstanceOf(ValidationError);
    expect(await revealApplicantIdNumber(db, clerk, applicationId, { reason: "核对身份证明" })).toEqual({ idType: "居民身份证", idNumber: "440524188001010014" });
    const entries = await db.select().from(auditLog).where(eq(auditLog.targetId, applicationId));
    expect(entries).toMatchObject([{ action: "pii.revealed", after: { field: "idNumber", reason: "核对身份证明" } }]);
    expect(JSON.stringify(entries)).not.toContain("440524188001010014");

    const otherAgencyClerk = await actorFor(db, "clerk@jinnan.example");
    await expect(revealApplicantIdNumber(db, otherAgencyClerk, applicationId, { reason: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    const citizen = await actorFor(db, "citizen@example.com");
    await expect(revealApplicantIdNumber(db, citizen, applicationId, { reason: "x" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

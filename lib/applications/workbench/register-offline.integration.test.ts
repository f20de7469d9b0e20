import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { applications, letters } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createSeededDatabase, ORGANIZATION_APPLICATION, PERSON_APPLICATION, type SeededDatabase } from "@/test/applications";
import { hashTrackingCode } from "../tracking-code";
import { performAction } from "./perform-action";
import { registerOfflineApplication } from "./register-offline";

const FRIDAY = new Date("2026-03-06T02:00:00Z");

describe.each(TEST_DRIVERS)("registering offline applications on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, reviewer: Actor, otherClerk: Actor;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, reviewer, otherClerk } = database.actors);
  });
  afterAll(async () => database?.destroy());

  it("a registered letter signed for on Monday is received that day (条例第三十一条) with its receipt", async () => {
    const result = await registerOfflineApplication(
      db,
      clerk,
      { channel: "registered_mail", receivedOn: "2026-03-02", identityShownInPerson: false, application: ORGANIZATION_APPLICATION },
      FRIDAY,
    );
    expect(result.caseNumber).toMatch(/^BLT-2026-\d{5}$/);
    const [row] = await db.select().from(applications).where(eq(applications.id, result.applicationId));
    expect(row).toMatchObject({
      channel: "registered_mail",
      status: "in_progress",
      receivedOn: "2026-03-02",
      replyDueOn: "2026-03-30",
      userId: null,
      trackingCodeHash: hashTrackingCode(result.trackingCode),
    });
    const [receipt] = await db.select().from(letters).where(eq(letters.applicationId, result.applicationId));
    expect(receipt!.content.paragraphs.join("")).toContain("以本机关签收之日为收到申请之日");
  });

  it("the agency is the clerk's own, whatever the form says", async () => {
    const result = await registerOfflineApplication(
      db,
      otherClerk,
      { channel: "in_person", receivedOn: "2026-03-06", application: PERSON_APPLICATION },
      FRIDAY,
    );
    const [row] = await db.select().from(applications).where(eq(applications.id, result.applicationId));
    expect(row!.agencyId).toBe(otherClerk.agencyId);
  });

  it("per item (第四条): the applicant's 11th received application of the month costs 100元, counted by credit code", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) {
      const { applicationId } = await registerOfflineApplication(db, clerk, { channel: "in_person", receivedOn: "2026-04-01", application: ORGANIZATION_APPLICATION }, at("2026-04-01"));
      ids.push(applicationId);
    }
    await expect(performAction(db, clerk, ids[9]!, "proposeFee", { method: "perItem" }, { now: at("2026-04-01") })).rejects.toThrow(/0元/);
    await performAction(db, clerk, ids[10]!, "proposeFee", { method: "perItem" }, { now: at("2026-04-01") });
    const approved = await performAction(db, reviewer, ids[10]!, "approveFee", {}, { now: at("2026-04-01") });
    const [notice] = await db.select().from(letters).where(eq(letters.id, approved.letterId!));
    expect(JSON.stringify(notice!.content)).toMatch(/第11件[\s\S]*100元/);
  });

  it("refuses other roles, the online channel, a future date and an invalid form with per-field paths", async () => {
    const good = { channel: "in_person", receivedOn: "2026-03-06", application: PERSON_APPLICATION };
    await expect(registerOfflineApplication(db, reviewer, good, FRIDAY)).rejects.toThrow(ForbiddenError);
    await expect(registerOfflineApplication(db, clerk, { ...good, channel: "online" }, FRIDAY)).rejects.toThrow(ValidationError);
    await expect(registerOfflineApplication(db, clerk, { ...good, receivedOn: "2026-03-09" }, FRIDAY)).rejects.toThrow(/不能晚于今天/);
    await expect(
      registerOfflineApplication(db, clerk, { ...good, application: { ...PERSON_APPLICATION, applicant: { ...PERSON_APPLICATION.applicant, idNumber: "440524188001010015" } } }, FRIDAY),
    ).rejects.toSatisfy((e) => e instanceof ValidationError && e.errors.some((x) => x.path === "application.applicant.idNumber"));
  });
});

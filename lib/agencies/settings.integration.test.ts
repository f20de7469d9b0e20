import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agencies, auditLog } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { findAgency } from "@/db/queries/agencies";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/roles";
import { authenticate } from "@/lib/users/authenticate";
import { verifyAuditChain } from "@/lib/audit";
import { getAgencySettings, updateAgencySettings } from "./settings";
import { forgetSiteInfo, getSiteInfo } from "./site";

const BALITAI = "11120112MB1957322H";
const JINNAN = "11120112000069010W";

describe.each(TEST_DRIVERS)("agency settings (%s)", (driver) => {
  let database: TestDatabase;
  const actors: Record<string, Actor> = {};

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
    forgetSiteInfo(); // per-process cache; the other driver's run filled it
    const logins = {
      admin: ["admin@balitai.example", "Admin-2026"],
      jinnanAdmin: ["admin@jinnan.example", "Admin-2026"],
      clerk: ["clerk@balitai.example", "Clerk-2026"],
      citizen: ["citizen@example.com", "Citizen-2026"],
    } as const;
    for (const [key, [identifier, password]] of Object.entries(logins)) {
      actors[key] = await authenticate(database.db, { identifier, password }, "10.0.0.1");
    }
  });
  afterAll(() => database.destroy());

  async function form() {
    const { code: _code, ...values } = await getAgencySettings(database.db, actors.admin!, BALITAI);
    return values;
  }

  it("shows the admin their agency's settings, with policy defaults filled in", async () => {
    const values = await form();
    expect(values).toMatchObject({ shortName: "八里台镇人民政府", letterPrefix: "八里台政公开" });
    expect(values.policy).toMatchObject({ correctionDeadlineWorkingDays: 15, reminderWorkingDays: "3、1", feePausesClock: true });
  });

  it("saves nothing and logs nothing when nothing changed", async () => {
    expect(await updateAgencySettings(database.db, actors.admin!, BALITAI, await form())).toEqual({ changed: [] });
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, "agency.updated"))).toHaveLength(0);
  });

  it("changes the disclosure-office phone and a policy setting, audits before/after, and the site shows it", async () => {
    await getSiteInfo(database.db); // cached before the change
    const values = await form();
    values.disclosureOffice.phone = "022-88001234";
    values.policy.reminderWorkingDays = "5，2、2";
    const result = await updateAgencySettings(database.db, actors.admin!, BALITAI, values, { ip: "10.7.0.1" });
    expect(result.changed).toEqual(["disclosureOffice", "policy"]);

    const [row] = await database.db.select().from(agencies).where(eq(agencies.code, BALITAI));
    expect(row!.disclosureOffice.phone).toBe("022-88001234");
    expect(row!.policy).toMatchObject({ reminderWorkingDays: [5, 2], correctionDeadlineWorkingDays: 15 });

    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "agency.updated"));
    expect(entry).toMatchObject({ ip: "10.7.0.1", targetId: BALITAI, actorName: "王管理" });
    expect(entry!.before).toMatchObject({ disclosureOffice: { phone: "022-88000000" }, policy: { reminderWorkingDays: [3, 1] } });
    expect(entry!.after).toMatchObject({ disclosureOffice: { phone: "022-88001234" }, policy: { reminderWorkingDays: [5, 2] } });
    expect(Object.keys(entry!.before as object).sort()).toEqual(["disclosureOffice", "policy"]);

    expect((await getSiteInfo(database.db))!.host.disclosureOffice.phone).toBe("022-88001234");
    expect(await verifyAuditChain(database.db, { agencyId: row!.id })).toMatchObject({ ok: true });
  });

  it("refuses invalid settings with Chinese messages by field", async () => {
    const values = await form();
    values.indexNumberTemplate = "{agencyCode}/{year}";
    values.disclosureOffice.postcode = "3003";
    values.policy.correctionDeadlineWorkingDays = 0;
    values.policy.annualReportDueOn = "1-31";
    values.policy.caseNumberPrefix = "blt";
    const error = (await updateAgencySettings(database.db, actors.admin!, BALITAI, values).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    const byPath = Object.fromEntries(error.errors.map((e) => [e.path, e.message]));
    expect(byPath["indexNumberTemplate"]).toContain("流水号占位符");
    expect(byPath["disclosureOffice.postcode"]).toBe("邮政编码应为 6 位数字。");
    expect(byPath["policy.correctionDeadlineWorkingDays"]).toBe("补正期限至少 1 个工作日。");
    expect(byPath["policy.annualReportDueOn"]).toContain("MM-DD");
    expect(byPath["policy.caseNumberPrefix"]).toContain("受理编号前缀");
    values.indexNumberTemplate = "{agencyCode}/{yr}-{serial}";
    await expect(updateAgencySettings(database.db, actors.admin!, BALITAI, { ...values, disclosureOffice: (await form()).disclosureOffice, policy: (await form()).policy })).rejects.toThrow("占位符{yr}无效");
  });

  it("an admin of one agency can never read or change another's settings", async () => {
    const values = await form();
    await expect(updateAgencySettings(database.db, actors.jinnanAdmin!, BALITAI, { ...values, name: "被篡改" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getAgencySettings(database.db, actors.jinnanAdmin!, BALITAI)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateAgencySettings(database.db, actors.admin!, JINNAN, values)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await findAgency(database.db, BALITAI))!.name).toBe("天津市津南区八里台镇人民政府");
    expect((await findAgency(database.db, JINNAN))!.name).toBe("天津市津南区人民政府");
  });

  it("refuses clerks and citizens, and an unknown agency is 404", async () => {
    const values = await form();
    for (const who of ["clerk", "citizen"]) {
      await expect(updateAgencySettings(database.db, actors[who]!, BALITAI, values)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getAgencySettings(database.db, actors[who]!, BALITAI)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(updateAgencySettings(database.db, actors.admin!, "NOSUCHAGENCY", values)).rejects.toBeInstanceOf(NotFoundError);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, sql } from "drizzle-orm";
import { agencies, auditLog } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { findAgency } from "@/db/queries/agencies";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/roles";
import { authenticate } from "@/lib/users/authenticate";
import { createStaffUser } from "@/lib/users/staff-users";
import { registerCitizen } from "@/lib/users/register-citizen";
import { listAuditEntries, recordApplicationAction, recordAudit, recordPiiReveal, verifyAgencyAuditChain, verifyAuditChain } from "./index";
import { GENESIS_HASH } from "./hash";

describe.each(TEST_DRIVERS)("audit log (%s)", (driver) => {
  let database: TestDatabase;
  let admin: Actor;
  let jinnanAdmin: Actor;
  let clerk: Actor;
  let citizen: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
    admin = await authenticate(database.db, { identifier: "admin@balitai.example", password: "Admin-2026" }, "192.0.2.10");
    jinnanAdmin = await authenticate(database.db, { identifier: "admin@jinnan.example", password: "Admin-2026" }, "192.0.2.11");
    clerk = await authenticate(database.db, { identifier: "clerk@balitai.example", password: "Clerk-2026" }, "192.0.2.12");
    citizen = await authenticate(database.db, { identifier: "citizen@example.com", password: "Citizen-2026" }, "192.0.2.13");
  });
  afterAll(() => database.destroy());

  async function newAgency(code: string): Promise<string> {
    const [row] = await database.db
      .insert(agencies)
      .values({ code, name: `测试机关${code}`, shortName: `测试${code}`, letterPrefix: "测试", reconsiderationBody: "x", court: "y", disclosureOffice: {} as never, siteIdentity: {} as never })
      .returning({ id: agencies.id });
    return row!.id;
  }

  it("records successful logins with the IP in the user's agency chain", async () => {
    const page = await listAuditEntries(database.db, admin, { action: "login.succeeded" });
    const own = page.entries.find((e) => e.ip === "192.0.2.10");
    expect(own).toMatchObject({ actorName: "王管理", actorRole: "admin", action: "login.succeeded" });
    expect(page.entries.some((e) => e.ip === "192.0.2.11")).toBe(false); // jinnan's login is not ours
  });

  it("records a failed login of a known account in its agency chain, and of an unknown one in the platform chain", async () => {
    await expect(authenticate(database.db, { identifier: "clerk@balitai.example", password: "nope-123" }, "198.51.100.7")).rejects.toBeInstanceOf(ValidationError);
    await expect(authenticate(database.db, { identifier: "ghost@example.com", password: "nope-123" }, "198.51.100.8")).rejects.toBeInstanceOf(ValidationError);
    const page = await listAuditEntries(database.db, admin, { action: "login.failed" });
    expect(page.entries[0]).toMatchObject({ actorName: "clerk@balitai.example", ip: "198.51.100.7", after: { reason: "wrong_password" } });
    const [ghost] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "login.failed"), eq(auditLog.actorName, "ghost@example.com")));
    expect(ghost).toMatchObject({ agencyId: null, actorUserId: null, ip: "198.51.100.8" });
  });

  it("records account creation with before/after, and a citizen's registration without copying contact details", async () => {
    const { userId } = await createStaffUser(database.db, admin, { name: "新审核", email: "audit.new@balitai.example", phone: "", role: "reviewer", password: "Haihe-Lantern-7315" }, { ip: "192.0.2.20" });
    const page = await listAuditEntries(database.db, admin, { action: "user.created" });
    expect(page.entries[0]).toMatchObject({ targetType: "user", targetId: userId, ip: "192.0.2.20", after: { name: "新审核", role: "reviewer" } });

    const citizenAccount = await registerCitizen(database.db, { name: "钱二", phone: "13700000001", email: "", password: "abc12345", confirmPassword: "abc12345" }, { ip: "192.0.2.21" });
    if (!citizenAccount.created) throw new Error("the citizen account should be new");
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.targetId, citizenAccount.userId));
    expect(entry).toMatchObject({ action: "user.registered", agencyId: null, after: null });
  });

  it("a failed use case leaves no audit entry (same transaction)", async () => {
    const before = (await listAuditEntries(database.db, admin, { action: "user.created" })).total;
    await expect(createStaffUser(database.db, admin, { name: "重复", email: "audit.new@balitai.example", phone: "", role: "clerk", password: "Haihe-Lantern-7315" })).rejects.toBeInstanceOf(ValidationError);
    expect((await listAuditEntries(database.db, admin, { action: "user.created" })).total).toBe(before);
  });

  it("records an ID reveal through the exported helper, without the value", async () => {
    await recordPiiReveal(database.db, clerk, { targetType: "application", targetId: "APP-1", field: "applicant.idNumber", ip: "192.0.2.30" });
    const page = await listAuditEntries(database.db, admin, { action: "pii.revealed" });
    expect(page.entries[0]).toMatchObject({ actorName: "李经办", targetId: "APP-1", after: { field: "applicant.idNumber" } });
  });

  it("records an applicant's workflow action in the handling agency's chain", async () => {
    await recordApplicationAction(database.db, citizen, { agencyId: admin.agencyId!, applicationId: "APP-2", action: "withdraw", fromStatus: "in_progress", toStatus: "closed", details: { reason: "不再需要" } });
    const page = await listAuditEntries(database.db, admin, { action: "application.withdraw" });
    expect(page.entries[0]).toMatchObject({ actorName: "张三", actorRole: "citizen", targetId: "APP-2", before: { status: "in_progress" }, after: { status: "closed", reason: "不再需要" } });
    await expect(recordAudit(database.db, { actor: admin, action: "Not A Code" })).rejects.toThrow("invalid audit action code");
  });

  it("filters by actor and date range (China time) and paginates", async () => {
    const byActor = await listAuditEntries(database.db, admin, { actor: "李经办" });
    expect(byActor.entries.length).toBeGreaterThan(0);
    expect(byActor.entries.every((e) => e.actorName === "李经办")).toBe(true);
    const past = await listAuditEntries(database.db, admin, { from: "2000-01-01", to: "2000-12-31" });
    expect(past.total).toBe(0);
    const page2 = await listAuditEntries(database.db, admin, { page: 2 });
    expect(page2.entries).toHaveLength(0);
    await expect(listAuditEntries(database.db, admin, { from: "2026-13-01" })).rejects.toBeInstanceOf(ValidationError);
    await expect(listAuditEntries(database.db, admin, { from: "2026-02-01", to: "2026-01-01" })).rejects.toThrow("结束日期不能早于开始日期");
  });

  it("refuses clerks and citizens; an admin sees only their own agency", async () => {
    await expect(listAuditEntries(database.db, clerk, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAuditEntries(database.db, citizen, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(verifyAgencyAuditChain(database.db, clerk)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(verifyAgencyAuditChain(database.db, citizen)).rejects.toBeInstanceOf(ForbiddenError);
    const jinnan = await listAuditEntries(database.db, jinnanAdmin, {});
    expect(jinnan.entries.every((e) => e.actorName !== "李经办" && e.actorName !== "王管理")).toBe(true);
    const balitai = await findAgency(database.db, "11120112MB1957322H");
    const rows = await database.db.select({ agencyId: auditLog.agencyId }).from(auditLog).where(eq(auditLog.actorName, "孙管理"));
    expect(rows.every((r) => r.agencyId !== balitai!.id)).toBe(true);
  });

  it("verifies every chain, the platform chain too", async () => {
    expect(await verifyAgencyAuditChain(database.db, admin)).toMatchObject({ ok: true });
    expect(await verifyAgencyAuditChain(database.db, jinnanAdmin)).toMatchObject({ ok: true });
    expect(await verifyAuditChain(database.db, { agencyId: null })).toMatchObject({ ok: true });
  });

  it("keeps a valid chain under concurrent appends", async () => {
    const agencyId = await newAgency("TESTCONCURRENT0001");
    const writers = Array.from({ length: 24 }, (_, i) =>
      database.db.transaction(async (tx) => {
        await recordAudit(tx, { actor: { ...admin, agencyId }, action: "agency.updated", after: { n: i } });
      }),
    );
    await Promise.all(writers);
    const result = await verifyAuditChain(database.db, { agencyId });
    expect(result).toEqual({ ok: true, checked: 24 });
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.agencyId, agencyId)).orderBy(asc(auditLog.id));
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(24);
  });

  it("refuses UPDATE, DELETE and TRUNCATE on audit_log", async () => {
    await expect(database.db.execute(sql`update audit_log set actor_name = 'x'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await verifyAgencyAuditChain(database.db, admin)).toMatchObject({ ok: true });
  });

  describe("tamper detection (trigger bypassed, as a superuser could)", () => {
    async function chainOf(code: string): Promise<{ agencyId: string; ids: number[] }> {
      const agencyId = await newAgency(code);
      const ids: number[] = [];
      for (let i = 0; i < 5; i++) ids.push((await recordAudit(database.db, { actor: { ...admin, agencyId }, action: "agency.updated", before: { phone: `0${i}` }, after: { phone: `1${i}` } })).id);
      return { agencyId, ids };
    }

    async function bypassingTrigger(statement: ReturnType<typeof sql>): Promise<void> {
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
        await tx.execute(statement);
        await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
      });
    }

    it("reports an edited entry", async () => {
      const { agencyId, ids } = await chainOf("TESTTAMPEREDIT0001");
      await bypassingTrigger(sql`update audit_log set after = '{"phone":"99"}'::jsonb where id = ${ids[2]}`);
      expect(await verifyAuditChain(database.db, { agencyId })).toEqual({ ok: false, checked: 2, brokenEntryId: ids[2], reason: "hash" });
    });

    it("reports the entry after a removed one", async () => {
      const { agencyId, ids } = await chainOf("TESTTAMPERDEL00001");
      await bypassingTrigger(sql`delete from audit_log where id = ${ids[1]}`);
      expect(await verifyAuditChain(database.db, { agencyId })).toEqual({ ok: false, checked: 1, brokenEntryId: ids[2], reason: "link" });
    });

    it("reports an entry whose stored hash was overwritten", async () => {
      const { agencyId, ids } = await chainOf("TESTTAMPERHASH0001");
      await bypassingTrigger(sql`update audit_log set hash = repeat('a', 64) where id = ${ids[3]}`);
      const result = await verifyAuditChain(database.db, { agencyId });
      expect(result).toMatchObject({ ok: false, brokenEntryId: ids[3], reason: "hash" });
    });
  });
});

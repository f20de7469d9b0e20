import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { outbox, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { ForbiddenError, RateLimitedError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/roles";
import { authenticate, defaultLoginLimits } from "./authenticate";
import { defaultLoginDelayPolicy } from "./login-delay";
import { registerCitizen } from "./register-citizen";
import { createStaffUser, listAgencyUsers } from "./staff-users";

describe.each(TEST_DRIVERS)("accounts and login (%s)", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(() => database.destroy());

  it("seeding twice is idempotent", async () => {
    const before = await database.db.select().from(users);
    await seedDatabase(database.db);
    expect(await database.db.select().from(users)).toHaveLength(before.length);
  });

  it("logs a demo clerk in with role and agency", async () => {
    const actor = await authenticate(database.db, { identifier: "clerk@balitai.example", password: "Clerk-2026" }, "10.0.0.1");
    expect(actor.role).toBe("clerk");
    expect(actor.agencyId).toBeTruthy();
  });

  it("stores passwords hashed with argon2id", async () => {
    const [row] = await database.db.select().from(users).where(eq(users.email, "clerk@balitai.example"));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a wrong password with a Chinese message", async () => {
    await expect(
      authenticate(database.db, { identifier: "reviewer@balitai.example", password: "wrong-1" }, "10.0.0.2"),
    ).rejects.toThrow("账号或密码错误");
  });

  it("delays an account's further attempts from the same address after repeated failures, even with the right password", async () => {
    const limits = defaultLoginLimits(3);
    const t0 = new Date("2026-03-02T02:00:00Z");
    for (let i = 0; i < 3; i++) {
      await expect(
        authenticate(database.db, { identifier: "publisher@balitai.example", password: `bad-${i}` }, "10.1.0.1", limits, t0),
      ).rejects.toBeInstanceOf(ValidationError);
    }
    const limited = authenticate(database.db, { identifier: "publisher@balitai.example", password: "Publisher-2026" }, "10.1.0.1", limits, t0);
    await expect(limited).rejects.toBeInstanceOf(RateLimitedError);
    await expect(limited).rejects.toThrow("登录失败次数过多，请 1 秒后再试");
    // The delay has passed: the right password works again (a growing delay, not a lock).
    const after = new Date(t0.getTime() + 1000);
    await expect(authenticate(database.db, { identifier: "publisher@balitai.example", password: "Publisher-2026" }, "10.1.0.1", limits, after)).resolves.toMatchObject({ role: "publisher" });
  });

  it("an attacker's failures cannot lock the owner out: the owner signs in at once from another address", async () => {
    const limits = defaultLoginLimits(5);
    for (let i = 0; i < 12; i++) {
      await authenticate(database.db, { identifier: "reviewer@balitai.example", password: `guess-${i}` }, "203.0.113.66", limits).catch(() => undefined);
    }
    await expect(
      authenticate(database.db, { identifier: "reviewer@balitai.example", password: "Reviewer-2026" }, "203.0.113.66", limits),
    ).rejects.toBeInstanceOf(RateLimitedError);
    await expect(
      authenticate(database.db, { identifier: "reviewer@balitai.example", password: "Reviewer-2026" }, "10.20.0.5", limits),
    ).resolves.toMatchObject({ role: "reviewer" });
  });

  it("checks the per-account limit atomically: of 25 parallel wrong attempts exactly 5 reach the password check", async () => {
    const limits = defaultLoginLimits(5);
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, (_, i) =>
        authenticate(database.db, { identifier: "clerk@jinnan.example", password: `parallel-${i}` }, "198.51.100.25", limits),
      ),
    );
    const reasons = results.map((r) => (r.status === "rejected" ? r.reason : r.value));
    expect(reasons.filter((r) => r instanceof ValidationError)).toHaveLength(5);
    expect(reasons.filter((r) => r instanceof RateLimitedError)).toHaveLength(20);
  });

  it("caps an address spraying many accounts", async () => {
    const limits = { perAccount: defaultLoginDelayPolicy(100), perIp: { limit: 4, windowSeconds: 900 } };
    for (let i = 0; i < 4; i++) {
      await expect(
        authenticate(database.db, { identifier: `nobody${i}@example.com`, password: "x" }, "10.9.9.9", limits),
      ).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(
      authenticate(database.db, { identifier: "admin@balitai.example", password: "Admin-2026" }, "10.9.9.9", limits),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("successful logins do not use up the address's cap (only failures count)", async () => {
    const limits = { perAccount: defaultLoginDelayPolicy(5), perIp: { limit: 2, windowSeconds: 900 } };
    for (let i = 0; i < 5; i++) {
      await expect(authenticate(database.db, { identifier: "clerk@balitai.example", password: "Clerk-2026" }, "10.9.9.10", limits)).resolves.toBeTruthy();
    }
  });

  it("registers a citizen by mobile number", async () => {
    const input = { name: "刘一", phone: "13912345678", email: "", password: "abc12345", confirmPassword: "abc12345" };
    expect(await registerCitizen(database.db, input)).toMatchObject({ created: true });
    const actor = await authenticate(database.db, { identifier: "13912345678", password: "abc12345" }, "10.2.0.1");
    expect(actor).toMatchObject({ role: "citizen", agencyId: null });
  });

  it("answers the same for an already registered identifier, keeps the account, and mails its owner instead", async () => {
    const fresh = { name: "孙二", phone: "", email: "sun.er@example.com", password: "abc12345", confirmPassword: "abc12345" };
    await expect(registerCitizen(database.db, fresh, { ip: "10.2.0.2" })).resolves.toMatchObject({ created: true });
    // Someone else tries the same address with their own password: no error, no new account, a notice to the owner.
    const again = { ...fresh, name: "冒名", password: "other1234", confirmPassword: "other1234" };
    await expect(registerCitizen(database.db, again, { ip: "10.2.0.3" })).resolves.toEqual({ created: false });
    await expect(registerCitizen(database.db, { ...again, phone: "13912345678", email: "" }, { ip: "10.2.0.3" })).resolves.toEqual({ created: false });
    const owner = await database.db.select().from(users).where(eq(users.email, "sun.er@example.com"));
    expect(owner).toHaveLength(1);
    expect(owner[0]!.name).toBe("孙二");
    await expect(authenticate(database.db, { identifier: "sun.er@example.com", password: "abc12345" }, "10.2.0.4")).resolves.toBeTruthy();
    const notices = await database.db.select().from(outbox).where(eq(outbox.to, "sun.er@example.com"));
    expect(notices.map((n) => n.kind)).toEqual(["account.registration_repeated"]);
  });

  it("limits sign-ups per address", async () => {
    const now = new Date("2026-03-02T03:10:00Z");
    for (let i = 0; i < 3; i++) {
      const input = { name: `批量${i}`, phone: "", email: `bulk${i}@example.com`, password: "abc12345", confirmPassword: "abc12345" };
      await registerCitizen(database.db, input, { ip: "203.0.113.12" }, { perIpPerHour: 3, now });
    }
    const fourth = { name: "批量3", phone: "", email: "bulk3@example.com", password: "abc12345", confirmPassword: "abc12345" };
    const refused = registerCitizen(database.db, fourth, { ip: "203.0.113.12" }, { perIpPerHour: 3, now });
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refused).rejects.toThrow("注册过于频繁");
    await expect(registerCitizen(database.db, fourth, { ip: "203.0.113.13" }, { perIpPerHour: 3, now })).resolves.toMatchObject({ created: true });
  });

  it("refuses a registration without phone or e-mail, naming the field", async () => {
    const error = await registerCitizen(database.db, { name: "x", phone: "", email: "", password: "abc12345", confirmPassword: "abc12345" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors[0]).toMatchObject({ path: "phone" });
  });

  describe("staff accounts", () => {
    async function actorFor(email: string, password: string): Promise<Actor> {
      return authenticate(database.db, { identifier: email, password }, "10.3.0.1");
    }

    it("an admin creates a staff account in their own agency", async () => {
      const admin = await actorFor("admin@balitai.example", "Admin-2026");
      await createStaffUser(database.db, admin, { name: "新经办", email: "new.clerk@balitai.example", phone: "", role: "clerk", password: "Haihe-Lantern-7315" });
      const list = await listAgencyUsers(database.db, admin);
      const created = list.find((u) => u.email === "new.clerk@balitai.example");
      expect(created?.role).toBe("clerk");
      const [row] = await database.db.select().from(users).where(eq(users.email, "new.clerk@balitai.example"));
      expect(row!.agencyId).toBe(admin.agencyId);
    });

    it("a clerk may not create accounts or list users", async () => {
      const clerk = await actorFor("clerk@balitai.example", "Clerk-2026");
      await expect(
        createStaffUser(database.db, clerk, { name: "x", email: "x@balitai.example", phone: "", role: "admin", password: "Haihe-Lantern-7315" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listAgencyUsers(database.db, clerk)).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("an admin sees only their own agency's staff", async () => {
      const jinnanAdmin = await actorFor("admin@jinnan.example", "Admin-2026");
      const list = await listAgencyUsers(database.db, jinnanAdmin);
      expect(list.map((u) => u.email)).not.toContain("clerk@balitai.example");
      expect(list.map((u) => u.email)).toContain("clerk@jinnan.example");
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { ForbiddenError, RateLimitedError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/roles";
import { authenticate, defaultLoginLimits } from "./authenticate";
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

  it("rate-limits an account after repeated failures, even with the right password", async () => {
    const limits = defaultLoginLimits(3);
    for (let i = 0; i < 3; i++) {
      await expect(
        authenticate(database.db, { identifier: "publisher@balitai.example", password: `bad-${i}` }, `10.1.0.${i}`, limits),
      ).rejects.toBeInstanceOf(ValidationError);
    }
    const limited = authenticate(database.db, { identifier: "publisher@balitai.example", password: "Publisher-2026" }, "10.1.0.9", limits);
    await expect(limited).rejects.toBeInstanceOf(RateLimitedError);
    await expect(limited).rejects.toThrow("登录失败次数过多");
  });

  it("rate-limits an IP spraying many accounts", async () => {
    const limits = { perAccount: { limit: 100, windowSeconds: 900 }, perIp: { limit: 4, windowSeconds: 900 } };
    for (let i = 0; i < 4; i++) {
      await expect(
        authenticate(database.db, { identifier: `nobody${i}@example.com`, password: "x" }, "10.9.9.9", limits),
      ).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(
      authenticate(database.db, { identifier: "admin@balitai.example", password: "Admin-2026" }, "10.9.9.9", limits),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("registers a citizen by mobile number, and refuses the same number twice", async () => {
    const input = { name: "刘一", phone: "13912345678", email: "", password: "abc12345", confirmPassword: "abc12345" };
    await registerCitizen(database.db, input);
    const actor = await authenticate(database.db, { identifier: "13912345678", password: "abc12345" }, "10.2.0.1");
    expect(actor).toMatchObject({ role: "citizen", agencyId: null });
    await expect(registerCitizen(database.db, input)).rejects.toThrow("已注册");
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
      await createStaffUser(database.db, admin, { name: "新经办", email: "new.clerk@balitai.example", phone: "", role: "clerk", password: "abc12345" });
      const list = await listAgencyUsers(database.db, admin);
      const created = list.find((u) => u.email === "new.clerk@balitai.example");
      expect(created?.role).toBe("clerk");
      const [row] = await database.db.select().from(users).where(eq(users.email, "new.clerk@balitai.example"));
      expect(row!.agencyId).toBe(admin.agencyId);
    });

    it("a clerk may not create accounts or list users", async () => {
      const clerk = await actorFor("clerk@balitai.example", "Clerk-2026");
      await expect(
        createStaffUser(database.db, clerk, { name: "x", email: "x@balitai.example", phone: "", role: "admin", password: "abc12345" }),
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

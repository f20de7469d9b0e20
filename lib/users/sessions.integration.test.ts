import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from "@/lib/errors";
import { authenticate, type AuthenticatedActor } from "./authenticate";
import { changePassword } from "./change-password";
import { endAllSessions, resolveSessionActor } from "./sessions";
import { createStaffUser, setStaffUserDisabled } from "./staff-users";

const IDLE = { staffIdleMinutes: 30 };
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

describe.each(TEST_DRIVERS)("sessions and passwords (%s)", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(() => database.destroy());

  const signIn = (identifier: string, password: string, now = new Date()) =>
    authenticate(database.db, { identifier, password }, "10.7.0.1", undefined, now);
  const claims = (actor: AuthenticatedActor) => ({ userId: actor.userId, sessionVersion: actor.sessionVersion });

  it("signing out (or any version bump) ends every session of the account at once, a stolen token too", async () => {
    const first = await signIn("clerk@balitai.example", "Clerk-2026");
    const second = await signIn("clerk@balitai.example", "Clerk-2026");
    expect(await resolveSessionActor(database.db, claims(first), IDLE)).toMatchObject({ role: "clerk" });
    await endAllSessions(database.db, first.userId); // what next-auth's signOut event does
    expect(await resolveSessionActor(database.db, claims(first), IDLE)).toBeNull();
    expect(await resolveSessionActor(database.db, claims(second), IDLE)).toBeNull();
    expect(await resolveSessionActor(database.db, { userId: first.userId, sessionVersion: undefined }, IDLE)).toBeNull();
    const again = await signIn("clerk@balitai.example", "Clerk-2026");
    expect(await resolveSessionActor(database.db, claims(again), IDLE)).toMatchObject({ role: "clerk" });
  });

  it("a staff session idle for longer than the timeout ends; activity keeps it alive; citizens are not timed out", async () => {
    const t0 = new Date("2026-03-02T02:00:00Z");
    const reviewer = await signIn("reviewer@balitai.example", "Reviewer-2026", t0);
    expect(await resolveSessionActor(database.db, claims(reviewer), { ...IDLE, now: minutes(t0, 20) })).not.toBeNull();
    expect(await resolveSessionActor(database.db, claims(reviewer), { ...IDLE, now: minutes(t0, 45) })).not.toBeNull(); // 25 min after the last request
    expect(await resolveSessionActor(database.db, claims(reviewer), { ...IDLE, now: minutes(t0, 76) })).toBeNull();
    expect(await resolveSessionActor(database.db, claims(reviewer), { ...IDLE, now: minutes(t0, 77) })).toBeNull();

    const citizen = await signIn("citizen@example.com", "Citizen-2026", t0);
    expect(await resolveSessionActor(database.db, claims(citizen), { ...IDLE, now: minutes(t0, 300) })).toMatchObject({ role: "citizen" });
  });

  it("changing the password ends every session, and staff passwords must meet the policy", async () => {
    const publisher = await signIn("publisher@balitai.example", "Publisher-2026");
    await expect(
      changePassword(database.db, publisher, { currentPassword: "wrong-1", newPassword: "Haihe-Lantern-7315", confirmPassword: "Haihe-Lantern-7315" }),
    ).rejects.toThrow("当前密码不正确");
    for (const weak of ["abc12345", "Password123", "publisher2026x"]) {
      const error = await changePassword(database.db, publisher, { currentPassword: "Publisher-2026", newPassword: weak, confirmPassword: weak }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors[0]!.path).toBe("newPassword");
    }
    expect(await resolveSessionActor(database.db, claims(publisher), IDLE)).not.toBeNull();

    await changePassword(database.db, publisher, { currentPassword: "Publisher-2026", newPassword: "Haihe-Lantern-7315", confirmPassword: "Haihe-Lantern-7315" });
    expect(await resolveSessionActor(database.db, claims(publisher), IDLE)).toBeNull();
    await expect(signIn("publisher@balitai.example", "Haihe-Lantern-7315")).resolves.toMatchObject({ role: "publisher" });
  });

  it("an admin refuses weak staff passwords on creation", async () => {
    const admin = await signIn("admin@balitai.example", "Admin-2026");
    for (const [password, problem] of [
      ["abc12345", "至少 10 位"],
      ["zhou.reviewer1", "账号、手机号码或姓名"],
      ["Password1234", "过于常见"],
    ] as const) {
      const error = await createStaffUser(database.db, admin, { name: "周审核", email: "zhou.reviewer@balitai.example", phone: "", role: "reviewer", password }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors.find((e) => e.path === "password")?.message).toContain(problem);
    }
  });

  it("disabling an account ends its sessions at once; only the own agency's admin may, never on themselves", async () => {
    const admin = await signIn("admin@balitai.example", "Admin-2026");
    const jinnanAdmin = await signIn("admin@jinnan.example", "Admin-2026");
    const clerk = await signIn("clerk@balitai.example", "Clerk-2026");
    const { userId } = await createStaffUser(database.db, admin, { name: "郑经办", email: "zheng.clerk@balitai.example", phone: "", role: "clerk", password: "Haihe-Lantern-7315" });
    const zheng = await signIn("zheng.clerk@balitai.example", "Haihe-Lantern-7315");
    expect(await resolveSessionActor(database.db, claims(zheng), IDLE)).not.toBeNull();

    await expect(setStaffUserDisabled(database.db, jinnanAdmin, userId, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setStaffUserDisabled(database.db, clerk, userId, true)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setStaffUserDisabled(database.db, admin, admin.userId, true)).rejects.toBeInstanceOf(RuleViolationError);
    expect(await resolveSessionActor(database.db, claims(zheng), IDLE)).not.toBeNull();

    await setStaffUserDisabled(database.db, admin, userId, true);
    expect(await resolveSessionActor(database.db, claims(zheng), IDLE)).toBeNull();
    await expect(signIn("zheng.clerk@balitai.example", "Haihe-Lantern-7315")).rejects.toThrow("账号或密码错误");
    const [row] = await database.db.select({ disabled: users.disabled }).from(users).where(eq(users.id, userId));
    expect(row!.disabled).toBe(true);

    await setStaffUserDisabled(database.db, admin, userId, false);
    await expect(signIn("zheng.clerk@balitai.example", "Haihe-Lantern-7315")).resolves.toMatchObject({ role: "clerk" });
  });
});

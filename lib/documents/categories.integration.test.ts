import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { authenticate } from "@/lib/users/authenticate";
import type { Actor } from "@/lib/auth/roles";
import { buildCategoryTree, createCategory, listAgencyCategories, moveCategory, renameCategory, setCategoryRetired } from "./categories";
import { searchDocuments } from "./search";

describe.each(TEST_DRIVERS)("category management (%s)", (driver) => {
  let database: TestDatabase;
  let admin: Actor;
  let publisher: Actor;
  let jinnanAdmin: Actor;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
    const login = (identifier: string, password: string) => authenticate(database.db, { identifier, password }, "10.4.0.4");
    admin = await login("admin@balitai.example", "Admin-2026");
    publisher = await login("publisher@balitai.example", "Publisher-2026");
    jinnanAdmin = await login("admin@jinnan.example", "Admin-2026");
  });
  afterAll(() => database.destroy());

  const tree = async (includeRetired = false) => buildCategoryTree(await listAgencyCategories(database.db, admin.agencyId!), { includeRetired });
  const find = async (code: string) => (await listAgencyCategories(database.db, admin.agencyId!)).find((row) => row.code === code)!;

  it("seeds the default township tree of catalogue.md", async () => {
    const roots = await tree();
    expect(roots.map((node) => node.name).slice(0, 4)).toEqual(["机构职能", "政策文件", "规划信息", "财政信息"]);
    expect(roots.find((node) => node.code === "key-areas")!.children).toHaveLength(8);
  });

  it("adds, renames, reorders and retires categories without losing documents", async () => {
    const { code } = await createCategory(database.db, admin, { name: "乡村振兴", parentCode: "key-areas" });
    expect((await tree()).find((node) => node.code === "key-areas")!.children.at(-1)!.name).toBe("乡村振兴");

    const fiscal = await find("fiscal");
    await renameCategory(database.db, admin, fiscal.id, { name: "财政预决算" });
    await moveCategory(database.db, admin, fiscal.id, "up");
    const roots = await tree();
    expect(roots.findIndex((node) => node.code === "fiscal")).toBe(2);
    expect(roots[2]!.name).toBe("财政预决算");

    const before = (await searchDocuments(database.db, { categoryCode: "fiscal-budget", agencyCode: "11120112MB1957322H" })).total;
    expect(before).toBeGreaterThan(0);
    const budget = await find("fiscal-budget");
    await setCategoryRetired(database.db, admin, budget.id, true);
    expect((await tree()).find((node) => node.code === "fiscal")!.children.map((node) => node.code)).not.toContain("fiscal-budget");
    // Its documents are still published and findable.
    expect((await searchDocuments(database.db, { categoryCode: "fiscal-budget", agencyCode: "11120112MB1957322H" })).total).toBe(before);
    await setCategoryRetired(database.db, admin, budget.id, false);
    expect(code).toMatch(/^c-/);
  });

  it("refuses to restore a category under a retired parent", async () => {
    const parent = await find("emergency");
    const { id } = await createCategory(database.db, admin, { name: "防汛", parentCode: "emergency" });
    await setCategoryRetired(database.db, admin, id, true);
    await setCategoryRetired(database.db, admin, parent.id, true);
    await expect(setCategoryRetired(database.db, admin, id, false)).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses a publisher and another agency's admin", async () => {
    const fiscal = await find("fiscal");
    await expect(createCategory(database.db, publisher, { name: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(renameCategory(database.db, publisher, fiscal.id, { name: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(renameCategory(database.db, jinnanAdmin, fiscal.id, { name: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setCategoryRetired(database.db, jinnanAdmin, fiscal.id, true)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

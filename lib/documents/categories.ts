import { randomBytes } from "node:crypto";
import { and, asc, eq, isNull, max } from "drizzle-orm";
import { categories, type Category } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, assertSameAgency, type Actor } from "@/lib/auth/roles";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { fieldErrors, z } from "@/lib/validation/zod";
import { recordAudit } from "@/lib/audit/record";
import { DEFAULT_CATEGORY_TREE, type CategorySeed } from "./category-tree";
import { categoryNameSchema, createCategorySchema } from "./schemas";

export interface CategoryNode {
  id: string;
  code: string;
  name: string;
  position: number;
  retired: boolean;
  children: CategoryNode[];
}

/** Seed the default tree for an agency. Idempotent: existing codes (even renamed ones) are kept. */
export async function seedCategoryTree(db: Queryable, agencyId: string, tree: CategorySeed[] = DEFAULT_CATEGORY_TREE): Promise<void> {
  const insertLevel = async (nodes: CategorySeed[], parentId: string | null) => {
    for (const [position, node] of nodes.entries()) {
      await db
        .insert(categories)
        .values({ agencyId, parentId, code: node.code, name: node.name, position })
        .onConflictDoNothing({ target: [categories.agencyId, categories.code] });
      if (node.children?.length) {
        const [row] = await db
          .select({ id: categories.id })
          .from(categories)
          .where(and(eq(categories.agencyId, agencyId), eq(categories.code, node.code)));
        await insertLevel(node.children, row!.id);
      }
    }
  };
  await insertLevel(tree, null);
}

export async function listAgencyCategories(db: Queryable, agencyId: string): Promise<Category[]> {
  return db.select().from(categories).where(eq(categories.agencyId, agencyId)).orderBy(asc(categories.position), asc(categories.name));
}

/** Nest flat rows into a tree, siblings by position. Retired nodes (and their branches) only on request. */
export function buildCategoryTree(rows: Category[], { includeRetired = false } = {}): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>();
  for (const row of rows) {
    if (row.retiredAt && !includeRetired) continue;
    nodes.set(row.id, { id: row.id, code: row.code, name: row.name, position: row.position, retired: Boolean(row.retiredAt), children: [] });
  }
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id);
    if (!node) continue;
    if (!row.parentId) roots.push(node);
    else nodes.get(row.parentId)?.children.push(node);
  }
  const sort = (list: CategoryNode[]) => {
    list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, "zh-CN"));
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** The ids of the categories with one of these codes and every category below them. */
export function categoryIdsWithDescendants(rows: Pick<Category, "id" | "parentId" | "code">[], codes: string[]): string[] {
  const children = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.parentId) continue;
    children.set(row.parentId, [...(children.get(row.parentId) ?? []), row.id]);
  }
  const result = new Set<string>();
  const visit = (id: string) => {
    if (result.has(id)) return;
    result.add(id);
    children.get(id)?.forEach(visit);
  };
  rows.filter((row) => codes.includes(row.code)).forEach((row) => visit(row.id));
  return [...result];
}

async function loadOwnCategory(db: Queryable, actor: Actor, id: string): Promise<Category> {
  assertRole(actor, ["admin"]);
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("未找到该分类。");
  const [row] = await db.select().from(categories).where(eq(categories.id, id)).limit(1);
  if (!row) throw new NotFoundError("未找到该分类。");
  assertSameAgency(actor, row.agencyId);
  return row;
}

/** Admin: add a category at the end of its parent's list (a top-level one when parentCode is empty). */
export async function createCategory(db: Queryable, actor: Actor, input: unknown): Promise<{ id: string; code: string }> {
  assertRole(actor, ["admin"]);
  if (!actor.agencyId) throw new ValidationError([{ path: "name", message: "您的账号未关联机关，无法管理分类。" }]);
  const parsed = createCategorySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  let parentId: string | null = null;
  if (parsed.data.parentCode) {
    const [parent] = await db
      .select()
      .from(categories)
      .where(and(eq(categories.agencyId, actor.agencyId), eq(categories.code, parsed.data.parentCode)));
    if (!parent || parent.retiredAt) throw new ValidationError([{ path: "parentCode", message: "上级分类不存在或已停用，请重新选择。" }]);
    parentId = parent.id;
  }
  const [last] = await db
    .select({ position: max(categories.position) })
    .from(categories)
    .where(and(eq(categories.agencyId, actor.agencyId), parentId ? eq(categories.parentId, parentId) : isNull(categories.parentId)));
  const code = `c-${randomBytes(4).toString("hex")}`;
  const [row] = await db
    .insert(categories)
    .values({ agencyId: actor.agencyId, parentId, code, name: parsed.data.name, position: (last?.position ?? -1) + 1 })
    .returning({ id: categories.id });
  await recordAudit(db, { actor, action: "category.changed", target: { type: "category", id: row!.id }, after: { created: parsed.data.name } });
  return { id: row!.id, code };
}

/** Admin: rename. Documents keep pointing at the same category. */
export async function renameCategory(db: Queryable, actor: Actor, id: string, input: unknown): Promise<void> {
  const before = await loadOwnCategory(db, actor, id);
  const parsed = categoryNameSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  await db.update(categories).set({ name: parsed.data.name }).where(eq(categories.id, id));
  await recordAudit(db, { actor, action: "category.changed", target: { type: "category", id }, before: { name: before.name }, after: { name: parsed.data.name } });
}

/** Admin: swap a category with its previous or next sibling. */
export async function moveCategory(db: Queryable, actor: Actor, id: string, direction: "up" | "down"): Promise<void> {
  const row = await loadOwnCategory(db, actor, id);
  const siblings = await db
    .select()
    .from(categories)
    .where(and(eq(categories.agencyId, row.agencyId), row.parentId ? eq(categories.parentId, row.parentId) : isNull(categories.parentId)))
    .orderBy(asc(categories.position), asc(categories.name));
  const index = siblings.findIndex((sibling) => sibling.id === id);
  const other = siblings[direction === "up" ? index - 1 : index + 1];
  if (!other) return;
  // Renumber the whole sibling list so equal positions cannot make the swap a no-op.
  const order = siblings.map((sibling) => sibling.id);
  order[index] = other.id;
  order[siblings.indexOf(other)] = id;
  for (const [position, siblingId] of order.entries()) {
    await db.update(categories).set({ position }).where(eq(categories.id, siblingId));
  }
}

/** Admin: retire (hide from the public tree and the desk's choices) or restore. Documents are untouched. */
export async function setCategoryRetired(db: Queryable, actor: Actor, id: string, retired: boolean): Promise<void> {
  const row = await loadOwnCategory(db, actor, id);
  if (!retired && row.parentId) {
    const [parent] = await db.select().from(categories).where(eq(categories.id, row.parentId));
    if (parent?.retiredAt) throw new ConflictError("上级分类已停用，请先恢复上级分类。");
  }
  await db.update(categories).set({ retiredAt: retired ? new Date() : null }).where(eq(categories.id, id));
  await recordAudit(db, { actor, action: "category.changed", target: { type: "category", id }, after: { name: row.name, retired } });
}

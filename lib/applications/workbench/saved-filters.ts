import { and, asc, count, eq } from "drizzle-orm";
import { inboxSavedFilters } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { singleLineText } from "@/lib/validation/text";
import { fieldErrors, z } from "@/lib/validation/zod";
import { inboxFilterSchema, WORKBENCH_ROLES } from "./inbox";

/** A staff member keeps at most this many named filters. */
export const MAX_SAVED_FILTERS = 20;
const FILTER_KEYS = ["status", "channel", "applicantType", "overdue", "dueWithin", "q", "mine"] as const;

export interface SavedFilter {
  id: string;
  name: string;
  /** The inbox query string (without the page). */
  query: string;
}

export const saveFilterSchema = z.object({
  name: singleLineText().trim().min(1, "请填写筛选名称。").max(30, "筛选名称不能超过30个字。"),
  query: singleLineText().max(500, "筛选条件过长。"),
});

/** The filter part of an inbox query, validated by the inbox's own schema (an old saved one stays safe to open). */
export function canonicalFilterQuery(query: string): string {
  const params = new URLSearchParams(query);
  const raw = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ""]));
  const parsed = inboxFilterSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const kept = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = parsed.data[key];
    if (value !== undefined && value !== "") kept.set(key, String(value));
  }
  return kept.toString();
}

/** The actor's own saved filters, by name. */
export async function listSavedFilters(db: Queryable, actor: Actor): Promise<SavedFilter[]> {
  assertRole(actor, WORKBENCH_ROLES);
  return db
    .select({ id: inboxSavedFilters.id, name: inboxSavedFilters.name, query: inboxSavedFilters.query })
    .from(inboxSavedFilters)
    .where(eq(inboxSavedFilters.userId, actor.userId))
    .orderBy(asc(inboxSavedFilters.name));
}

/** Save (or replace, by name) the actor's filter. */
export async function saveFilter(db: Queryable, actor: Actor, input: unknown): Promise<SavedFilter> {
  assertRole(actor, WORKBENCH_ROLES);
  const parsed = saveFilterSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const query = canonicalFilterQuery(parsed.data.query);
  if (query === "") throw new ValidationError([{ path: "query", message: "当前没有筛选条件，无需保存。" }]);
  const [existing] = await db.select({ n: count() }).from(inboxSavedFilters).where(eq(inboxSavedFilters.userId, actor.userId));
  const [sameName] = await db
    .select({ id: inboxSavedFilters.id })
    .from(inboxSavedFilters)
    .where(and(eq(inboxSavedFilters.userId, actor.userId), eq(inboxSavedFilters.name, parsed.data.name)));
  if (!sameName && Number(existing?.n ?? 0) >= MAX_SAVED_FILTERS) throw new ConflictError(`最多保存${MAX_SAVED_FILTERS}个筛选，请先删除不用的。`);
  const [row] = await db
    .insert(inboxSavedFilters)
    .values({ userId: actor.userId, name: parsed.data.name, query })
    .onConflictDoUpdate({ target: [inboxSavedFilters.userId, inboxSavedFilters.name], set: { query } })
    .returning({ id: inboxSavedFilters.id, name: inboxSavedFilters.name, query: inboxSavedFilters.query });
  return row!;
}

/** Delete one of the actor's own filters; another user's is 404 (never revealed). */
export async function deleteSavedFilter(db: Queryable, actor: Actor, id: string): Promise<void> {
  assertRole(actor, WORKBENCH_ROLES);
  const parsed = z.uuid().safeParse(id);
  const deleted = parsed.success
    ? await db
        .delete(inboxSavedFilters)
        .where(and(eq(inboxSavedFilters.id, parsed.data), eq(inboxSavedFilters.userId, actor.userId)))
        .returning({ id: inboxSavedFilters.id })
    : [];
  if (deleted.length === 0) throw new NotFoundError("未找到该筛选。");
}

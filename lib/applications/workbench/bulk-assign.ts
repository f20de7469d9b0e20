import { and, asc, eq, inArray } from "drizzle-orm";
import { applications, users } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { assertRole, ROLE_LABELS, type Actor } from "@/lib/auth/roles";
import { DomainError, ForbiddenError, ValidationError } from "@/lib/errors";
import { fieldErrors, z } from "@/lib/validation/zod";
import { TRANSITIONS } from "@/lib/applications/case/engine";
import { WORKBENCH_ROLES } from "./inbox";
import { performAction } from "./perform-action";

/** One bulk assignment covers at most a page of the inbox. */
export const MAX_BULK_ASSIGN = 50;

export const bulkAssignSchema = z.object({
  ids: z.array(z.uuid("申请标识无效。")).min(1, "请先勾选要指定经办人的申请。").max(MAX_BULK_ASSIGN, `一次最多指定${MAX_BULK_ASSIGN}件。`),
  assigneeId: z.uuid("请选择经办人。"),
});

export interface BulkAssignResult {
  assigned: string[];
  refused: { caseNumber: string; reason: string }[];
}

/** Who may be assigned: the agency's enabled clerks and reviewers. */
export async function listAssignees(db: Queryable, actor: Actor): Promise<{ id: string; label: string }[]> {
  assertRole(actor, WORKBENCH_ROLES);
  const staff = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.agencyId, actor.agencyId!), eq(users.disabled, false), inArray(users.role, ["clerk", "reviewer"])))
    .orderBy(asc(users.name));
  return staff.map((s) => ({ id: s.id, label: `${s.name}（${ROLE_LABELS[s.role]}）` }));
}

/**
 * 指定经办人 for several applications at once: each goes through performAction (its own
 * transaction, row lock, workflow check, event and audit entry), so a bulk assignment can do
 * nothing a single one could not; a refused case is reported by its number and the others proceed.
 */
export async function bulkAssign(db: Db, actor: Actor, input: unknown, now = new Date()): Promise<BulkAssignResult> {
  assertRole(actor, WORKBENCH_ROLES);
  if (!(TRANSITIONS.assign.roles as readonly string[]).includes(actor.role)) {
    throw new ForbiddenError(`${ROLE_LABELS[actor.role]}不能办理“${TRANSITIONS.assign.label}”。`);
  }
  const parsed = bulkAssignSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const ids = [...new Set(parsed.data.ids)];
  // Only the actor's agency's applications are named back; any other id is refused without its number.
  const own = new Map(
    (await db.select({ id: applications.id, caseNumber: applications.caseNumber }).from(applications).where(and(inArray(applications.id, ids), eq(applications.agencyId, actor.agencyId!)))).map(
      (r) => [r.id, r.caseNumber],
    ),
  );
  const result: BulkAssignResult = { assigned: [], refused: [] };
  for (const id of ids) {
    const caseNumber = own.get(id);
    if (!caseNumber) {
      result.refused.push({ caseNumber: "（未找到）", reason: "未找到该申请。" });
      continue;
    }
    try {
      await performAction(db, actor, id, "assign", { assigneeId: parsed.data.assigneeId }, { now });
      result.assigned.push(caseNumber);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      result.refused.push({ caseNumber, reason: error.message });
    }
  }
  return result;
}

import { and, count, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { addDays, isLocalDate, type LocalDate } from "@/lib/calendar";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { fieldErrors, z } from "@/lib/validation/zod";
import { singleLineText } from "@/lib/validation/text";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { chainCondition } from "./record";
import { verifyAuditChain, type ChainVerification } from "./verify";

export const AUDIT_PAGE_SIZE = 50;

const optionalDate = singleLineText()
  .trim()
  .refine((value) => value === "" || isLocalDate(value), "请输入有效日期，格式为 YYYY-MM-DD。")
  .default("");

export const auditFilterSchema = z
  .object({
    action: singleLineText().trim().max(100, "操作类型过长。").default(""),
    actor: singleLineText().trim().max(100, "操作人过长。").default(""),
    from: optionalDate,
    to: optionalDate,
    page: pageNumberSchema(100_000),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { path: ["to"], message: "结束日期不能早于开始日期。" });
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export interface AuditEntryView {
  id: number;
  at: Date;
  actorName: string;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface AuditPage {
  filter: AuditFilter;
  entries: AuditEntryView[];
  total: number;
  pageCount: number;
}

/** Midnight China time (UTC+8, no daylight saving) at the start of a date. */
function chinaMidnight(date: LocalDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

function ownAgency(actor: Actor): string {
  assertRole(actor, ["admin"]);
  if (!actor.agencyId) throw new ForbiddenError();
  return actor.agencyId;
}

/**
 * An admin browses their own agency's chain, newest first. The platform chain (entries with no
 * agency: citizen accounts, failed logins of unknown accounts) is not shown to any agency admin.
 */
export async function listAuditEntries(db: Queryable, actor: Actor, input: unknown): Promise<AuditPage> {
  const agencyId = ownAgency(actor);
  const parsed = auditFilterSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const filter = parsed.data;
  const conditions: SQL[] = [chainCondition(agencyId)];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actor) conditions.push(ilike(auditLog.actorName, `%${filter.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filter.from) conditions.push(gte(auditLog.at, chinaMidnight(filter.from)));
  if (filter.to) conditions.push(lt(auditLog.at, chinaMidnight(addDays(filter.to, 1))));
  const where = and(...conditions);
  const [totals] = await db.select({ n: count() }).from(auditLog).where(where);
  const entries = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: auditLog.actorName,
      actorRole: auditLog.actorRole,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      ip: auditLog.ip,
      before: auditLog.before,
      after: auditLog.after,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((filter.page - 1) * AUDIT_PAGE_SIZE);
  const total = totals?.n ?? 0;
  return { filter, entries, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** The admin's "verify chain" button: recompute their agency's whole chain. */
export async function verifyAgencyAuditChain(db: Queryable, actor: Actor): Promise<ChainVerification> {
  return verifyAuditChain(db, { agencyId: ownAgency(actor) });
}

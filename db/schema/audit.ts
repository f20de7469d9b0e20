import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { userRole } from "./users";

/**
 * 操作日志: append-only record of every privileged action (who, when, what, from where,
 * before/after). Each agency has its own hash chain (entries with no agency — citizen accounts,
 * failed logins of unknown accounts — form the platform chain): `prevHash` is the hash of the
 * chain's previous entry and `hash` is SHA-256 over the canonical JSON of this entry plus
 * `prevHash` (lib/audit/hash.ts), so any edit or removal inside a chain is detectable.
 * A trigger (migration audit_log_append_only) refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    /** Null for a failed login of an unknown account. No foreign key: the log outlives accounts. */
    actorUserId: uuid("actor_user_id"),
    actorRole: userRole("actor_role"),
    /** The name (or, for a failed login, the identifier typed) as it was at the time. */
    actorName: text("actor_name").notNull(),
    /** Whose chain the entry belongs to; null = the platform chain. */
    agencyId: uuid("agency_id").references(() => agencies.id),
    /** A dotted code, e.g. `login.succeeded`, `calendar.updated`, `pii.revealed`. */
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    ip: text("ip"),
    before: jsonb("before"),
    after: jsonb("after"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull().unique(),
  },
  (t) => [
    index("audit_log_agency_idx").on(t.agencyId, t.id),
    index("audit_log_action_idx").on(t.action),
    index("audit_log_at_idx").on(t.at),
  ],
);

export type AuditLogRow = typeof auditLog.$inferSelect;

import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications";

/**
 * Outgoing e-mail, written in the same transaction as the step that causes it (so a rolled-back
 * step sends nothing) and delivered later by `deliverOutbox` (lib/mail/outbox.ts), which claims rows
 * with FOR UPDATE SKIP LOCKED so several servers never send one message twice.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** e.g. `submission_receipt` (提交凭证). */
    kind: text("kind").notNull(),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "set null" }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    /** `pending` → `sent`, or `failed` after the last attempt. */
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outbox_status_next_attempt_idx").on(t.status, t.nextAttemptAt)],
);

export type OutboxMessage = typeof outbox.$inferSelect;

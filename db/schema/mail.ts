import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
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
    /**
     * Files to attach, by reference: the deliverer streams each from lib/storage at send time (a
     * letter's signed PDF is never copied into the row).
     */
    attachments: jsonb("attachments").$type<OutboxAttachment[]>().notNull().default([]),
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

/**
 * The reminders and digests the worker has sent, one row per message that must go out once
 * (workflow.md §4 Policy default: remind the assignee 3 and 1 working days before the due date;
 * the daily digest of overdue applications). The worker inserts the key and queues the mail in one
 * transaction: a second worker (or a re-run) meets the key and sends nothing.
 */
export const sentNotices = pgTable("sent_notices", {
  /** e.g. `reminder:<applicationId>:<replyDueOn>:3`, `digest:<agencyId>:<day>`. */
  key: text("key").primaryKey(),
  kind: text("kind").notNull(),
  agencyId: uuid("agency_id").references(() => agencies.id),
  applicationId: uuid("application_id").references(() => applications.id, { onDelete: "cascade" }),
  sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A stored file to attach (e.g. a letter's signed PDF: its storage key, name and type). */
export interface OutboxAttachment {
  storageKey: string;
  filename: string;
  contentType: string;
}

export type OutboxMessage = typeof outbox.$inferSelect;

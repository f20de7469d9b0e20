import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { applications } from "./applications";
import { users } from "./users";

/**
 * 督办 notes (issue 15.2): the district 政务公开办 asks an agency to act — on its overdue cases in
 * general or on one case — and the note lands in that agency's inbox until a staff member there
 * marks it handled. Each note is also in the agency's audit chain.
 */
export const supervisionNotes = pgTable(
  "supervision_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    applicationId: uuid("application_id").references(() => applications.id),
    text: text("text").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    authorName: text("author_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    handledAt: timestamp("handled_at", { withTimezone: true }),
    handledBy: uuid("handled_by").references(() => users.id),
  },
  (t) => [index("supervision_notes_agency_idx").on(t.agencyId, t.handledAt)],
);

export type SupervisionNoteRow = typeof supervisionNotes.$inferSelect;

import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { applications } from "./applications";

/**
 * 征求意见 online (条例第三十二条, issue 16.4): the one-time invitation printed on a 征求意见书 — a
 * link with a random token and a short code. Only their SHA-256 hashes are kept. It belongs to one
 * consultation (the pause id of its consultationSent event) and is used up by the first opinion
 * filed with it (`usedAt`, set in the filing transaction). It has no stored expiry: the consultation's
 * legal deadline moves when the clerk records delivery, so it is read from lib/clock at each use.
 */
export const consultationInvitations = pgTable(
  "consultation_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id),
    pauseId: text("pause_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    codeHash: text("code_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("consultation_invitations_token_idx").on(t.tokenHash), index("consultation_invitations_application_idx").on(t.applicationId, t.pauseId)],
);

export type ConsultationInvitationRow = typeof consultationInvitations.$inferSelect;

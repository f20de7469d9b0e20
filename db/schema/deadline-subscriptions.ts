import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications";
import { users } from "./users";

/**
 * Deadline subscriptions (issue 16.5): an iCal feed of one application's deadlines behind a secret
 * URL. Only the token's SHA-256 is stored; the URL is shown once. `audience` decides what the feed
 * tells: the applicant's feed leaves out the agency's internal waits (consultations, release waits).
 */
export const deadlineSubscriptions = pgTable(
  "deadline_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id),
    /** `applicant` (the account or a tracking-code look-up) or `staff` (a workbench user of the agency). */
    audience: text("audience").$type<"applicant" | "staff">().notNull(),
    /** The account that subscribed; null for a tracking-code look-up (whoever proves the code again may revoke it). */
    userId: uuid("user_id").references(() => users.id),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastFetchedAt: timestamp("last_fetched_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("deadline_subscriptions_application_idx").on(t.applicationId)],
);

export type DeadlineSubscriptionRow = typeof deadlineSubscriptions.$inferSelect;

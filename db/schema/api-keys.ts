import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { users } from "./users";

/**
 * Keys for the open API (`Authorization: Bearer …`), issued by an admin. Only a SHA-256 of the key
 * is stored; `prefix` (the first characters) lets an admin recognise a key in a list. A key belongs
 * to the agency whose admin issued it: only that agency's admins see and revoke it, and its audit
 * entries go to that agency's chain.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    name: text("name").notNull(),
    keyHash: text("key_hash").notNull().unique(),
    prefix: text("prefix").notNull(),
    /** Application submissions per hour through this key. */
    rateLimitPerHour: integer("rate_limit_per_hour").notNull().default(100),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_keys_agency_idx").on(t.agencyId)],
);

export type ApiKey = typeof apiKeys.$inferSelect;

import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";

export const userRole = pgEnum("user_role", ["citizen", "clerk", "reviewer", "publisher", "admin", "supervisor"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Login identifier: a citizen registers with a mobile number or an e-mail address (or both). */
    email: text("email").unique(),
    phone: text("phone").unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull(),
    /** Staff belong to exactly one agency; citizens to none. */
    agencyId: uuid("agency_id").references(() => agencies.id),
    disabled: boolean("disabled").notNull().default(false),
    /**
     * Carried in the session token and compared on every request: bumping it (sign-out, password
     * change, disabling, idle timeout) ends every session of the account at once.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    /** Last request of a signed-in session, for the staff idle timeout (updated at most once a minute). */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("users_agency_idx").on(t.agencyId),
    check("users_login_present", sql`${t.email} is not null or ${t.phone} is not null`),
    check(
      "users_staff_have_agency",
      sql`(${t.role} = 'citizen' and ${t.agencyId} is null) or (${t.role} <> 'citizen' and ${t.agencyId} is not null)`,
    ),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRole = (typeof userRole.enumValues)[number];

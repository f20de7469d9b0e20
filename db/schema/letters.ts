import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from "drizzle-orm/pg-core";
import type { Letter } from "@/lib/letters/types";
import { agencies } from "./agencies";
import { applicationEvents, applications } from "./applications";
import { users } from "./users";

/**
 * 文书: every letter an agency issued about an application (letters.md). The content is the
 * structured `Letter` lib/letters built from the record at the moment of issue; a row is never
 * changed or deleted afterwards (a trigger refuses it): a correction is a new letter that refers
 * to the old one. Numbered letters carry `{prefix}〔{year}〕{serial}号`, gap-free per agency and year.
 */
export const letters = pgTable(
  "letters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id),
    /** The ledger step that issued it. */
    eventId: uuid("event_id").references(() => applicationEvents.id),
    /** LetterKind of lib/letters (receipt, correctionNotice, reply …). */
    kind: text("kind").notNull(),
    /** Null for the letters letters.md leaves unnumbered (撤回确认). */
    number: text("number"),
    year: integer("year"),
    serial: integer("serial"),
    /** Letters to the applicant are shown on their side; letters to a third party or agency are not. */
    applicantVisible: boolean("applicant_visible").notNull(),
    content: jsonb("content").$type<Letter>().notNull(),
    /** The date printed on the letter (Asia/Shanghai calendar day). */
    issuedOn: date("issued_on").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    issuedBy: uuid("issued_by").references(() => users.id),
  },
  (t) => [
    uniqueIndex("letters_agency_year_serial_idx").on(t.agencyId, t.year, t.serial),
    index("letters_application_idx").on(t.applicationId),
  ],
);

/** The last serial issued per agency and year; bumped in the issuing transaction (row lock, gap-free). */
export const letterCounters = pgTable(
  "letter_counters",
  {
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    year: integer("year").notNull(),
    lastSerial: integer("last_serial").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.year] })],
);

export type LetterRow = typeof letters.$inferSelect;

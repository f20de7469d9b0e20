import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from "drizzle-orm/pg-core";
import type { Letter } from "@/lib/letters/types";
import { agencies } from "./agencies";
import { applicationEvents, applications } from "./applications";
import { outbox } from "./mail";
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
    /**
     * The signed PDF of a numbered letter (issue 16; 条例第四十条 电子送达): stored once through
     * lib/storage at issue, never replaced. Null for unnumbered letters and letters issued before.
     */
    pdfStorageKey: text("pdf_storage_key"),
    /** SHA-256 (hex) of exactly the stored signed PDF: what GET /letters/verify/{number} compares. */
    pdfSha256: text("pdf_sha256"),
    pdfSize: integer("pdf_size"),
    /** The certificate the PDF was signed with (《电子签名法》第十四条). */
    signingCertificateId: uuid("signing_certificate_id").references(() => signingCertificates.id),
  },
  (t) => [
    uniqueIndex("letters_agency_year_serial_idx").on(t.agencyId, t.year, t.serial),
    index("letters_application_idx").on(t.applicationId),
    index("letters_number_idx").on(t.number),
  ],
);

/**
 * An agency's signing key and certificate for letter PDFs. The newest row of an agency signs; older
 * ones stay for the letters they signed. Outside production a self-signed one is generated on the
 * first letter (selfSigned, said on the verification page); the private key is kept encrypted
 * with PII_ENCRYPTION_KEY (lib/crypto/pii).
 */
export const signingCertificates = pgTable(
  "signing_certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    certificatePem: text("certificate_pem").notNull(),
    privateKeyEncrypted: text("private_key_encrypted").notNull(),
    /** SHA-256 (hex) of the certificate's DER. */
    fingerprint: text("fingerprint").notNull().unique(),
    selfSigned: boolean("self_signed").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("signing_certificates_agency_idx").on(t.agencyId, t.createdAt)],
);

/**
 * 电子送达 (条例第四十条; issue 16.3): one row per letter and electronic channel the applicant chose
 * (获取方式 电子邮件 and/or 网上获取). `online`: in the applicant's view from the day of issue, so
 * delivered that day; `email`: queued with the signed PDF attached, delivered the day the outbox
 * actually sends it, `failed` when the outbox gives up (then it does not count as delivered).
 * fees.md §3 step 3 Policy default (agency setting electronicLetterDeliveredWhenSent): an online or
 * e-mail notice is received the day it is sent.
 */
export const letterDeliveries = pgTable(
  "letter_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    letterId: uuid("letter_id")
      .notNull()
      .references(() => letters.id),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id),
    /** `email` | `online` (LETTER_DELIVERY_CHANNELS in lib/applications/delivery). */
    channel: text("channel").notNull(),
    /**
     * `queued` → `delivered`, or `failed` (e-mail only); `sent` / `available` when the agency turned
     * the Policy default off (electronicLetterDeliveredWhenSent): a clerk records the delivery.
     */
    status: text("status").notNull(),
    /** The e-mail's outbox row (null for online). */
    outboxId: uuid("outbox_id").references(() => outbox.id, { onDelete: "set null" }),
    /** The address it went to (e-mail only): what the record shows even if the application's changes. */
    address: text("address"),
    /** The letter's step finished the case (reply, closing notice): its delivery is the case's 送达. */
    concludes: boolean("concludes").notNull(),
    queuedAt: timestamp("queued_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** Asia/Shanghai calendar day it counts as delivered; null until then (and for a failed e-mail). */
    deliveredOn: date("delivered_on"),
    failedAt: timestamp("failed_at", { withTimezone: true }),
    lastError: text("last_error"),
  },
  (t) => [
    uniqueIndex("letter_deliveries_letter_channel_idx").on(t.letterId, t.channel),
    index("letter_deliveries_application_idx").on(t.applicationId),
    index("letter_deliveries_status_idx").on(t.status),
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
export type LetterDeliveryRow = typeof letterDeliveries.$inferSelect;
export type SigningCertificateRow = typeof signingCertificates.$inferSelect;

import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { APPLICATION_STATUSES } from "@/lib/workflow/status";
import { APPLICATION_CHANNELS, APPLICANT_TYPES, ORG_KINDS } from "@/lib/applications/vocabulary";
import { agencies } from "./agencies";
import { users } from "./users";

/** Character bigrams of the applicant's name and the request text (lib/applications/search-tokens.ts). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const applicationStatus = pgEnum("application_status", APPLICATION_STATUSES);
/** 申请方式 (workflow.md §2): decides how `receivedOn` is fixed (条例第三十一条). */
export const applicationChannel = pgEnum("application_channel", APPLICATION_CHANNELS);
export const applicantType = pgEnum("applicant_type", APPLICANT_TYPES);
/** 组织类别: the applicant column of the annual report (annual-report.md table 三). */
export const orgKind = pgEnum("org_kind", ORG_KINDS);

/**
 * 政府信息公开申请 (依申请公开). One row per application or sub-application (一事一申请 split:
 * `parentId` set, `caseNumber` = parent's number + `-n`). Dates with a legal meaning are `date`
 * columns (Asia/Shanghai calendar days); the clock itself is derived from `application_events`.
 */
export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    /** 受理编号, unique per agency, gap-free per agency and year (`case_number_counters`). */
    caseNumber: text("case_number").notNull(),
    /** SHA-256 (hex) of the normalised 查询码: the code itself is shown once and never stored. */
    trackingCodeHash: text("tracking_code_hash").notNull().unique(),
    status: applicationStatus("status").notNull().default("submitted"),
    archived: boolean("archived").notNull().default(false),
    channel: applicationChannel("channel").notNull(),
    applicantType: applicantType("applicant_type").notNull(),
    /** Only for organisations. */
    orgKind: orgKind("org_kind"),

    /** 姓名 or 名称. */
    applicantName: text("applicant_name").notNull(),
    /** 证件类型 for a person; "统一社会信用代码" for an organisation. */
    idType: text("id_type").notNull(),
    /** 证件号码 / 统一社会信用代码, AES-256-GCM (lib/crypto/pii.ts). Never stored in clear. */
    idNumberEncrypted: text("id_number_encrypted").notNull(),
    /** Keyed HMAC of the normalised number: "same applicant" counting (fees.md §1) without decrypting. */
    idNumberHash: text("id_number_hash").notNull(),
    /** e.g. 110***********123X — what staff lists show. */
    idNumberMasked: text("id_number_masked").notNull(),
    employer: text("employer"),
    legalRepresentative: text("legal_representative"),
    contactName: text("contact_name"),
    /** As typed (联系电话, or 联系人电话 for an organisation). */
    phone: text("phone").notNull(),
    /** Digits only (with a leading + for international numbers): the lookup key with the tracking code. */
    phoneNormalized: text("phone_normalized").notNull(),
    email: text("email"),
    fax: text("fax"),
    address: text("address"),
    postcode: text("postcode"),

    purpose: text("purpose"),
    carrierForms: jsonb("carrier_forms").$type<string[]>().notNull(),
    deliveryMethods: jsonb("delivery_methods").$type<string[]>().notNull(),
    /** 条例第四十三条: the applicant asked for reading / audio-visual assistance. */
    needsAssistance: boolean("needs_assistance").notNull().default(false),
    /** Art. 29: the identity proof was shown in person (recorded by staff) instead of uploaded. */
    identityShownInPerson: boolean("identity_shown_in_person").notNull().default(false),

    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    /** 收到申请之日 (条例第三十一条): null until staff confirm receipt; never changes once set. */
    receivedOn: date("received_on"),
    /** 答复期限起算日: receivedOn, or the day a correction was received (条例第三十条). */
    clockStartOn: date("clock_start_on"),
    /** Cache of the derived deadline (lib/clock); null while unknown, paused or not started. */
    replyDueOn: date("reply_due_on"),
    /**
     * Cache of lib/clock's provisional due date while replyDueOn is null only because a year's
     * 放假安排 is not yet published: the inbox sorts and the worker reminds by it; nothing final
     * (a closing, an overdue count) ever reads it. Cleared when the year is entered.
     */
    provisionalReplyDueOn: date("provisional_reply_due_on"),
    /** 处理决定 (workflow.md §5); null until replied or closed. */
    decision: text("decision"),
    /**
     * Cache of the ledger for the annual report (annual-report.md § Table 三): the date it finished
     * (approved reply or closing; the last reply after a reopening, workflow.md §5 Policy default)
     * and the table 三 row of its decision (lib/workflow reportRowOf, fixed when it finished). Both
     * null while open; an imported register row brings its own (annual-report.md § Register import).
     * Kept by every step that finishes or reopens an application: performAction (workbench) and
     * withdrawApplication (the applicant); a new finishing path outside them must set them too.
     */
    finishedOn: date("finished_on"),
    reportRow: text("report_row"),

    /** 指定经办人 (the last assignment; before one, the clerk who confirmed receipt): the inbox's "mine". */
    assigneeId: uuid("assignee_id").references((): AnyPgColumn => users.id),
    /**
     * The inbox search (issue 17): bigrams of the applicant's name (A) and of every request item
     * (D), kept by refreshApplicationSearch whenever the name or the items change.
     */
    searchTokens: tsvector("search_tokens").notNull().default(sql`''::tsvector`),
    /** The same text, lower-cased, to confirm a hit with one ILIKE (bigrams of a term can all occur without it). */
    searchText: text("search_text").notNull().default(""),

    /** The account that filed it; null for an anonymous filing (tracking code + phone only). */
    userId: uuid("user_id").references(() => users.id),
    /** Sub-application of a split (一事一申请). */
    parentId: uuid("parent_id").references((): AnyPgColumn => applications.id),
    /**
     * The application of another agency on the platform this one was forwarded from (条例第三十六条第五项:
     * that agency answered 不属于本机关负责公开 naming this one, and the applicant forwarded the request).
     */
    referredFromId: uuid("referred_from_id").references((): AnyPgColumn => applications.id),
    /** Optimistic concurrency for staff actions: bump on every change. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("applications_agency_case_number_idx").on(t.agencyId, t.caseNumber),
    // With channel and applicant type, the inbox counts an agency's finished applications under its filters from the index alone.
    index("applications_agency_status_idx").on(t.agencyId, t.status, t.channel, t.applicantType),
    // The inbox lists an agency's latest finished applications; the worker scans by status and due date.
    index("applications_agency_submitted_idx").on(t.agencyId, t.submittedAt),
    index("applications_status_due_idx").on(t.status, t.replyDueOn),
    index("applications_user_idx").on(t.userId),
    index("applications_id_number_hash_idx").on(t.idNumberHash),
    // The inbox search: by phone (normalised), by words of the name or request, and "assigned to me".
    index("applications_agency_phone_idx").on(t.agencyId, t.phoneNormalized),
    index("applications_search_tokens_idx").using("gin", t.searchTokens),
    index("applications_agency_assignee_idx").on(t.agencyId, t.assigneeId),
    index("applications_parent_idx").on(t.parentId),
    index("applications_referred_from_idx").on(t.referredFromId),
    // The annual report and statistics read an agency's applications by receipt date (aggregateYear).
    index("applications_agency_received_idx").on(t.agencyId, t.receivedOn),
    check("applications_finished_has_row", sql`(${t.finishedOn} is null) = (${t.reportRow} is null)`),
    check(
      "applications_org_kind_matches_type",
      sql`(${t.applicantType} = 'organization') = (${t.orgKind} is not null)`,
    ),
  ],
);

/**
 * Gap-free case-number serials, one row per agency and year. Incremented inside the submitting
 * transaction (row lock): a rolled-back submission gives its number back, concurrent ones queue.
 */
export const caseNumberCounters = pgTable(
  "case_number_counters",
  {
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    year: integer("year").notNull(),
    lastSerial: integer("last_serial").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.year] })],
);

/** 申请事项: one piece of information asked for (一事一申请). */
export const requestItems = pgTable(
  "request_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** 1-based order as the applicant listed them. */
    position: integer("position").notNull(),
    title: text("title").notNull(),
    docNumber: text("doc_number"),
    indexNumber: text("index_number"),
    description: text("description").notNull(),
  },
  (t) => [uniqueIndex("request_items_application_position_idx").on(t.applicationId, t.position)],
);

/** Files attached to an application (identity proofs now; correction attachments later), in lib/storage. */
export const applicationFiles = pgTable(
  "application_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** `identity_proof` (条例第二十九条) … */
    kind: text("kind").notNull(),
    storageKey: text("storage_key").notNull(),
    /** The name the applicant gave (display only; the storage key never contains user input). */
    fileName: text("file_name").notNull(),
    /** Detected from the content, not the name. */
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_files_application_idx").on(t.applicationId)],
);

/**
 * 办理记录: the append-only ledger of an application. Every step is one row with who, when, why and
 * on what legal basis. The reply clock (lib/clock) is derived from these rows
 * (lib/applications/clock-events.ts): `occurredOn` is the legal date of the step (the day a letter was
 * sent, an opinion received …), which may precede the moment `at` it was recorded.
 */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Total order of the ledger (ties in `at` are common inside one transaction). */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** One of APPLICATION_EVENT_TYPES (lib/applications/events.ts); text so new steps need no migration. */
    type: text("type").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    occurredOn: date("occurred_on"),
    /** `applicant`, `staff` or `system` (deadline expiry, the outbox …). */
    actorKind: text("actor_kind").notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    /** Name at the time (users can be renamed; the record must not change). */
    actorName: text("actor_name"),
    /** e.g. 条例第三十一条. */
    basis: text("basis"),
    reason: text("reason"),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
    /** Shown on the applicant's timeline (internal steps such as assignment are not). */
    applicantVisible: boolean("applicant_visible").notNull().default(false),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("application_events_application_seq_idx").on(t.applicationId, t.seq),
    // "Has this application a step of this type": the inbox's correction queue, the worker's candidates.
    index("application_events_application_type_idx").on(t.applicationId, t.type),
    // The worker's candidates: open fee notices and consultations older than a date, among all applications.
    index("application_events_type_occurred_idx").on(t.type, t.occurredOn),
    check("application_events_actor_kind", sql`${t.actorKind} in ('applicant', 'staff', 'system')`),
  ],
);

/**
 * Idempotency-Key records: the first request with a key does the work and stores its result; a
 * repeat with the same body gets the same result, one with a different body a 409. `result` is
 * encrypted (it holds the tracking code). Kept for 24 hours (IETF draft-ietf-httpapi-idempotency-key).
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    /** Whose key space: `account:<userId>`, `apikey:<id>` or `anonymous`. */
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    operation: text("operation").notNull(),
    /** SHA-256 of the canonical request (body + files). */
    requestHash: text("request_hash").notNull(),
    result: text("result"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_keys_expires_idx").on(t.expiresAt)],
);

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplicationRow = typeof applications.$inferInsert;
export type RequestItemRow = typeof requestItems.$inferSelect;
export type ApplicationFileRow = typeof applicationFiles.$inferSelect;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;
export type NewApplicationEventRow = typeof applicationEvents.$inferInsert;

/** A staff member's saved inbox filter (issue 17: "saved filters"): a name and the query string. */
export const inboxSavedFilters = pgTable(
  "inbox_saved_filters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The filter as the inbox's URL query (status=…&q=…), validated again on every use. */
    query: text("query").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("inbox_saved_filters_user_name_idx").on(t.userId, t.name)],
);

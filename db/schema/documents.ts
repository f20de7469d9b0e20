import { sql } from "drizzle-orm";
import {
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
import { DOC_TYPES, DOCUMENT_STATUSES, VALIDITIES } from "@/lib/documents/labels";
import { agencies } from "./agencies";
import { users } from "./users";

/**
 * Character bigrams and single characters of the searchable text, with weights, as a `'simple'`
 * tsvector (built by lib/documents/search-tokens.ts). Works the same on PostgreSQL and PGlite,
 * and a GIN index serves two-character queries, which pg_trgm cannot.
 */
const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

export const docType = pgEnum("doc_type", DOC_TYPES);
export const documentValidity = pgEnum("document_validity", VALIDITIES);
export const documentStatus = pgEnum("document_status", DOCUMENT_STATUSES);

/** 目录分类: one tree per agency (法定主动公开内容 › 财政信息 › 预算). Retired, never deleted. */
export const categories = pgTable(
  "categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    parentId: uuid("parent_id").references((): AnyPgColumn => categories.id),
    /** Stable ASCII key: the same branch has the same code in every agency (URLs, API filter). */
    code: text("code").notNull(),
    name: text("name").notNull(),
    position: integer("position").notNull().default(0),
    /** A retired category takes no new documents and leaves the public tree; its documents stay. */
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("categories_agency_code_key").on(t.agencyId, t.code), index("categories_parent_idx").on(t.parentId)],
);

/** 政府信息 (主动公开): one item of the catalogue, with every field of catalogue.md. */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => categories.id),
    /** 索引号: from the agency's template, unique, never reused (serials in index_number_serials). */
    indexNumber: text("index_number").notNull().unique(),
    title: text("title").notNull(),
    docType: docType("doc_type").notNull(),
    /** 文号, e.g. 八里台政报〔2024〕27号. */
    docNumber: text("doc_number"),
    /** 签发人 */
    signer: text("signer"),
    /** 成文日期: starts the 20-working-day publication clock (条例第二十六条). */
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    /** 变更日期: restarts the publication clock for the changed version (条例第二十六条). */
    changedOn: date("changed_on", { mode: "string" }),
    /** Cache of the publication deadline (20 working days); null while the calendar year is unknown. */
    publicationDueOn: date("publication_due_on", { mode: "string" }),
    /** 发布日期: set at the first publication. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** When the version in force was published (first publication, or the last change). */
    versionPublishedAt: timestamp("version_published_at", { withTimezone: true }),
    /** The version in force was published after its deadline (条例第二十六条); counted in statistics. */
    publishedLate: boolean("published_late").notNull().default(false),
    validity: documentValidity("validity").notNull().default("valid"),
    /** 失效日期 (may lie ahead: 有效期至) */
    expiresOn: date("expires_on", { mode: "string" }),
    /** 废止日期 */
    repealedOn: date("repealed_on", { mode: "string" }),
    keywords: text("keywords").notNull().default(""),
    /**
     * The earlier document this one repeals and replaces or amends (文件沿革): the earlier page links
     * here as its current version, this page links back to it.
     */
    supersedesDocumentId: uuid("supersedes_document_id").references((): AnyPgColumn => documents.id),
    /** 内容概述: required for the catalogue (条例第十二条). */
    summary: text("summary").notNull(),
    /** 正文: sanitised HTML (lib/documents/sanitize.ts); bodyText is its plain text for search. */
    bodyHtml: text("body_html").notNull().default(""),
    bodyText: text("body_text").notNull().default(""),
    searchTokens: tsvector("search_tokens").notNull(),
    status: documentStatus("status").notNull().default("draft"),
    /** Increases with every saved change; the revision rows keep each version. */
    revision: integer("revision").notNull().default(1),
    /** Where a draft came from, e.g. a disclosed reply (条例第四十四条): a case number, never applicant data. */
    sourceReference: text("source_reference"),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawReason: text("withdraw_reason"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("documents_search_idx").using("gin", t.searchTokens),
    // The title tokens and the title + 文号/索引号/主题词/内容概述 tokens (weights A, B, C) of published
    // documents: the relevance tiers of a common search term (lib/documents/search.ts).
    index("documents_search_title_idx")
      .using("gin", sql`ts_filter(${t.searchTokens}, '{a}')`)
      .where(sql`${t.status} = 'published'`),
    index("documents_search_head_idx")
      .using("gin", sql`ts_filter(${t.searchTokens}, '{a,b,c}')`)
      .where(sql`${t.status} = 'published'`),
    index("documents_public_list_idx").on(t.status, t.publishedAt),
    // The public lists' order (newest first, 索引号 breaking ties, lib/documents/search.ts) over the
    // published documents, whole and per agency or category, with the id the page query reads: a
    // deep page is an index-only scan of one range, not a walk of the whole date index filtering
    // out other agencies' rows (bench deploy, 100,000 documents: 27 ms → 1 ms per list page).
    index("documents_published_order_idx")
      .on(t.publishedAt.desc().nullsFirst(), t.indexNumber.desc().nullsFirst(), t.id)
      .where(sql`${t.status} = 'published'`),
    index("documents_agency_published_idx")
      .on(t.agencyId, t.publishedAt.desc().nullsFirst(), t.indexNumber.desc().nullsFirst(), t.id)
      .where(sql`${t.status} = 'published'`),
    index("documents_category_published_idx")
      .on(t.categoryId, t.publishedAt.desc().nullsFirst(), t.indexNumber.desc().nullsFirst(), t.id)
      .where(sql`${t.status} = 'published'`),
    index("documents_agency_status_idx").on(t.agencyId, t.status, t.publishedAt),
    index("documents_category_idx").on(t.categoryId, t.status, t.publishedAt),
    index("documents_due_idx").on(t.agencyId, t.status, t.publicationDueOn),
    index("documents_supersedes_idx").on(t.supersedesDocumentId),
    check("documents_published_has_date", sql`${t.status} = 'draft' or ${t.publishedAt} is not null`),
    check("documents_expired_has_date", sql`${t.validity} <> 'expired' or ${t.expiresOn} is not null`),
    check("documents_repealed_has_date", sql`${t.validity} <> 'repealed' or ${t.repealedOn} is not null`),
  ],
);

/** Every saved version of a document, with who did what: the history kept after publication. */
export const documentRevisions = pgTable(
  "document_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id),
    revision: integer("revision").notNull(),
    /** created · updated · published · withdrawn · imported */
    action: text("action").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    note: text("note"),
    actorId: uuid("actor_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("document_revisions_document_idx").on(t.documentId, t.revision)],
);

/** 附件: stored through lib/storage; removed ones stay (removedAt) so revisions can name them. */
export const documentAttachments = pgTable(
  "document_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id),
    fileName: text("file_name").notNull(),
    mime: text("mime").notNull(),
    kindLabel: text("kind_label").notNull(),
    size: integer("size").notNull(),
    storageKey: text("storage_key").notNull(),
    position: integer("position").notNull().default(0),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("document_attachments_document_idx").on(t.documentId)],
);

/** 相关解读: a policy document and its 政策解读, shown on both pages. */
export const documentInterpretations = pgTable(
  "document_interpretations",
  {
    policyDocumentId: uuid("policy_document_id")
      .notNull()
      .references(() => documents.id),
    interpretationDocumentId: uuid("interpretation_document_id")
      .notNull()
      .references(() => documents.id),
  },
  (t) => [
    primaryKey({ columns: [t.policyDocumentId, t.interpretationDocumentId] }),
    index("document_interpretations_reverse_idx").on(t.interpretationDocumentId),
  ],
);

/** The last 索引号 serial handed out, per agency per year: only ever goes up, so no number is reused. */
export const indexNumberSerials = pgTable(
  "index_number_serials",
  {
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    year: integer("year").notNull(),
    lastSerial: integer("last_serial").notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.year] })],
);

export type Category = typeof categories.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type NewDocumentRow = typeof documents.$inferInsert;
export type DocumentAttachment = typeof documentAttachments.$inferSelect;

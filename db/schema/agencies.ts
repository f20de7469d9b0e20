import { boolean, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { AgencyPolicy, DisclosureOffice, SiteIdentity } from "@/lib/agencies/policy";

/** 行政机关: a body that publishes information and answers applications. */
export const agencies = pgTable("agencies", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** 统一社会信用代码 — the public identifier the API uses. */
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  shortName: text("short_name").notNull(),
  /** Letter numbers: `{letterPrefix}〔{year}〕{serial}号` (letters.md). */
  letterPrefix: text("letter_prefix").notNull(),
  /** 索引号 template (catalogue.md): placeholders {agencyCode} {year} {serial}. */
  indexNumberTemplate: text("index_number_template").notNull().default("{agencyCode}/{year}-{serial:5}"),
  /** Remedy clause (letters.md): where to apply for 行政复议 and which court hears a suit. */
  reconsiderationBody: text("reconsideration_body").notNull(),
  court: text("court").notNull(),
  disclosureOffice: jsonb("disclosure_office").$type<DisclosureOffice>().notNull(),
  siteIdentity: jsonb("site_identity").$type<SiteIdentity>().notNull(),
  /**
   * The agency's seal (印章) as a PNG in lib/storage, printed over the 落款 of its letter PDFs
   * (issue 16). Null: the letters carry a generated 演示印章 instead (the demo agencies).
   */
  sealStorageKey: text("seal_storage_key"),
  policy: jsonb("policy").$type<Partial<AgencyPolicy>>().notNull().default({}),
  /**
   * The platform's host (the district government whose 政务公开办 runs it): its reviewers and admin
   * consolidate the hosted agencies' annual reports. Set by the operator (seed or SQL), never from an
   * agency's own settings page, so no agency can grant itself other agencies' drafts.
   */
  platformHost: boolean("platform_host").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Agency = typeof agencies.$inferSelect;
export type NewAgency = typeof agencies.$inferInsert;

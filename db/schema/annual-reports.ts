import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { PublishedReportSnapshot } from "@/lib/annual-report/snapshot";
import { TABLE4_KINDS } from "@/lib/annual-report/rules/types";
import { agencies } from "./agencies";
import { applications } from "./applications";
import { documents } from "./documents";
import { users } from "./users";

export const annualReportStatus = pgEnum("annual_report_status", ["draft", "published"]);
/** 行政复议 · 行政诉讼（未经复议直接起诉）· 行政诉讼（复议后起诉）: the three blocks of table 四. */
export const reviewCaseKind = pgEnum("review_case_kind", TABLE4_KINDS);

/**
 * One agency's 政府信息公开工作年度报告 for one year (条例第四十九条、第五十条): what staff enter
 * (table 二's 行政许可/行政处罚/行政强制 counts and 行政事业性收费, sections 一、五、六) and, once
 * published, the frozen report. Everything else is computed from the records on each view.
 */
export const annualReports = pgTable(
  "annual_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    year: integer("year").notNull(),
    licensing: integer("licensing").notNull().default(0),
    penalties: integer("penalties").notNull().default(0),
    coercion: integer("coercion").notNull().default(0),
    /** 行政事业性收费 in 万元: the exact decimal text (at most 4 places), never a float. */
    chargesWan: text("charges_wan").notNull().default("0"),
    /** Sections 一、五、六; null until staff save them (the page prefills 一 and 六 from the numbers). */
    overview: text("overview"),
    problems: text("problems"),
    other: text("other"),
    status: annualReportStatus("status").notNull().default("draft"),
    /** The report as published: never recomputed afterwards. */
    snapshot: jsonb("snapshot").$type<PublishedReportSnapshot>(),
    /** The catalogue document (政府信息公开年报) it was published as. */
    documentId: uuid("document_id").references(() => documents.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: uuid("published_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id),
  },
  (t) => [uniqueIndex("annual_reports_agency_year_idx").on(t.agencyId, t.year)],
);

/**
 * A 行政复议 or 行政诉讼 case about the agency's disclosure work, entered by staff for table 四.
 * `result` is one of lib/annual-report/rules/review-results.ts's words; null while the case is undecided.
 */
export const reviewCases = pgTable(
  "review_cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    kind: reviewCaseKind("kind").notNull(),
    filedOn: date("filed_on").notNull(),
    applicationId: uuid("application_id").references(() => applications.id),
    result: text("result"),
    resultOn: date("result_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id),
  },
  (t) => [index("review_cases_agency_filed_idx").on(t.agencyId, t.filedOn)],
);

export type AnnualReportRow = typeof annualReports.$inferSelect;
export type ReviewCaseRow = typeof reviewCases.$inferSelect;

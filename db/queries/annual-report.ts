import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { applicationEvents, applications, documents } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { ledgerPayloadField } from "@/lib/applications/case/ledger-sql";
import { ValidationError } from "@/lib/errors";
import type { DocumentCount, ReportInput } from "@/lib/annual-report/rules/compute";
import {
  APPLICANT_COLUMN_KEYS,
  OUTCOME_GROUP_KEYS,
  OUTCOME_ROW_KEYS,
  TABLE3_KEYS,
  type ApplicantColumn,
  type OutcomeRow,
  type Table3Key,
} from "@/lib/annual-report/rules/rows";
import type { ApplicationCount, FinishedPeriod, ReceivedPeriod } from "@/lib/annual-report/rules/tally";
import type { FeeTotals } from "@/lib/annual-report/rules/types";

/**
 * The counts of one agency's year that the annual report is computed from (annual-report.md), all
 * aggregated in SQL: the database returns a few dozen groups, never the applications themselves,
 * so a year of a million applications costs one indexed scan (scripts/bench/report.ts).
 */
export type YearAggregate = Pick<ReportInput, "applications" | "documents" | "fees">;

export function yearBounds(year: number): { first: string; last: string } {
  if (!Number.isInteger(year) || year < 2008 || year > 9999) {
    throw new ValidationError([{ path: "year", message: "报告年度应为2008年（条例施行）以后的四位年份。" }]);
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** The table 三 column of an application: 自然人, or the organisation's kind (annual-report.md). */
const applicantColumn = sql<ApplicantColumn>`coalesce(${applications.orgKind}::text, 'person')`;

/**
 * The applications an agency's report counts: received (an online submission not yet confirmed has
 * no receivedOn and is not an application received, 条例第三十一条), and not the parent of a split,
 * which counts as its sub-applications (annual-report.md § Table 三; workflow.md §5).
 */
export function counted(agencyId: string | null): SQL {
  return and(
    // null: every agency of the platform (the district's public performance figures).
    agencyId === null ? undefined : eq(applications.agencyId, agencyId),
    sql`${applications.receivedOn} is not null`,
    // `child.parent_id is not null` lets the planner hash the few sub-applications from the index.
    sql`not exists (select 1 from ${applications} as child where child.parent_id is not null and child.parent_id = ${applications.id})`,
  )!;
}

/**
 * aggregateYear: applications and sub-applications by applicant column × decision row × received in
 * or before the year × finished in the year, before it or still open at 31 Dec — by `receivedOn`,
 * which a correction never moves (workflow.md §2) — plus the catalogue documents by docType and
 * the fee notices and payments of the year.
 */
export async function aggregateYear(db: Queryable, agencyId: string, year: number): Promise<YearAggregate> {
  const { first, last } = yearBounds(year);
  const [applicationGroups, documentGroups, fees] = await Promise.all([
    aggregateApplications(db, agencyId, first, last),
    aggregateDocuments(db, agencyId, first, last),
    aggregateFees(db, agencyId, first, last),
  ]);
  return { applications: applicationGroups, documents: documentGroups, fees };
}

async function aggregateApplications(db: Queryable, agencyId: string, first: string, last: string): Promise<ApplicationCount[]> {
  // Grouped by the raw columns (a handful of groups the planner can hash) with one count per pair
  // of periods. Finished before the year: in no cell of this year's report, so not even read; a
  // finish after 31 Dec is still open as of the year's end (四、结转下年度继续办理).
  const before = sql`${applications.receivedOn} < ${first}`;
  const inYear = sql`${applications.receivedOn} >= ${first}`;
  const finished = sql`${applications.finishedOn} <= ${last}`;
  const open = sql`(${applications.finishedOn} is null or ${applications.finishedOn} > ${last})`;
  const rows = await db
    .select({
      orgKind: applications.orgKind,
      reportRow: applications.reportRow,
      beforeFinished: sql<number>`count(*) filter (where ${before} and ${finished})::int`,
      beforeOpen: sql<number>`count(*) filter (where ${before} and ${open})::int`,
      inYearFinished: sql<number>`count(*) filter (where ${inYear} and ${finished})::int`,
      inYearOpen: sql<number>`count(*) filter (where ${inYear} and ${open})::int`,
    })
    .from(applications)
    .where(
      and(
        counted(agencyId),
        sql`${applications.receivedOn} <= ${last}`,
        sql`(${applications.finishedOn} is null or ${applications.finishedOn} >= ${first})`,
      ),
    )
    .groupBy(applications.orgKind, applications.reportRow);

  const groups: ApplicationCount[] = [];
  for (const r of rows) {
    const column: ApplicantColumn = r.orgKind ?? "person";
    const row = r.reportRow as OutcomeRow | null;
    const add = (received: ReceivedPeriod, finishedPeriod: FinishedPeriod, count: number) => {
      if (Number(count) > 0) groups.push({ column, received, finished: finishedPeriod, row: finishedPeriod === "inYear" ? row : null, count: Number(count) });
    };
    add("beforeYear", "inYear", r.beforeFinished);
    add("beforeYear", "open", r.beforeOpen);
    add("inYear", "inYear", r.inYearFinished);
    add("inYear", "open", r.inYearOpen);
  }
  return groups;
}

/**
 * Table 二 第二十条第（一）项 (catalogue.md docType): documents ever published (a later withdrawal
 * does not undo their issue) by 成文日期 in the year, repealed or expired in the year (the earlier of
 * 废止日期 and 失效日期), and valid at 31 Dec (issued by then, not ended by then).
 */
async function aggregateDocuments(db: Queryable, agencyId: string, first: string, last: string): Promise<DocumentCount[]> {
  const ended = sql`least(${documents.repealedOn}, ${documents.expiresOn})`;
  const rows = await db
    .select({
      docType: documents.docType,
      issued: sql<number>`count(*) filter (where ${documents.issuedOn} between ${first} and ${last})::int`,
      repealed: sql<number>`count(*) filter (where ${ended} between ${first} and ${last})::int`,
      valid: sql<number>`count(*) filter (where ${documents.issuedOn} <= ${last} and (${ended} is null or ${ended} > ${last}))::int`,
    })
    .from(documents)
    .where(and(eq(documents.agencyId, agencyId), sql`${documents.publishedAt} is not null`))
    .groupBy(documents.docType);
  // By the stored code: a label is for display and may be renamed without touching table 二.
  return rows.map((r) => ({ docType: r.docType, issued: Number(r.issued), repealed: Number(r.repealed), valid: Number(r.valid) }));
}

/**
 * Section 六 (annual-report.md), integer 元: the 收费通知书 issued in the year with the amount each
 * was issued for (its proposal's), and the 信息处理费 paid in the year (the payment date on the
 * receipt, fees.md §3.4) — for an imported register row, its feePaid in the year of its finishedOn.
 */
export async function feesOfYear(db: Queryable, agencyId: string, year: number): Promise<FeeTotals> {
  const { first, last } = yearBounds(year);
  return aggregateFees(db, agencyId, first, last);
}

async function aggregateFees(db: Queryable, agencyId: string, first: string, last: string): Promise<FeeTotals> {
  const proposal = alias(applicationEvents, "proposal");
  const inYear = sql`${applicationEvents.occurredOn} between ${first} and ${last}`;
  const [notices] = await db
    .select({
      count: sql<number>`count(*)::int`,
      amount: sql<string>`coalesce(sum((${ledgerPayloadField("feeProposed", "amountYuan", proposal.payload)})::bigint), 0)::text`,
    })
    .from(applicationEvents)
    .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
    .leftJoin(
      proposal,
      and(
        eq(proposal.applicationId, applicationEvents.applicationId),
        eq(proposal.type, "feeProposed"),
        sql`${ledgerPayloadField("feeProposed", "pauseId", proposal.payload)} = ${ledgerPayloadField("feeNoticeIssued", "pauseId", applicationEvents.payload)}`,
      ),
    )
    .where(and(eq(applications.agencyId, agencyId), eq(applicationEvents.type, "feeNoticeIssued"), inYear));
  const [collected] = await db
    .select({
      amount: sql<string>`coalesce(sum(case
        when ${applicationEvents.type} = 'feePaid' and ${inYear} then (${ledgerPayloadField("feePaid", "amountYuan", applicationEvents.payload)})::bigint
        when ${applicationEvents.type} = 'imported' and ${applications.finishedOn} between ${first} and ${last}
          then (${ledgerPayloadField("imported", "feePaid", applicationEvents.payload)})::bigint
        else 0 end), 0)::text`,
    })
    .from(applicationEvents)
    .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
    .where(and(eq(applications.agencyId, agencyId), sql`${applicationEvents.type} in ('feePaid', 'imported')`));
  return {
    noticesIssued: Number(notices?.count ?? 0),
    noticesAmount: Number(notices?.amount ?? 0),
    collected: Number(collected?.amount ?? 0),
  };
}

/** A cell of table 三: its row key (annual-report.md § JSON shape) and column (总计 included). */
export interface Table3Cell {
  row: string;
  column: string;
}

export interface ApplicationBehindCell {
  id: string;
  caseNumber: string;
  /** 姓名 or 名称 as registered (an imported register row has a placeholder). */
  applicant: string;
  applicantColumn: ApplicantColumn;
  receivedOn: string;
  /** The decision code (lib/workflow DECISIONS); null while open or for an imported register row. */
  decision: string | null;
  reportRow: OutcomeRow | null;
  finishedOn: string | null;
}

function isTable3Key(value: string): value is Table3Key {
  return (TABLE3_KEYS as readonly string[]).includes(value);
}

/** Which applications a row of table 三 counts, as annual-report.md defines each row. */
function rowCondition(row: Table3Key, first: string, last: string): SQL {
  const finishedInYear = sql`${applications.finishedOn} between ${first} and ${last}`;
  switch (row) {
    case "new":
      return sql`${applications.receivedOn} between ${first} and ${last}`;
    case "carriedIn":
      return sql`${applications.receivedOn} < ${first} and (${applications.finishedOn} is null or ${applications.finishedOn} >= ${first})`;
    case "carriedOut":
      return sql`${applications.receivedOn} <= ${last} and (${applications.finishedOn} is null or ${applications.finishedOn} > ${last})`;
    case "total":
      return finishedInYear;
    default:
      if ((OUTCOME_GROUP_KEYS as readonly string[]).includes(row)) {
        return sql`${finishedInYear} and ${applications.reportRow} like ${`${row}.%`}`;
      }
      return sql`${finishedInYear} and ${applications.reportRow} = ${row}`;
  }
}

/**
 * The drill-down of a table 三 cell: the applications (and sub-applications) behind its number, in
 * order of receipt. Carried-over, subtotal and 总计 cells list what they count, so the list always
 * has as many entries as the cell's number.
 */
export async function applicationsBehindCell(
  db: Queryable,
  agencyId: string,
  year: number,
  cell: Table3Cell,
): Promise<ApplicationBehindCell[]> {
  const { first, last } = yearBounds(year);
  const issues: { path: string; message: string }[] = [];
  if (!isTable3Key(cell.row)) issues.push({ path: "row", message: `表三没有“${cell.row}”这一行。` });
  const column = cell.column;
  if (column !== "total" && !(APPLICANT_COLUMN_KEYS as readonly string[]).includes(column)) {
    issues.push({ path: "column", message: `表三没有“${column}”这一列。` });
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const rows = await db
    .select({
      id: applications.id,
      caseNumber: applications.caseNumber,
      applicant: applications.applicantName,
      applicantColumn: applicantColumn,
      receivedOn: sql<string>`${applications.receivedOn}`,
      decision: applications.decision,
      reportRow: sql<OutcomeRow | null>`${applications.reportRow}`,
      finishedOn: applications.finishedOn,
    })
    .from(applications)
    .where(
      and(
        counted(agencyId),
        rowCondition(cell.row as Table3Key, first, last),
        column === "total" ? undefined : sql`${applicantColumn} = ${column}`,
      ),
    )
    .orderBy(asc(applications.receivedOn), asc(applications.caseNumber));
  return rows.map((r) => ({ ...r, reportRow: r.reportRow !== null && OUTCOME_ROW_KEYS.includes(r.reportRow) ? r.reportRow : null }));
}

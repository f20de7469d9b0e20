import { inArray } from "drizzle-orm";
import { agencies, categories, documents, type Agency } from "@/db/schema";
import type { Db } from "@/db/types";
import { parseIndexNumber } from "./index-number";
import { importRowSchema, type ImportRowInput } from "./schemas";
import { publicationDueOn } from "./timeliness";
import {
  fieldColumns,
  isLate,
  loadPublicationCalendar,
  recordRevision,
  replaceInterpretationLinks,
  setSupersededDocument,
  reserveIndexSerial,
  resolveCategory,
} from "./write";
import { ValidationError } from "@/lib/errors";

export interface ImportRow {
  /** Line number in the source file (1-based; for CSV the header is line 1). */
  line: number;
  value: unknown;
}

export interface ImportProblem {
  line: number;
  path: string;
  message: string;
}

export interface ImportReport {
  imported: number;
  /** Rows whose 索引号 is already in the catalogue (a re-run): left as they are. */
  skipped: number;
  problems: ImportProblem[];
}

/**
 * Bulk import (how an agency migrates its existing site). Every row is validated with the same
 * schema as the desk, plus its agency and category; if any row is bad nothing is imported and
 * every problem is reported by line number. Idempotent on 索引号: rows already present are skipped.
 * A row may link (linkedIndexNumbers) to documents already imported or to rows above it.
 * Runs as a trusted operator tool (command line), so there is no actor.
 */
export async function importDocuments(db: Db, rows: ImportRow[], { now = new Date() } = {}): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const valid: { line: number; row: ImportRowInput }[] = [];
  for (const { line, value } of rows) {
    const parsed = importRowSchema.safeParse(withOptionalDefaults(value));
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join(".");
        if (seen.has(path)) continue;
        seen.add(path);
        problems.push({ line, path, message: issue.message });
      }
    } else {
      valid.push({ line, row: parsed.data });
    }
  }

  const agencyRows = await db.select().from(agencies);
  const byCode = new Map<string, Agency>(agencyRows.flatMap((agency) => [[agency.code, agency], [agency.shortName, agency]]));
  const categoryRows = await db.select().from(categories);
  const usableCategory = new Set(categoryRows.filter((row) => !row.retiredAt).map((row) => `${row.agencyId}/${row.code}`));
  const firstLine = new Map<string, number>();
  const checked: typeof valid = [];
  for (const entry of valid) {
    const { line, row } = entry;
    const agency = byCode.get(row.agencyCode);
    const before = problems.length;
    if (!agency) problems.push({ line, path: "agencyCode", message: `未找到机关“${row.agencyCode}”，请填写统一社会信用代码或机关简称。` });
    else if (!usableCategory.has(`${agency.id}/${row.categoryCode}`)) {
      problems.push({ line, path: "categoryCode", message: `主题分类“${row.categoryCode}”不存在或已停用，请填写本机关分类的代码。` });
    }
    const earlier = firstLine.get(row.indexNumber);
    if (earlier) problems.push({ line, path: "indexNumber", message: `索引号 ${row.indexNumber} 与第 ${earlier} 行重复。` });
    else firstLine.set(row.indexNumber, line);
    if (problems.length === before) checked.push(entry);
  }
  if (problems.length) return { imported: 0, skipped: 0, problems: problems.sort((a, b) => a.line - b.line) };

  const existing = new Set<string>();
  const numbers = checked.map(({ row }) => row.indexNumber);
  for (let i = 0; i < numbers.length; i += 1000) {
    const found = await db
      .select({ indexNumber: documents.indexNumber })
      .from(documents)
      .where(inArray(documents.indexNumber, numbers.slice(i, i + 1000)));
    found.forEach((row) => existing.add(row.indexNumber));
  }

  const toImport = checked.filter(({ row }) => !existing.has(row.indexNumber));
  const calendar = await loadPublicationCalendar(db);
  let imported = 0;
  try {
    await db.transaction(async (tx) => {
      for (const { line, row } of toImport) {
        const agency = byCode.get(row.agencyCode);
        if (!agency) continue;
        try {
          await insertImportedRow(tx, agency, row, calendar, now);
          imported++;
        } catch (error) {
          if (error instanceof ValidationError) {
            error.errors.forEach((problem) => problems.push({ line, ...problem }));
            continue;
          }
          throw error;
        }
      }
      problems.sort((a, b) => a.line - b.line);
      // Nothing partial: any bad row rolls the whole file back.
      if (problems.length) throw new ImportRejected();
    });
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    return { imported: 0, skipped: 0, problems };
  }
  return { imported, skipped: checked.length - toImport.length, problems };
}

class ImportRejected extends Error {}

/** Optional columns may be left out of a row (or be empty in a CSV). */
const OPTIONAL_DEFAULTS = {
  status: "published",
  publishedOn: "",
  docNumber: "",
  signer: "",
  changedOn: "",
  validity: "valid",
  expiresOn: "",
  repealedOn: "",
  keywords: "",
  body: "",
  linkedIndexNumbers: "",
  supersedesIndexNumber: "",
};

function withOptionalDefaults(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const filled: Record<string, unknown> = { ...OPTIONAL_DEFAULTS };
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined && field !== null && !(field === "" && key in OPTIONAL_DEFAULTS)) filled[key] = field;
  }
  return filled;
}

async function insertImportedRow(
  tx: Parameters<Parameters<Db["transaction"]>[0]>[0],
  agency: Agency,
  row: ImportRowInput,
  calendar: Awaited<ReturnType<typeof loadPublicationCalendar>>,
  now: Date,
): Promise<void> {
  const category = await resolveCategory(tx, agency.id, row.categoryCode);
  const parsedNumber = parseIndexNumber(agency.indexNumberTemplate, agency.code, row.indexNumber);
  if (parsedNumber) await reserveIndexSerial(tx, agency.id, parsedNumber.year, parsedNumber.serial);
  const dueOn = publicationDueOn(calendar, row.issuedOn, row.changedOn || null);
  const publishedAt = row.status === "published" ? new Date(`${row.publishedOn}T09:00:00+08:00`) : null;
  const [inserted] = await tx
    .insert(documents)
    .values({
      agencyId: agency.id,
      indexNumber: row.indexNumber,
      status: row.status,
      publishedAt,
      versionPublishedAt: publishedAt,
      publishedLate: publishedAt ? isLate(dueOn ?? null, publishedAt) : false,
      createdAt: now,
      updatedAt: now,
      ...fieldColumns(row, { indexNumber: row.indexNumber, categoryId: category.id, dueOn }),
    })
    .returning();
  await replaceInterpretationLinks(tx, inserted!, row.linkedIndexNumbers);
  await setSupersededDocument(tx, inserted!, row.supersedesIndexNumber);
  await recordRevision(tx, inserted!, "imported", null);
}


import { createHash, randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { and, eq, inArray } from "drizzle-orm";
import { agencies, applicationEvents, applications } from "@/db/schema";
import type { Db } from "@/db/types";
import { encryptPii } from "@/lib/crypto/pii";
import { APPLICANT_COLUMNS } from "@/lib/annual-report/rules/rows";
import { parseRegisterCsv, type RegisterImportError, type RegisterRow } from "@/lib/annual-report/rules/register-import";
import { loadPiiKeys } from "./pii-keys";
import { ledgerEvent } from "./case/ledger";

export interface RegisterImportReport {
  /** Empty when the file was imported; otherwise nothing was imported. */
  errors: RegisterImportError[];
  imported: number;
  /** Rows already imported from an earlier run (same agency and case number, same values). */
  skipped: number;
}

interface Agency {
  id: string;
  code: string;
}

/** What a register row says, as the `imported` event keeps it (and the comparison on a re-run). */
function registerFacts(row: RegisterRow<Agency>) {
  return {
    caseNumber: row.caseNumber,
    applicantType: row.applicantType,
    orgKind: row.orgKind,
    channel: row.channel,
    receivedOn: row.receivedOn,
    finishedOn: row.finishedOn,
    reportRow: row.reportRow,
    feePaid: row.feePaid,
  };
}

/**
 * npm run import:applications (annual-report.md § Register import format): an agency's existing
 * register of applications, so its reports get correct 上年结转 figures. Every row is validated
 * first (lib/annual-report/rules/register-import.ts); one bad row and nothing is imported. Idempotent on
 * (agency, case number): a row already imported with the same values is skipped, a case number
 * already used otherwise is an error on its line. Each imported application is read-only history
 * (archived, with an `imported` event that the workbench refuses every action on): the register
 * holds no applicant identity, so the applicant columns hold placeholders, never invented data.
 */
export async function importRegister(db: Db, input: string | Uint8Array, { now = new Date() }: { now?: Date } = {}): Promise<RegisterImportReport> {
  const known = await db.select({ id: agencies.id, code: agencies.code, shortName: agencies.shortName }).from(agencies);
  const parsed = parseRegisterCsv<Agency>(input, {
    resolveAgency: (value) => {
      const agency = known.find((a) => a.code === value || a.shortName === value);
      return agency ? { id: agency.id, code: agency.code } : undefined;
    },
  });
  if (!parsed.ok) return { errors: parsed.errors, imported: 0, skipped: 0 };
  const keys = await loadPiiKeys(db);

  return db.transaction(async (tx) => {
    const errors: RegisterImportError[] = [];
    const fresh: RegisterRow<Agency>[] = [];
    let skipped = 0;
    for (const agencyId of new Set(parsed.rows.map((row) => row.agency.id))) {
      const rows = parsed.rows.filter((row) => row.agency.id === agencyId);
      const existing = await tx
        .select({ caseNumber: applications.caseNumber, type: applicationEvents.type, payload: applicationEvents.payload })
        .from(applications)
        .leftJoin(applicationEvents, and(eq(applicationEvents.applicationId, applications.id), eq(applicationEvents.type, "imported")))
        .where(and(eq(applications.agencyId, agencyId), inArray(applications.caseNumber, rows.map((row) => row.caseNumber))));
      const byNumber = new Map(existing.map((e) => [e.caseNumber, e]));
      for (const row of rows) {
        const found = byNumber.get(row.caseNumber);
        if (!found) fresh.push(row);
        else if (found.type === "imported" && isDeepStrictEqual(found.payload, registerFacts(row))) skipped += 1;
        else {
          errors.push({
            line: row.line,
            column: "caseNumber",
            message:
              found.type === "imported"
                ? `受理编号（caseNumber）“${row.caseNumber}”已导入过，但内容与本行不同：已导入的历史记录不可修改。`
                : `受理编号（caseNumber）“${row.caseNumber}”已被系统中办理的申请使用，不能再导入。`,
          });
        }
      }
    }
    if (errors.length > 0) return { errors: errors.sort((a, b) => a.line - b.line), imported: 0, skipped: 0 };

    for (const row of fresh) {
      const column = APPLICANT_COLUMNS[row.column];
      const [inserted] = await tx
        .insert(applications)
        .values({
          agencyId: row.agency.id,
          caseNumber: row.caseNumber,
          // Nobody holds a tracking code for a register row: the hash of random bytes matches none.
          trackingCodeHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
          status: row.finishedOn === null ? "in_progress" : row.reportRow!.startsWith("6.") ? "closed" : "replied",
          archived: true,
          channel: row.channel,
          applicantType: row.applicantType,
          orgKind: row.orgKind,
          applicantName: `历史登记导入（${column}）`,
          idType: "未登记",
          idNumberEncrypted: encryptPii(keys, "未登记"),
          // Unique per row and never a real keyed hash (hex): no fee counting ever matches it.
          idNumberHash: `imported:${row.agency.id}:${row.caseNumber}`,
          idNumberMasked: "未登记",
          phone: "",
          phoneNormalized: "",
          carrierForms: [],
          deliveryMethods: [],
          // 00:00 in China on the day it was received (UTC+8 all year).
          submittedAt: new Date(`${row.receivedOn}T00:00:00+08:00`),
          receivedOn: row.receivedOn,
          clockStartOn: row.receivedOn,
          finishedOn: row.finishedOn,
          reportRow: row.reportRow,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: applications.id });
      await tx.insert(applicationEvents).values({
        applicationId: inserted!.id,
        at: now,
        occurredOn: null,
        actorKind: "system",
        actorName: "登记簿导入",
        basis: "政府信息公开工作年度报告（历史登记簿导入）",
        reason: `导入第${row.line}行`,
        after: { status: row.finishedOn === null ? "in_progress" : "finished", archived: true },
        ...ledgerEvent("imported", registerFacts(row)),
      });
    }
    return { errors: [], imported: fresh.length, skipped };
  });
}

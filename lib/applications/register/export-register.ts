import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { agencies, applicationEvents, applications, requestItems } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { isLocalDate } from "@/lib/calendar";
import { ClockEventsError, computeClock } from "@/lib/clock";
import { ValidationError } from "@/lib/errors";
import { chinaDate } from "@/lib/validation/china-date";
import { fieldErrors, z } from "@/lib/validation/zod";
import { DECISIONS, type DecisionCode } from "@/lib/workflow/decisions";
import { STATUS_LABELS } from "@/lib/workflow/status";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";
import { clockEventsFromLedger, typedLedger, type ClockLedgerRow } from "../clock-events";
import { clockPolicyOf } from "../clock-view";
import { APPLICANT_TYPE_LABELS, CHANNEL_LABELS, ORG_KIND_LABELS } from "../vocabulary";
import { WORKBENCH_ROLES } from "../workbench/inbox";
import { REGISTER_EXPORT_COLUMNS, type RegisterEntry } from "./columns";
import { csvDocument, defuseFormula } from "@/lib/http/csv";

/** The longest range one export covers (a register is kept by year; two years side by side at most). */
const MAX_RANGE_DAYS = 731;
const SUMMARY_CHARS = 100;
const BATCH = 500;

const localDate = (label: string) => z.string({ error: `请填写${label}。` }).refine(isLocalDate, `${label}应为YYYY-MM-DD格式的有效日期。`);
export const registerRangeSchema = z
  .object({ from: localDate("起始日期"), to: localDate("截止日期") })
  .refine((r) => r.from <= r.to, { path: ["to"], message: "截止日期不能早于起始日期。" })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 < MAX_RANGE_DAYS, { path: ["to"], message: "一次最多导出两年的登记台账。" });
export type RegisterRange = z.infer<typeof registerRangeSchema>;

/**
 * 依申请公开登记台账 of the actor's agency: every application received in [from, to] (收到申请之日,
 * 条例第三十一条), one row each, in case-number order. A split application (一事一申请) is
 * registered through its sub-applications, as table 三 counts them; submissions not yet received
 * have no 收到日期 and are not in the register yet. 用时 counts the working days of the reply
 * period used to the reply (or to today), net of the legal pauses (lib/clock, 条例第三十三条第二款).
 * Only the agency's staff who handle applications may export it (it names no applicant).
 */
export async function loadRegister(db: Queryable, actor: Actor, rawRange: unknown, now = new Date()): Promise<{ range: RegisterRange; agencyName: string; entries: RegisterEntry[] }> {
  assertRole(actor, WORKBENCH_ROLES);
  const parsed = registerRangeSchema.safeParse(rawRange);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const range = parsed.data;
  const [agency] = await db.select().from(agencies).where(eq(agencies.id, actor.agencyId!));
  const policy = clockPolicyOf(readAgencyPolicy(agency?.policy));
  const calendar = await getWorkingCalendar(db);
  const today = chinaDate(now);

  const rows = await db
    .select({
      id: applications.id,
      caseNumber: applications.caseNumber,
      receivedOn: applications.receivedOn,
      applicantType: applications.applicantType,
      orgKind: applications.orgKind,
      channel: applications.channel,
      status: applications.status,
      decision: applications.decision,
      finishedOn: applications.finishedOn,
      reportRow: applications.reportRow,
    })
    .from(applications)
    .where(
      and(
        eq(applications.agencyId, actor.agencyId!),
        gte(applications.receivedOn, range.from),
        lte(applications.receivedOn, range.to),
        sql`not exists (select 1 from applications c where c.parent_id = ${applications.id})`,
      ),
    )
    .orderBy(asc(applications.receivedOn), asc(applications.caseNumber));

  const entries: RegisterEntry[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const ids = batch.map((r) => r.id);
    const [events, items] = await Promise.all([
      db
        .select({ applicationId: applicationEvents.applicationId, type: applicationEvents.type, occurredOn: applicationEvents.occurredOn, payload: applicationEvents.payload })
        .from(applicationEvents)
        .where(inArray(applicationEvents.applicationId, ids))
        .orderBy(asc(applicationEvents.seq)),
      db
        .select({ applicationId: requestItems.applicationId, title: requestItems.title })
        .from(requestItems)
        .where(inArray(requestItems.applicationId, ids))
        .orderBy(asc(requestItems.position)),
    ]);
    const ledgers = groupBy(events, (e) => e.applicationId);
    const titles = groupBy(items, (i) => i.applicationId);
    for (const row of batch) {
      // The ledger's rows parsed once by its schemas (case/ledger.ts), for the fee and the clock.
      const ledger = typedLedger(ledgers.get(row.id) ?? []);
      const fee = ledger.reduce((sum, e) => sum + feeOf(e), 0);
      const clock = clockOf(ledger, calendar, policy, row.finishedOn ?? today);
      const summary = (titles.get(row.id) ?? []).map((i) => i.title).join("、");
      entries.push({
        受理编号: row.caseNumber,
        机关: agency?.shortName ?? agency?.code ?? "",
        收到日期: row.receivedOn ?? "",
        申请人类型: APPLICANT_TYPE_LABELS[row.applicantType],
        组织类型: row.orgKind ? ORG_KIND_LABELS[row.orgKind] : "",
        申请方式: CHANNEL_LABELS[row.channel],
        申请内容摘要: summary.length > SUMMARY_CHARS ? `${summary.slice(0, SUMMARY_CHARS - 1)}…` : summary,
        办理状态: STATUS_LABELS[row.status],
        答复日期: row.finishedOn ?? "",
        处理决定: row.decision ? (DECISIONS[row.decision as DecisionCode]?.label ?? row.decision) : "",
        对应年报行: row.reportRow ?? "",
        是否收费: fee > 0 ? "是" : "否",
        金额: fee,
        是否延期: clock?.extension ? "是" : "否",
        "用时（工作日，扣除中止）": clock?.workingDaysUsed ?? "",
      });
    }
  }
  return { range, agencyName: agency?.name ?? "", entries };
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** 信息处理费 collected: the payments recorded (fees.md §3.4), or an imported register row's own figure. */
function feeOf(event: ClockLedgerRow): number {
  if (event.type === "feePaid") return Number.isFinite(event.payload.amountYuan) ? event.payload.amountYuan : 0;
  // An imported row keeps the register's facts as the register gave them (case/ledger.ts): a count of yuan, as a number or digits.
  const value = event.type === "imported" ? event.payload.feePaid : undefined;
  return typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : 0;
}

function clockOf(ledger: readonly ClockLedgerRow[], calendar: Awaited<ReturnType<typeof getWorkingCalendar>>, policy: ReturnType<typeof clockPolicyOf>, asOf: string) {
  try {
    const events = clockEventsFromLedger(ledger);
    return events.some((e) => e.type === "received") ? computeClock(events, calendar, policy, asOf) : null;
  } catch (error) {
    if (error instanceof ClockEventsError) return null; // an unreadable ledger: the other columns still stand
    throw error;
  }
}

/** UTF-8 CSV with a BOM (Excel opens it as UTF-8), RFC 4180 quoting; formula-like cells are defused. */
export function registerCsv(entries: readonly RegisterEntry[]): string {
  return csvDocument([REGISTER_EXPORT_COLUMNS, ...entries.map((entry) => REGISTER_EXPORT_COLUMNS.map((c) => entry[c]))]);
}

/** One sheet 登记台账 with the header row frozen (exceljs). */
export async function registerXlsx(entries: readonly RegisterEntry[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  const sheet = workbook.addWorksheet("登记台账", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = REGISTER_EXPORT_COLUMNS.map((header) => ({ header, key: header, width: header === "申请内容摘要" ? 40 : Math.max(10, header.length * 2 + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const entry of entries) sheet.addRow(Object.fromEntries(REGISTER_EXPORT_COLUMNS.map((c) => [c, typeof entry[c] === "string" ? defuseFormula(entry[c]) : entry[c]])));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

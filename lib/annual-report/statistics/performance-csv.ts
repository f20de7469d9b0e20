import { csvDocument } from "@/lib/http/csv";
import type { PublicPerformance } from "./load-performance";

/** The CSV columns: a stable key for programs beside the Chinese label for people. */
export const PERFORMANCE_CSV_HEADER = ["section", "item", "label", "value"] as const;

const rate = (value: number | null) => (value === null ? "" : value.toFixed(4));

/**
 * GET /api/v1/statistics/performance/csv: the figures of the page, one per line, under the same
 * keys as the JSON (section.item), the rate as a fraction 0–1 with 4 decimals, an unknown value empty.
 */
export function performanceCsv(p: PublicPerformance): string {
  const lines: (string | number)[][] = [
    [...PERFORMANCE_CSV_HEADER],
    ["scope", p.scope.kind === "agency" ? p.scope.code : "district", "统计范围", p.scope.name],
    ["scope", "year", "统计年度", p.year],
    ["received", "total", "本年收到申请（件）", p.received],
    ...p.perMonth.map((m, i) => ["perMonth", String(i + 1), `${m.label}收到申请（件）`, m.value]),
    ["replies", "total", "本年答复（件）", p.replies.total],
    ["replies", "onTime", "按时答复（件）", p.replies.onTime],
    ["replies", "late", "逾期答复（件）", p.replies.late],
    ["replies", "unknown", "期限待定（件）", p.replies.unknown],
    ["replies", "onTimeRate", "按时答复率（扣除依法中止期间）", rate(p.replies.onTimeRate)],
    ["replies", "medianWorkingDays", "答复用时中位数（工作日，扣除依法中止期间）", p.replies.medianWorkingDays ?? ""],
    ["closedWithoutReply", "total", "终止办理未答复（件）", p.closedWithoutReply],
    ...p.decisions.map((d) => ["decisions", d.row, `办理结果 ${d.label}（件）`, d.count]),
    ["fees", "noticesIssued", "发出收费通知（件）", p.fees.noticesIssued],
    ["fees", "noticesAmount", "收费通知金额（元）", p.fees.noticesAmount],
    ["fees", "collected", "实际收取信息处理费（元）", p.fees.collected],
  ];
  return csvDocument(lines);
}

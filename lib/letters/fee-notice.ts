import type { LocalDate } from "@/lib/calendar";
import {
  bandContaining,
  bandLabel,
  FEE_PAYMENT_WINDOW_WORKING_DAYS,
  PER_ITEM_BANDS,
  PER_PAGE_BANDS,
  type FeeBandTable,
  type FeeQuote,
} from "@/lib/fees";
import { applicationReference, formatChineseDate, formatYuan, sentence } from "./format";
import { LETTER_TITLES } from "./kinds";
import type { AgencyLetterSettings, ApplicantFacts, Letter, LetterIssue, LetterTable } from "./types";

/** What was counted: the applicant's item numbers this month (按件), or the pages (按量). */
export type FeeCount = { method: "perItem"; itemNumbers: readonly number[] } | { method: "perPage"; pages: number };

const METHOD = {
  perItem: { name: "按件计收", article: "第四条", table: PER_ITEM_BANDS, priceHeader: "每件收费" },
  perPage: { name: "按量计收", article: "第五条", table: PER_PAGE_BANDS, priceHeader: "每页收费" },
} as const;

/** The band table of the method, from lib/fees (the per-item table continues by bands of 10). */
function bandTable(method: FeeCount["method"]): LetterTable {
  const { table, name, priceHeader } = METHOD[method];
  const rows = table.bands.map((band) => [bandLabel(table, band), formatYuan(band.unitPrice)]);
  const continuation = continuationRow(table);
  return { caption: `${name}收费标准`, columns: [table.unit === "件" ? "件数（当月累计）" : "页数", priceHeader], rows: continuation ? [...rows, continuation] : rows };
}

function continuationRow(table: FeeBandTable): string[] | null {
  const last = table.bands[table.bands.length - 1]!;
  if (!table.continuation || last.to === null) return null;
  const next = bandContaining(table, last.to + 1);
  return [
    `${bandLabel(table, next)}，此后每${table.continuation.width}${table.unit}为一档`,
    `${formatYuan(next.unitPrice)}，每档递增${formatYuan(table.continuation.increment)}`,
  ];
}

function breakdownTable(quote: FeeQuote): LetterTable {
  return {
    caption: "费用明细",
    columns: ["档次", "数量", "单价", "小计"],
    rows: [
      ...quote.lines.map((line) => [line.band, String(line.units), formatYuan(line.unitPrice), formatYuan(line.subtotal)]),
      ["合计", "", "", formatYuan(quote.amount)],
    ],
  };
}

function countSentence(count: FeeCount, receivedOn: LocalDate): string {
  if (count.method === "perPage") return `本申请所需提供的信息共${count.pages}页（按A4幅面计）。`;
  const month = `${receivedOn.slice(0, 4)}年${Number(receivedOn.slice(5, 7))}月`;
  return `本申请为您${month}向本机关提出的第${count.itemNumbers.join("、")}件申请。`;
}

/**
 * 收费通知书 (letters.md; fees.md §3): the basis (《政府信息公开信息处理费管理办法》, article numbers only
 * for Arts. 3–5), the method and its band table, the count, the amount with breakdown, how to pay,
 * the payment deadline (20 working days from the day after receipt), that non-payment means the
 * application is treated as abandoned, and — only when the agency's feePausesClock is on — that
 * the period until payment does not count toward the reply deadline, citing the agency's own rule.
 */
export function buildFeeNotice(input: {
  agency: AgencyLetterSettings;
  issue: LetterIssue;
  application: ApplicantFacts;
  count: FeeCount;
  /** Computed by lib/fees (perItemFee / perPageFee). */
  quote: FeeQuote;
  howToPay: string;
  feePausesClock: boolean;
  /** The agency's own rule that makes the fee period a pause, e.g. 《××政府信息公开指南》. */
  feePauseRule: string;
  /** The payment deadline, when the day of receipt is already known (online: the day it is sent). */
  payBy?: LocalDate | null;
  /** A reduction is a new notice that refers to the old one (fees.md §3.6). */
  replaces?: { number: string; amountYuan: number } | null;
}): Letter {
  const method = METHOD[input.count.method];
  if (input.quote.amount <= 0) throw new RangeError("收费金额须大于0元");
  const deadline = input.payBy
    ? `请自收到本通知之次日起${FEE_PAYMENT_WINDOW_WORKING_DAYS}个工作日内（即${formatChineseDate(input.payBy)}前，含当日）缴纳。`
    : `请自收到本通知之次日起${FEE_PAYMENT_WINDOW_WORKING_DAYS}个工作日内缴纳。`;
  const paragraphs = [
    applicationReference(input.application),
    ...(input.replaces
      ? [`本通知替代本机关${input.replaces.number}收费通知书（原金额${formatYuan(input.replaces.amountYuan)}），原通知不再执行。`]
      : []),
    `根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》第三条、${method.article}的规定，本机关对您的申请${method.name}信息处理费，收费标准见下表。`,
    countSentence(input.count, input.application.receivedOn),
    `应缴信息处理费共计${formatYuan(input.quote.amount)}，明细见下表。`,
    sentence(`缴费方式：${input.howToPay}`),
    deadline,
    "您逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。",
    ...(input.feePausesClock
      ? [`根据${input.feePauseRule}，自您收到本通知之日至缴费之日的期间，不计算在答复期限内。`]
      : []),
  ];
  return {
    kind: "feeNotice",
    title: LETTER_TITLES.feeNotice,
    number: input.issue.number,
    addressee: input.application.applicantName,
    date: input.issue.date,
    paragraphs,
    tables: [bandTable(input.count.method), breakdownTable(input.quote)],
    signature: input.agency.name,
    ...(input.replaces ? { refersTo: input.replaces.number } : {}),
  };
}

import { bandContaining, bandLabel, PER_ITEM_BANDS, PER_PAGE_BANDS, type FeeBandTable } from "./bands";
import { FeeInputError } from "./errors";

export type FeeLine = { band: string; units: number; unitPrice: number; subtotal: number };

/** An amount in whole 元 (integers only: no floating-point money) and its breakdown by band. */
export type FeeQuote = { amount: number; lines: FeeLine[] };

/** Counts above this are refused as absurd (fees.md §2). */
export const MAX_FEE_COUNT = 1_000_000;

function requireCount(value: number, parameter: string, min: number): void {
  if (!Number.isInteger(value) || value < min || value > MAX_FEE_COUNT) {
    throw new FeeInputError(parameter, `「${parameter}」必须是 ${min} 到 1,000,000 之间的整数`);
  }
}

/** Prices units first…last (1-based) marginally, one line per band touched. */
function quote(table: FeeBandTable, first: number, last: number): FeeQuote {
  const lines: FeeLine[] = [];
  let amount = 0;
  for (let unit = first; unit <= last; ) {
    const band = bandContaining(table, unit);
    const end = band.to === null ? last : Math.min(band.to, last);
    const units = end - unit + 1;
    const subtotal = units * band.unitPrice;
    lines.push({ band: bandLabel(table, band), units, unitPrice: band.unitPrice, subtotal });
    amount += subtotal;
    unit = end + 1;
  }
  return { amount, lines };
}

/**
 * The price in 元 of the applicant's n-th item this month
 * (《政府信息公开信息处理费管理办法》第四条).
 */
export function priceOfItem(n: number): number {
  requireCount(n, "件序号", 1);
  return bandContaining(PER_ITEM_BANDS, n).unitPrice;
}

/**
 * 按件计收 (《政府信息公开信息处理费管理办法》第三、四条): the application occupies
 * item numbers prior+1 … prior+items of the applicant's natural month (the month
 * of receivedOn); its fee is the sum of their prices.
 */
export function perItemFee(priorItemsThisMonth: number, itemsInThisApplication: number): FeeQuote {
  requireCount(priorItemsThisMonth, "本月此前件数", 0);
  requireCount(itemsInThisApplication, "本申请件数", 1);
  if (priorItemsThisMonth + itemsInThisApplication > MAX_FEE_COUNT) {
    throw new FeeInputError("本申请件数", "「本月此前件数」与「本申请件数」之和不得超过 1,000,000");
  }
  return quote(PER_ITEM_BANDS, priorItemsThisMonth + 1, priorItemsThisMonth + itemsInThisApplication);
}

/**
 * 按量计收 (《政府信息公开信息处理费管理办法》第三、五条): per application, by
 * A4 page (pages converted to A4 by staff, the policy default). 0 pages costs nothing.
 */
export function perPageFee(pages: number): FeeQuote {
  requireCount(pages, "页数", 0);
  return quote(PER_PAGE_BANDS, 1, pages);
}

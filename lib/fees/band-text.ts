import { PER_ITEM_BANDS, PER_PAGE_BANDS, type FeeBandTable } from "./bands";

/**
 * The fee bands in words, written from lib/fees/bands.ts so the guide and the calculator page never
 * restate a band by hand (《政府信息公开信息处理费管理办法》第四条、第五条). Pure and client-safe.
 */
export function bandClauses(table: FeeBandTable): string[] {
  const { unit } = table;
  const clauses = table.bands.map((band) => {
    if (band.unitPrice === 0 && band.from === 1 && band.to !== null) return `${band.to}${unit}以内（含${band.to}${unit}）不收费`;
    const range = band.to === null ? `第${band.from}${unit}以上` : `第${band.from}—${band.to}${unit}`;
    return `${range}每${unit}${band.unitPrice}元`;
  });
  if (table.continuation) {
    clauses.push(`此后每${table.continuation.width}${unit}为一档，每档每${unit}加收${table.continuation.increment}元`);
  }
  return clauses;
}

/** One sentence per method: what is counted (第四条: per applicant and natural month; 第五条: per application), then the bands. */
export const FEE_METHOD_RULES = {
  perItem: `同一申请人一个自然月内累计申请${bandClauses(PER_ITEM_BANDS).join("；")}。`,
  perPage: `同一申请获取的信息${bandClauses(PER_PAGE_BANDS).join("；")}。`,
} as const;

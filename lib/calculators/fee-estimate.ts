import { perItemFee, perPageFee, type FeeQuote } from "@/lib/fees";
import type { FeeEstimateQuery } from "./schemas";

/** The 信息处理费计算器 and its API: one method per application (《管理办法》第三条). */
export function estimateFee(query: FeeEstimateQuery): FeeQuote & { method: FeeEstimateQuery["method"] } {
  const quote = query.method === "per-item" ? perItemFee(query.priorItems, query.items) : perPageFee(query.pages);
  return { method: query.method, ...quote };
}

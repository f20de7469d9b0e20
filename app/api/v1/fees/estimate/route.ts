import { estimateFee } from "@/lib/calculators/fee-estimate";
import { feeEstimateQuery } from "@/lib/calculators/schemas";
import { json, route } from "@/lib/http/api";
import { parseQuery } from "@/lib/http/query";

/** Fee estimate by either method of 《政府信息公开信息处理费管理办法》第四条、第五条. */
export const GET = route(async (request) => {
  const { method, amount, lines } = estimateFee(parseQuery(request, feeEstimateQuery));
  return json({ method, amount, lines });
});

import { isReviewResult, type ReviewResult } from "@/lib/annual-report/rules/review-results";

/**
 * A review case's result as of 31 Dec of the report year (annual-report.md § Table 四): a result
 * dated later leaves it 尚未审结 for that year.
 */
export function resultAtYearEnd(reviewCase: { result: string | null; resultOn: string | null }, year: number): ReviewResult | null {
  const { result, resultOn } = reviewCase;
  return result !== null && resultOn !== null && resultOn <= `${year}-12-31` && isReviewResult(result) ? result : null;
}

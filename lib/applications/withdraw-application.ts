import type { Db } from "@/db/types";
import { chinaDate } from "@/lib/validation/china-date";
import type { DecisionCode } from "@/lib/workflow/decisions";
import type { ApplicantAccess } from "./applicant-access";
import { performApplicantAction } from "./applicant-steps/perform-applicant-action";
import { loadOwnApplication } from "./owned-application";

/**
 * The decision of an application its applicant withdrew (workflow.md §5: row （六）3 其他处理,
 * Policy default; lib/workflow/decisions.ts).
 */
export const WITHDRAWN_DECISION: DecisionCode = "withdrawn";

export interface WithdrawalConfirmation {
  caseNumber: string;
  withdrawnOn: string;
}

/**
 * 撤回申请: the applicant may withdraw before the reply (workflow.md §6). The application is closed
 * at the applicant's request with an applicant-visible event and a 撤回确认 (e-mailed when an
 * address was given).
 */
export async function withdrawApplication(db: Db, who: ApplicantAccess, id: string, input: unknown, now = new Date()): Promise<WithdrawalConfirmation> {
  await performApplicantAction(db, who, id, "withdraw", input, { now });
  const application = await loadOwnApplication(db, who, id);
  return { caseNumber: application.caseNumber, withdrawnOn: chinaDate(now) };
}

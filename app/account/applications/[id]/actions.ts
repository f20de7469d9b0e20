"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { applicantAccessFor } from "@/lib/auth/applicant";
import { performApplicantAction } from "@/lib/applications/applicant-steps/perform-applicant-action";
import { withdrawApplication, type WithdrawalConfirmation } from "@/lib/applications/withdraw-application";
import { rateApplication } from "@/lib/applications/rate-application";
import { revokeApplicantSubscription, subscribeAsApplicant, type NewSubscription } from "@/lib/applications/deadline-feed/subscriptions";

/** The applicant's pages: the account's own, and the one a tracking-code look-up opened. */
function revalidateApplicant(id: string) {
  revalidatePath(`/account/applications/${id}`);
  revalidatePath("/account/applications");
  revalidatePath("/apply/lookup/application");
}

/** 撤回申请: by the account that filed it, or by whoever just proved its tracking code. */
export async function withdrawApplicationAction(id: string, input: unknown): Promise<ActionResult<WithdrawalConfirmation>> {
  return runAction(async () => {
    const result = await withdrawApplication(await getDb(), await applicantAccessFor(id), id, input);
    revalidateApplicant(id);
    return result;
  }, "申请已撤回。");
}

/** 同意缴费 / 不同意缴费 (fees.md §3): declining closes the application that day (（六）2). */
export async function respondToFeeAction(id: string, response: "acceptFee" | "declineFee"): Promise<ActionResult<{ status: string }>> {
  return runAction(async () => {
    const action = response === "declineFee" ? "declineFee" : "acceptFee";
    const outcome = await performApplicantAction(await getDb(), await applicantAccessFor(id), id, action, {});
    revalidateApplicant(id);
    return { status: outcome.status };
  }, response === "declineFee" ? "您已表示不缴纳信息处理费，申请已终止办理。" : "已记录您同意缴费。请按收费通知书缴费。");
}

/** 评价 after the reply: by the account that filed it, or by whoever just proved its tracking code. */
export async function rateApplicationAction(id: string, input: unknown): Promise<ActionResult<{ score: number }>> {
  return runAction(async () => {
    const result = await rateApplication(await getDb(), await applicantAccessFor(id), id, input);
    revalidateApplicant(id);
    return result;
  }, "感谢您的评价。");
}

/** 一键转交 (条例第三十六条第五项): with the applicant's consent, the same request filed to the responsible agency. */
export async function referApplicationAction(id: string, input: unknown): Promise<ActionResult<{ status: string }>> {
  return runAction(async () => {
    const outcome = await performApplicantAction(await getDb(), await applicantAccessFor(id), id, "referToResponsibleAgency", input);
    revalidateApplicant(id);
    return { status: outcome.status };
  }, "申请已转交负责公开的机关。该机关确认收到后依法答复，您可以在下方查看新的申请。");
}

/** 期限日历订阅 (issue 16.5): a new secret feed URL, shown once. */
export async function subscribeDeadlinesAction(id: string): Promise<ActionResult<NewSubscription>> {
  return runAction(async () => {
    const created = await subscribeAsApplicant(await getDb(), await applicantAccessFor(id), id);
    revalidateApplicant(id);
    return created;
  });
}

export async function revokeDeadlineSubscriptionAction(id: string, subscriptionId: string): Promise<ActionResult> {
  return runAction(async () => {
    await revokeApplicantSubscription(await getDb(), await applicantAccessFor(id), id, String(subscriptionId));
    revalidateApplicant(id);
    return undefined;
  }, "订阅链接已撤销。");
}

"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requireRole } from "@/lib/auth/session";
import { withdrawApplication, type WithdrawalConfirmation } from "@/lib/applications/withdraw-application";
import { rateApplication } from "@/lib/applications/rate-application";

export async function withdrawApplicationAction(id: string, input: unknown): Promise<ActionResult<WithdrawalConfirmation>> {
  return runAction(async () => {
    const actor = await requireRole(["citizen"], `/account/applications/${id}`);
    const result = await withdrawApplication(await getDb(), actor, id, input);
    revalidatePath(`/account/applications/${id}`);
    revalidatePath("/account/applications");
    return result;
  }, "申请已撤回。");
}

export async function rateApplicationAction(id: string, input: unknown): Promise<ActionResult<{ score: number }>> {
  return runAction(async () => {
    const actor = await requireRole(["citizen"], `/account/applications/${id}`);
    const result = await rateApplication(await getDb(), actor, id, input);
    revalidatePath(`/account/applications/${id}`);
    return result;
  }, "感谢您的评价。");
}

"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { registerOfflineApplication, type OfflineRegistration } from "@/lib/applications/workbench/register-offline";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requireRole } from "@/lib/auth/session";

/** 登记线下申请: a clerk of the agency; the use case validates with the shared schema and receives it. */
export async function registerApplicationAction(values: unknown): Promise<ActionResult<OfflineRegistration>> {
  return runAction(async () => {
    const actor = await requireRole(["clerk"], "/staff/applications/new");
    const registration = await registerOfflineApplication(await getDb(), actor, values);
    revalidatePath("/staff/applications");
    return registration;
  }, "已登记。");
}

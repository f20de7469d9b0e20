"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requestContext } from "@/lib/auth/request-context";
import { requireRole } from "@/lib/auth/session";
import { createStaffUser, setStaffUserDisabled } from "@/lib/users/staff-users";

export async function createStaffUserAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/users");
    const result = await createStaffUser(await getDb(), actor, input, await requestContext());
    revalidatePath("/admin/users");
    return result;
  }, "账号已创建。");
}

export async function setStaffUserDisabledAction(userId: string, disabled: boolean): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/users");
    await setStaffUserDisabled(await getDb(), actor, String(userId), disabled === true, await requestContext());
    revalidatePath("/admin/users");
    return undefined;
  }, disabled ? "账号已停用。" : "账号已启用。");
}

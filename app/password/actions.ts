"use server";

import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requestContext } from "@/lib/auth/request-context";
import { ROLES } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { changePassword } from "@/lib/users/change-password";

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireRole(ROLES, "/password");
    await changePassword(await getDb(), actor, input, await requestContext());
    return undefined;
  }, "密码已修改。为安全起见，您在所有设备上的登录均已退出，请用新密码重新登录。");
}

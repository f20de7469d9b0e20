"use server";

import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requestContext } from "@/lib/auth/request-context";
import { registerCitizen } from "@/lib/users/register-citizen";

export async function registerCitizenAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  return runAction(async () => registerCitizen(await getDb(), input, await requestContext()), "注册成功，请登录。");
}

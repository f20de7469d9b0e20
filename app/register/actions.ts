"use server";

import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requestContext } from "@/lib/auth/request-context";
import { config } from "@/lib/config";
import { registerCitizen } from "@/lib/users/register-citizen";

/**
 * The same answer whether the number or address was new or already registered (no account
 * enumeration; lib/users/register-citizen): nothing about the outcome leaves the server.
 */
export async function registerCitizenAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    await registerCitizen(await getDb(), input, await requestContext(), { perIpPerHour: config().REGISTER_RATE_LIMIT });
    return undefined;
  }, REGISTRATION_ACCEPTED);
}

const REGISTRATION_ACCEPTED =
  "注册信息已提交。如该手机号码或电子邮箱此前未注册，现在即可用它和刚设置的密码登录；如此前已注册，原账号保持不变，我们已向原账号的电子邮箱发送提示，请用原密码登录。";

"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { issueApiKey, revokeApiKey } from "@/lib/api-keys";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { clientIp } from "@/lib/auth/client-ip";
import { requireRole } from "@/lib/auth/session";

export async function issueApiKeyAction(input: unknown): Promise<ActionResult<{ key: string }>> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/api-keys");
    const { key } = await issueApiKey(await getDb(), actor, input, { ip: clientIp(await headers()) });
    revalidatePath("/admin/api-keys");
    return { key };
  }, "密钥已签发。");
}

export async function revokeApiKeyAction(id: string): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/api-keys");
    await revokeApiKey(await getDb(), actor, id, { ip: clientIp(await headers()) });
    revalidatePath("/admin/api-keys");
    return undefined;
  }, "密钥已停用。");
}

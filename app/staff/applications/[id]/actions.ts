"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { revealApplicantIdNumber } from "@/lib/applications/reveal-identity";
import { REVEAL_ROLES } from "@/lib/applications/workbench/case-view";
import { WORKBENCH_ROLES } from "@/lib/applications/workbench/inbox";
import { performAction, type ActionOutcome } from "@/lib/applications/workbench/perform-action";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { clientIp } from "@/lib/auth/client-ip";
import { requireRole } from "@/lib/auth/session";
import { revokeStaffSubscription, subscribeAsStaff, type NewSubscription } from "@/lib/applications/deadline-feed/subscriptions";

/** One server action for every workbench step: the use case checks role, agency, status and guard. */
export async function performApplicationAction(applicationId: string, action: string, values: unknown): Promise<ActionResult<ActionOutcome>> {
  const path = `/staff/applications/${applicationId}`;
  return runAction(async () => {
    const actor = await requireRole(WORKBENCH_ROLES, path);
    const outcome = await performAction(await getDb(), actor, applicationId, action, values);
    revalidatePath(path);
    return outcome;
  }, "已办理。");
}

/** Show the full 证件号码 with the stated reason (clerk or reviewer of the agency; audited). */
export async function revealIdNumberAction(applicationId: string, reason: string): Promise<ActionResult<string>> {
  return runAction(async () => {
    const actor = await requireRole(REVEAL_ROLES, `/staff/applications/${applicationId}`);
    const revealed = await revealApplicantIdNumber(await getDb(), actor, applicationId, { reason, ip: clientIp(await headers()) });
    return revealed.idNumber;
  });
}

/** 期限日历订阅 (issue 16.5): the staff member's own feed of this case's deadlines, shown once. */
export async function subscribeDeadlinesAction(applicationId: string): Promise<ActionResult<NewSubscription>> {
  const path = `/staff/applications/${applicationId}`;
  return runAction(async () => {
    const created = await subscribeAsStaff(await getDb(), await requireRole(WORKBENCH_ROLES, path), applicationId);
    revalidatePath(path);
    return created;
  });
}

export async function revokeDeadlineSubscriptionAction(applicationId: string, subscriptionId: string): Promise<ActionResult> {
  const path = `/staff/applications/${applicationId}`;
  return runAction(async () => {
    await revokeStaffSubscription(await getDb(), await requireRole(WORKBENCH_ROLES, path), applicationId, String(subscriptionId));
    revalidatePath(path);
    return undefined;
  }, "订阅链接已撤销。");
}

"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { clientIp } from "@/lib/auth/client-ip";
import { fileOnlineOpinion, openInvitation, type InvitationView } from "@/lib/applications/consultation-online/online-opinion";

/**
 * 在线提出意见 (条例第三十二条): no login — the link's token and the code printed beside it on the
 * 征求意见书 are the consultee's proof, checked (and failures counted per address) in the use case.
 */
export async function openInvitationAction(token: string, input: unknown): Promise<ActionResult<InvitationView>> {
  return runAction(async () => openInvitation(await getDb(), String(token), input, { ip: clientIp(await headers()) }));
}

export async function fileOnlineOpinionAction(token: string, input: unknown): Promise<ActionResult<{ receivedOn: string }>> {
  return runAction(async () => fileOnlineOpinion(await getDb(), String(token), input, { ip: clientIp(await headers()) }), "意见已提交，本机关已收到。");
}

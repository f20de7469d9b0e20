"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { SUPERVISOR_ROLE } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { sendSupervisionNote } from "@/lib/supervision/notes";

/** 发送督办 (issue 15.2): the use case checks the supervisor and the host agency; the schema is the form's. */
export async function sendSupervisionNoteAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireRole([SUPERVISOR_ROLE], "/staff/supervision");
    const result = await sendSupervisionNote(await getDb(), actor, input);
    revalidatePath("/staff/supervision");
    return result;
  }, "督办已发送，已进入该机关的收件箱并记入其审计记录。");
}

"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { bulkAssign, type BulkAssignResult } from "@/lib/applications/workbench/bulk-assign";
import { WORKBENCH_ROLES } from "@/lib/applications/workbench/inbox";
import { deleteSavedFilter, saveFilter } from "@/lib/applications/workbench/saved-filters";
import { formDataOf, runAction, type ActionResult } from "@/lib/auth/action";
import { requireRole } from "@/lib/auth/session";
import { markSupervisionNoteHandled } from "@/lib/supervision/notes";

const INBOX = "/staff/applications";

/** 批量指定经办人: the selected rows' ids and one assignee (each case checked as a single assignment). */
export async function bulkAssignAction(_previous: ActionResult<BulkAssignResult> | null, formData: FormData): Promise<ActionResult<BulkAssignResult>> {
  return runAction(async () => {
    const actor = await requireRole(WORKBENCH_ROLES, INBOX);
    const form = formDataOf(formData);
    const result = await bulkAssign(await getDb(), actor, { ids: form.getAll("ids").map(String), assigneeId: String(form.get("assigneeId") ?? "") });
    revalidatePath(INBOX);
    return result;
  });
}

/** Save the inbox's current filter under a name (the staff member's own list). */
export async function saveFilterAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireRole(WORKBENCH_ROLES, INBOX);
    const form = formDataOf(formData);
    await saveFilter(await getDb(), actor, { name: String(form.get("name") ?? ""), query: String(form.get("query") ?? "") });
    revalidatePath(INBOX);
    return undefined;
  }, "已保存筛选。");
}

export async function deleteFilterAction(id: string): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireRole(WORKBENCH_ROLES, INBOX);
    await deleteSavedFilter(await getDb(), actor, id);
    revalidatePath(INBOX);
    return undefined;
  }, "已删除筛选。");
}

/** 督办事项 已处理: a staff member of the supervised agency closes the note (issue 15.2). */
export async function markSupervisionNoteHandledAction(noteId: string): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(WORKBENCH_ROLES, INBOX);
    await markSupervisionNoteHandled(await getDb(), actor, noteId);
    revalidatePath(INBOX);
  }, "已标记为已处理。");
}

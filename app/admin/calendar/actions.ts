"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requestContext } from "@/lib/auth/request-context";
import { requireRole } from "@/lib/auth/session";
import { deleteCalendarYear, saveCalendarYear, type MovedDeadlinesReport, type SavedCalendarYear } from "@/lib/calendar/admin";

export async function saveCalendarYearAction(input: unknown): Promise<ActionResult<SavedCalendarYear>> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/calendar");
    const result = await saveCalendarYear(await getDb(), actor, input, await requestContext());
    revalidatePath("/admin/calendar");
    return result;
  }, "放假安排已保存。");
}

export async function deleteCalendarYearAction(year: number): Promise<ActionResult<MovedDeadlinesReport>> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/calendar");
    const result = await deleteCalendarYear(await getDb(), actor, year, await requestContext());
    revalidatePath("/admin/calendar");
    return result;
  }, `${year}年放假安排已删除。`);
}

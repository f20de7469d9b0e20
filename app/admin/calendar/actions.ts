"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requestContext } from "@/lib/auth/request-context";
import { requireRole } from "@/lib/auth/session";
import { saveCalendarYear, type SavedCalendarYear } from "@/lib/calendar-admin";

export async function saveCalendarYearAction(input: unknown): Promise<ActionResult<SavedCalendarYear>> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/calendar");
    const result = await saveCalendarYear(await getDb(), actor, input, await requestContext());
    revalidatePath("/admin/calendar");
    return result;
  }, "放假安排已保存。");
}

"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requireRole } from "@/lib/auth/session";
import { CATALOGUE_TAG } from "@/lib/documents/cache-tags";
import { createCategory, moveCategory, renameCategory, setCategoryRetired } from "@/lib/documents/categories";

/** The lists and the category tree, and every document page (its breadcrumb and 主题分类 name the category). */
function expire() {
  updateTag(CATALOGUE_TAG);
  revalidatePath("/documents/[id]", "page");
  revalidatePath("/admin/categories");
}

export async function createCategoryAction(input: unknown): Promise<ActionResult<{ id: string; code: string }>> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/categories");
    const result = await createCategory(await getDb(), actor, input);
    expire();
    return result;
  }, "分类已添加。");
}

export async function renameCategoryAction(id: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/categories");
    await renameCategory(await getDb(), actor, id, input);
    expire();
  }, "分类已改名。");
}

export async function moveCategoryAction(id: string, direction: "up" | "down"): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/categories");
    await moveCategory(await getDb(), actor, id, direction === "up" ? "up" : "down");
    expire();
  });
}

export async function setCategoryRetiredAction(id: string, retired: boolean): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/categories");
    await setCategoryRetired(await getDb(), actor, id, retired === true);
    expire();
  }, retired ? "分类已停用，原有文件不受影响。" : "分类已恢复。");
}

"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getDb } from "@/db/client";
import { REPORT_ROLES } from "@/lib/annual-report/access";
import { saveReportInputs } from "@/lib/annual-report/inputs";
import { publishAnnualReport } from "@/lib/annual-report/publish";
import { createReviewCase, deleteReviewCase, updateReviewCase } from "@/lib/annual-report/review-cases";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requireRole } from "@/lib/auth/session";
import { CATALOGUE_TAG } from "@/lib/documents/cache-tags";
import { documentUrl } from "@/lib/documents/public";

const pathOf = (year: number) => `/staff/reports/${year}`;

export async function saveReportInputsAction(year: number, input: unknown): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(REPORT_ROLES, pathOf(year));
    await saveReportInputs(await getDb(), actor, year, input);
    revalidatePath(pathOf(year));
  }, "已保存，报告已按新数据重新计算。");
}

export async function createReviewCaseAction(year: number, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireRole(REPORT_ROLES, pathOf(year));
    const result = await createReviewCase(await getDb(), actor, input);
    revalidatePath(pathOf(year));
    return result;
  }, "案件已登记。");
}

export async function updateReviewCaseAction(year: number, id: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(REPORT_ROLES, pathOf(year));
    await updateReviewCase(await getDb(), actor, id, input);
    revalidatePath(pathOf(year));
  }, "案件已修改。");
}

export async function deleteReviewCaseAction(year: number, id: string): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(REPORT_ROLES, pathOf(year));
    await deleteReviewCase(await getDb(), actor, id);
    revalidatePath(pathOf(year));
  }, "案件已删除。");
}

export async function publishAnnualReportAction(year: number, carryOverExplained = false): Promise<ActionResult<{ documentId: string }>> {
  return runAction(async () => {
    const actor = await requireRole(REPORT_ROLES, pathOf(year));
    const result = await publishAnnualReport(await getDb(), actor, year, { carryOverExplained: carryOverExplained === true });
    // The report is now a catalogue document: the public catalogue, search and feed show it at once.
    updateTag(CATALOGUE_TAG);
    revalidatePath(documentUrl(result.documentId)); // a corrected report replaces its page's content
    revalidatePath(pathOf(year));
    return result;
  }, "年度报告已发布到“政府信息公开年报”栏目。");
}

"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getDb } from "@/db/client";
import { getAgencyById } from "@/db/queries/agencies";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requestContext } from "@/lib/auth/request-context";
import { requireRole } from "@/lib/auth/session";
import { updateAgencySettings } from "@/lib/agencies/settings";
import { ForbiddenError } from "@/lib/errors";
import { CATALOGUE_TAG, SITE_TAG } from "@/lib/documents/cache-tags";

/** Always the admin's own agency: the code comes from the session, never from the form. */
export async function updateAgencySettingsAction(input: unknown): Promise<ActionResult<{ changed: string[] }>> {
  return runAction(async () => {
    const actor = await requireRole(["admin"], "/admin/agency");
    const db = await getDb();
    const agency = actor.agencyId ? await getAgencyById(db, actor.agencyId) : undefined;
    if (!agency) throw new ForbiddenError();
    const result = await updateAgencySettings(db, actor, agency.code, input, await requestContext());
    revalidatePath("/", "layout");
    updateTag(SITE_TAG); // the identity in every page's header and footer
    updateTag(CATALOGUE_TAG); // the guide (条例第十二条) is built from these settings
    return result;
  }, "本机关设置已保存。");
}

import { eq } from "drizzle-orm";
import { agencies, type Agency } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { findAgency } from "@/db/queries/agencies";
import { canonicalJson } from "@/lib/audit/hash";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import { assertRole, assertSameAgency, type Actor } from "@/lib/auth/roles";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { agencyPolicySchema, disclosureOfficeSchema, readAgencyPolicy, siteIdentitySchema } from "./policy";
import { agencySettingsSchema, parseReminderDays, type AgencySettingsInput } from "./settings-schema";
import { forgetSiteInfo } from "./site";

type StoredSettings = Pick<
  Agency,
  "name" | "shortName" | "letterPrefix" | "indexNumberTemplate" | "reconsiderationBody" | "court" | "disclosureOffice" | "siteIdentity" | "policy"
>;
const SETTING_KEYS = [
  "name",
  "shortName",
  "letterPrefix",
  "indexNumberTemplate",
  "reconsiderationBody",
  "court",
  "disclosureOffice",
  "siteIdentity",
  "policy",
] as const satisfies readonly (keyof StoredSettings)[];

/** An admin may read and change only their own agency's settings (403 for another one). */
export async function ownAgency(db: Queryable, actor: Actor, code: string): Promise<Agency> {
  assertRole(actor, ["admin"]);
  const agency = await findAgency(db, code);
  if (!agency) throw new NotFoundError("未找到该机关。");
  assertSameAgency(actor, agency.id);
  return agency;
}

/** The stored settings as the /admin/agency form shows them. */
export async function getAgencySettings(db: Queryable, actor: Actor, code: string): Promise<AgencySettingsInput & { code: string }> {
  const agency = await ownAgency(db, actor, code);
  const policy = readAgencyPolicy(agency.policy);
  return {
    code: agency.code,
    name: agency.name,
    shortName: agency.shortName,
    letterPrefix: agency.letterPrefix,
    indexNumberTemplate: agency.indexNumberTemplate,
    reconsiderationBody: agency.reconsiderationBody,
    court: agency.court,
    disclosureOffice: disclosureOfficeSchema.parse(agency.disclosureOffice ?? {}),
    siteIdentity: siteIdentitySchema.parse(agency.siteIdentity ?? {}),
    policy: { ...policy, reminderWorkingDays: policy.reminderWorkingDays.join("、") },
  };
}

/**
 * An admin changes their agency's settings. Letters already issued keep what they said (letters
 * are stored when issued); new letters, remedy clauses and index numbers use the new values.
 * Only changed settings are written to the audit log, each with its value before and after.
 */
export async function updateAgencySettings(
  db: Queryable,
  actor: Actor,
  code: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ changed: string[] }> {
  await ownAgency(db, actor, code);
  const parsed = agencySettingsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const form = parsed.data;

  const result = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(agencies).where(eq(agencies.code, code)).for("update");
    if (!current) throw new NotFoundError("未找到该机关。");
    const next: StoredSettings = {
      ...form,
      // Settings added to the policy later keep their stored (or default) value.
      policy: agencyPolicySchema.parse({
        ...readAgencyPolicy(current.policy),
        ...form.policy,
        reminderWorkingDays: parseReminderDays(form.policy.reminderWorkingDays),
      }),
    };
    // Compared as read (defaults filled in), so a stored `{}` policy equal to the defaults is no change.
    const stored: StoredSettings = {
      ...current,
      disclosureOffice: disclosureOfficeSchema.parse(current.disclosureOffice ?? {}),
      siteIdentity: siteIdentitySchema.parse(current.siteIdentity ?? {}),
      policy: readAgencyPolicy(current.policy),
    };
    const changed = SETTING_KEYS.filter((key) => canonicalJson(stored[key]) !== canonicalJson(next[key]));
    if (changed.length === 0) return { changed };
    await tx.update(agencies).set({ ...next, updatedAt: new Date() }).where(eq(agencies.id, current.id));
    await recordAudit(tx, {
      actor,
      action: "agency.updated",
      agencyId: current.id,
      target: { type: "agency", id: current.code },
      ip: context.ip,
      before: Object.fromEntries(changed.map((key) => [key, stored[key]])),
      after: Object.fromEntries(changed.map((key) => [key, next[key]])),
    });
    return { changed };
  });
  if (result.changed.length) forgetSiteInfo();
  return result;
}

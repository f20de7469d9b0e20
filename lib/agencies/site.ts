import type { Agency } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { listAgencies } from "@/db/queries/agencies";

export interface SiteInfo {
  /** The platform's host agency (the first registered): shown in the banner and footer. */
  host: Pick<Agency, "code" | "name" | "shortName" | "siteIdentity" | "disclosureOffice">;
  agencies: Pick<Agency, "code" | "name" | "shortName">[];
}

const TTL_MS = 60_000;
let cache: { at: number; value: SiteInfo } | undefined;

/** Site identity for the shared layout. Not per-user; cached briefly in the process. */
export async function getSiteInfo(db: Queryable, now = Date.now()): Promise<SiteInfo | undefined> {
  if (cache && now - cache.at < TTL_MS) return cache.value;
  const all = await listAgencies(db);
  const host = all[0];
  if (!host) return undefined;
  const value: SiteInfo = {
    host,
    agencies: all.map(({ code, name, shortName }) => ({ code, name, shortName })),
  };
  cache = { at: now, value };
  return value;
}

/** After an admin edits agency settings. */
export function forgetSiteInfo(): void {
  cache = undefined;
}

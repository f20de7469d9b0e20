import { getDb } from "@/db/client";
import { listAgencies } from "@/db/queries/agencies";
import { json, route } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** Public list of agencies; later APIs refer to an agency by its `code` (统一社会信用代码). */
export const GET = route(async () => {
  const agencies = await listAgencies(await getDb());
  return json({ items: agencies.map(({ code, name, shortName }) => ({ code, name, shortName })) });
});

import { asc, eq } from "drizzle-orm";
import { agencies, type Agency } from "@/db/schema";
import type { Queryable } from "@/db/types";

export async function listAgencies(db: Queryable): Promise<Agency[]> {
  return db.select().from(agencies).orderBy(asc(agencies.createdAt), asc(agencies.name));
}

/** By 统一社会信用代码 or by short name (as the import formats allow). */
export async function findAgency(db: Queryable, codeOrShortName: string): Promise<Agency | undefined> {
  const [byCode] = await db.select().from(agencies).where(eq(agencies.code, codeOrShortName)).limit(1);
  if (byCode) return byCode;
  const [byShortName] = await db.select().from(agencies).where(eq(agencies.shortName, codeOrShortName)).limit(1);
  return byShortName;
}

export async function getAgencyById(db: Queryable, id: string): Promise<Agency | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id)).limit(1);
  return row;
}

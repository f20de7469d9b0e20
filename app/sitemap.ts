import type { MetadataRoute } from "next";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documents } from "@/db/schema";
import { DISCLOSURE_COLUMN } from "@/components/layout/nav-items";
import { publicOrigin } from "@/lib/http/origin";

// Read at request time: the database and the configured public address are not there at build.
export const dynamic = "force-dynamic";

/** The sitemap protocol allows 50,000 URLs per file: the column pages and the newest documents. */
const MAX_URLS = 50_000;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = publicOrigin();
  const rows = await (await getDb())
    .select({ id: documents.id, updatedAt: documents.updatedAt })
    .from(documents)
    .where(eq(documents.status, "published"))
    .orderBy(desc(documents.publishedAt))
    .limit(MAX_URLS - DISCLOSURE_COLUMN.length - 1);
  return [
    { url: `${origin}/`, changeFrequency: "daily" },
    ...DISCLOSURE_COLUMN.map((item) => ({ url: `${origin}${item.href}`, changeFrequency: "daily" as const })),
    ...rows.map((row) => ({ url: `${origin}/documents/${row.id}`, lastModified: row.updatedAt })),
  ];
}

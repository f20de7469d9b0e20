import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { agencies, documentRevisions, documents } from "@/db/schema";
import { listAgencyCategories } from "@/lib/documents/categories";
import { formatIndexNumber } from "@/lib/documents/index-number";
import { seededRandom, syntheticDocument } from "@/lib/documents/synthetic";
import { fieldColumns, reserveIndexSerialRange } from "@/lib/documents/write";
import { withCliDatabase } from "./cli-database";

/**
 * npm run gen:documents -- --count 100000 [--seed 1] [--agency <code>]
 * Synthetic published documents for load tests, spread over the agencies (or one), the category
 * tree and the years 2019–2025, with real 索引号 from each agency's template (serials reserved, so
 * nothing the desk generates later collides). Inserted in batches; prints progress.
 */
const { values } = parseArgs({
  options: { count: { type: "string", default: "1000" }, seed: { type: "string", default: "1" }, agency: { type: "string" } },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > 5_000_000) {
  console.error("--count 应为 1 到 5000000 之间的整数 / --count must be an integer from 1 to 5,000,000");
  process.exit(2);
}
const BATCH = 500;

void withCliDatabase(async ({ db }) => {
  const random = seededRandom(Number(values.seed) || 1);
  const all = await db.select().from(agencies);
  const targets = values.agency ? all.filter((agency) => agency.code === values.agency) : all;
  if (targets.length === 0) {
    console.error(`未找到机关 / no such agency: ${values.agency}`);
    process.exitCode = 2;
    return;
  }
  const categoryIds = new Map<string, Map<string, string>>();
  for (const agency of targets) {
    const rows = await listAgencyCategories(db, agency.id);
    categoryIds.set(agency.id, new Map(rows.map((row) => [row.code, row.id])));
  }
  const started = Date.now();
  for (let done = 0; done < count; done += BATCH) {
    const size = Math.min(BATCH, count - done);
    await db.transaction(async (tx) => {
      const drafts = Array.from({ length: size }, (_, i) => {
        const agency = targets[(done + i) % targets.length]!;
        return { agency, doc: syntheticDocument(random, agency, done + i) };
      });
      // One serial range per agency and year in this batch.
      const next = new Map<string, number>();
      const groups = new Map<string, number>();
      for (const { agency, doc } of drafts) {
        const key = `${agency.id}|${doc.issuedOn.slice(0, 4)}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
      for (const [key, n] of groups) {
        const [agencyId, year] = key.split("|");
        next.set(key, await reserveIndexSerialRange(tx, agencyId!, Number(year), n));
      }
      const rows = drafts.map(({ agency, doc }) => {
        const year = Number(doc.issuedOn.slice(0, 4));
        const key = `${agency.id}|${year}`;
        const serial = next.get(key)!;
        next.set(key, serial + 1);
        const indexNumber = formatIndexNumber(agency.indexNumberTemplate, { agencyCode: agency.code, year, serial });
        const publishedAt = new Date(`${doc.publishedOn}T09:00:00+08:00`);
        const categoryId = categoryIds.get(agency.id)!.get(doc.categoryCode)!;
        return {
          agencyId: agency.id,
          indexNumber,
          status: "published" as const,
          publishedAt,
          versionPublishedAt: publishedAt,
          ...fieldColumns(doc, { indexNumber, categoryId, dueOn: undefined }),
        };
      });
      const inserted = await tx.insert(documents).values(rows).returning({ id: documents.id });
      await tx.insert(documentRevisions).values(
        inserted.map((row) => ({ documentId: row.id, revision: 1, action: "imported", snapshot: { generated: true }, note: "gen:documents" })),
      );
    });
    const total = done + size;
    if (total % 10_000 < BATCH || total === count) {
      console.log(`已生成 ${total}/${count}（${((Date.now() - started) / 1000).toFixed(0)} 秒）`);
    }
  }
  // Flush the GIN pending list and refresh planner statistics: without this, searches right after
  // a bulk load are several times slower.
  await db.execute(sql`vacuum analyze documents`);
  console.log("已整理索引和统计信息（VACUUM ANALYZE）");
});

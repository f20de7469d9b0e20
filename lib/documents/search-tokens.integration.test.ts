import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { documents } from "@/db/schema";
import { MIGRATIONS_FOLDER } from "@/db/open";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { SAMPLE_TITLE } from "@/db/seed-data/demo-documents";
import { buildSearchVector } from "./search-tokens";

/** The migration that added the joined tokens (its number may change when branches merge). */
const migration = fs.readFileSync(
  path.join(MIGRATIONS_FOLDER, fs.readdirSync(MIGRATIONS_FOLDER).find((name) => name.endsWith("_search_joint_tokens.sql"))!),
  "utf8",
);

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** A vector literal without the tokens joining a Latin/digit run and a Han character: as stored before the migration. */
function withoutJoinedTokens(literal: string): string {
  return literal
    .split(" ")
    .filter((entry) => {
      const token = entry.slice(1, entry.lastIndexOf("'"));
      return !(HAN.test(token) && /[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(token));
    })
    .join(" ");
}

describe.each(TEST_DRIVERS)("search tokens migration (%s)", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(() => database.destroy());

  it("gives the vectors stored before it the tokens buildSearchVector now builds", async () => {
    // Text the joins must get right: full-width digits, both sides of a number, Latin words, a run
    // touching Han on both sides, a non-ASCII letter, a run too long to keep.
    await database.db
      .update(documents)
      .set({ bodyText: `第２７号 令COVID19疫苗 x号号7 第é条 ${"9".repeat(70)}号 A股和B股`, summary: "2024年第3季度", docNumber: null })
      .where(eq(documents.title, SAMPLE_TITLE));
    const rows = await database.db.select().from(documents);
    const expected = new Map(
      rows.map((row) => [
        row.id,
        buildSearchVector([
          { text: row.title, weight: "A" },
          { text: `${row.docNumber ?? ""} ${row.indexNumber} ${row.keywords}`, weight: "B" },
          { text: row.summary, weight: "C" },
          { text: row.bodyText, weight: "D" },
        ]),
      ]),
    );
    for (const [id, literal] of expected) {
      await database.db.execute(sql`update documents set search_tokens = ${withoutJoinedTokens(literal)}::tsvector where id = ${id}`);
    }

    await database.db.execute(sql.raw(migration));

    const rowsOf = <T,>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
    const stored = rowsOf<{ id: string; title: string; tokens: string }>(
      await database.db.execute(sql`select id, title, search_tokens::text as tokens from documents`),
    );
    expect(stored.length).toBeGreaterThan(30);
    // Weight D is the default: not printed.
    const sample = stored.find((row) => row.title === SAMPLE_TITLE)!.tokens.split(" ");
    expect(sample).toEqual(expect.arrayContaining(["'27号':1", "'covid19疫':1", "'第é':1", "'2024年':1A", "'第3':1C"]));
    for (const row of stored) {
      const [want] = rowsOf<{ v: string }>(await database.db.execute(sql`select ${expected.get(row.id)!}::tsvector::text as v`));
      expect(row.tokens, row.title).toBe(want!.v);
    }
  });
});

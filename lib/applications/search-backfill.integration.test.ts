import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { applications, requestItems } from "@/db/schema";
import { MIGRATIONS_FOLDER } from "@/db/open";
import { TEST_DRIVERS } from "@/test/databases";
import { createSeededDatabase, ORGANIZATION_APPLICATION, PERSON_APPLICATION, type SeededDatabase } from "@/test/applications";
import { applicationSearchColumns } from "./search-tokens";
import { listInbox } from "./workbench/inbox";

/** The migration that fills the vectors 0014 left empty (its number may change when branches merge). */
const migration = fs.readFileSync(
  path.join(MIGRATIONS_FOLDER, fs.readdirSync(MIGRATIONS_FOLDER).find((name) => name.endsWith("_inbox_search_backfill.sql"))!),
  "utf8",
);

const rowsOf = <T,>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

describe.each(TEST_DRIVERS)("inbox search backfill migration (%s)", (driver) => {
  let database: SeededDatabase;
  beforeAll(async () => {
    database = await createSeededDatabase(driver);
  });
  afterAll(async () => database?.destroy());

  it("gives the applications filed before 0014 the vector applicationSearchColumns builds, and leaves the others alone", async () => {
    const { db } = database;
    const tricky = await database.received({
      input: {
        ...PERSON_APPLICATION,
        applicant: { ...PERSON_APPLICATION.applicant, name: "Zhang Wei张伟" },
        items: [
          { title: "津南区河道治理工程合同", description: "请提供合同全文及验收报告。" },
          { title: "第２７号 令COVID19疫苗 x号号7", description: `A股和B股 第é条 ${"9".repeat(70)}号 2024年第3季度的报告` },
        ],
      },
    });
    const plain = await database.received({ input: ORGANIZATION_APPLICATION });
    const untouched = await database.received();
    await db.update(requestItems).set({ docNumber: "津南政发〔2024〕12号", indexNumber: "11120112MB/2024-00012" }).where(eq(requestItems.applicationId, tricky));

    const expected = new Map<string, string>();
    for (const id of [tricky, plain]) {
      const [app] = await db.select({ name: applications.applicantName }).from(applications).where(eq(applications.id, id));
      const items = await db.select().from(requestItems).where(eq(requestItems.applicationId, id)).orderBy(asc(requestItems.position));
      expected.set(id, applicationSearchColumns(app!.name, items).searchTokens);
      // As stored before 0014: no vector.
      await db.execute(sql`update applications set search_tokens = ''::tsvector where id = ${id}`);
    }
    // One whose vector the app wrote: the migration must not touch it.
    await db.execute(sql`update applications set search_tokens = '''保留'':1A'::tsvector where id = ${untouched}`);
    expect((await listInbox(db, database.actors.clerk, { q: "河道治理" })).rows).toEqual([]);

    await db.execute(sql.raw(migration));

    const stored = new Map(
      rowsOf<{ id: string; tokens: string }>(await db.execute(sql`select id, search_tokens::text as tokens from applications`)).map((r) => [r.id, r.tokens]),
    );
    for (const [id, literal] of expected) {
      const [want] = rowsOf<{ v: string }>(await db.execute(sql`select ${literal}::tsvector::text as v`));
      expect(want!.v.length).toBeGreaterThan(20);
      expect(stored.get(id)).toBe(want!.v);
    }
    expect(stored.get(tricky)!.split(" ")).toEqual(expect.arrayContaining(["'27号':1", "'covid19疫':1", "'第é':1", "'zhang':1A", "'wei张':1A", "'2024年':1"]));
    expect(stored.get(untouched)).toBe("'保留':1A");
    // The clerk now finds the case by its words.
    expect((await listInbox(db, database.actors.clerk, { q: "河道治理" })).rows.map((r) => r.id)).toEqual([tricky]);
    // Latin letters match whatever their case (ILIKE); Han and digits by LIKE.
    expect((await listInbox(db, database.actors.clerk, { q: "ZHANG covid19" })).rows.map((r) => r.id)).toEqual([tricky]);
    expect((await listInbox(db, database.actors.clerk, { q: "2024年第3季度" })).rows.map((r) => r.id)).toEqual([tricky]);
  });
});

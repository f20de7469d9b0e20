import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { seedDatabase } from "@/db/seed";
import { documents } from "@/db/schema";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { authenticate } from "@/lib/users/authenticate";
import { importDocuments } from "./import";
import { parseImportFile } from "./import-file";
import { createDocument } from "./publishing";
import { EMPTY_DOCUMENT_FIELDS } from "./schemas";
import { searchDocuments } from "./search";

const BALITAI = "11120112MB1957322H";

const row = (serial: number, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    agencyCode: BALITAI,
    indexNumber: `${BALITAI}/2021-${String(serial).padStart(5, "0")}`,
    status: "published",
    publishedOn: "2021-06-10",
    title: `八里台镇旧站迁移文件${serial}号`,
    categoryCode: "policy-other",
    docType: "other_document",
    issuedOn: "2021-06-01",
    summary: "旧网站迁移的文件。",
    body: "旧网站正文。",
    ...overrides,
  });

describe.each(TEST_DRIVERS)("import:documents (%s)", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(() => database.destroy());

  const total = async () => Number((await database.db.select({ n: count() }).from(documents))[0]!.n);

  it("reports every bad row by line number and imports nothing", async () => {
    const before = await total();
    const text = [
      row(1),
      row(2, { title: "" }),
      "{not json",
      row(4, { agencyCode: "NOPE" }),
      row(5, { categoryCode: "no-such-category" }),
      row(1, { title: "重复索引号" }),
      row(7, { status: "published", publishedOn: "" }),
      row(8, { validity: "expired" }),
    ].join("\n");
    const report = await importDocuments(database.db, parseImportFile("old.jsonl", text));
    expect(report.imported).toBe(0);
    expect(report.problems.map((problem) => [problem.line, problem.path])).toEqual([
      [2, "title"],
      [3, ""],
      [4, "agencyCode"],
      [5, "categoryCode"],
      [6, "indexNumber"],
      [7, "publishedOn"],
      [8, "expiresOn"],
    ]);
    expect(report.problems.find((problem) => problem.line === 6)!.message).toBe(`索引号 ${BALITAI}/2021-00001 与第 1 行重复。`);
    expect(await total()).toBe(before);
  });

  it("imports good rows (CSV too), is idempotent on 索引号, and never hands the imported serials out again", async () => {
    const before = await total();
    const csv = [
      "agencyCode,indexNumber,status,publishedOn,title,categoryCode,docType,issuedOn,summary,body",
      `${BALITAI},${BALITAI}/2021-00003,published,2021-06-10,"八里台镇旧站迁移文件,CSV",policy-other,other_document,2021-06-01,概述,"正文第一段\n正文第二段"`,
    ].join("\n");
    const first = await importDocuments(database.db, [...parseImportFile("a.jsonl", `${row(1)}\n${row(2)}`), ...parseImportFile("b.csv", csv)]);
    expect(first).toEqual({ imported: 3, skipped: 0, problems: [] });
    const again = await importDocuments(database.db, parseImportFile("a.jsonl", `${row(1)}\n${row(2)}`));
    expect(again).toEqual({ imported: 0, skipped: 2, problems: [] });
    expect(await total()).toBe(before + 3);
    expect((await searchDocuments(database.db, { q: "迁移文件" })).total).toBe(3);

    const publisher = await authenticate(database.db, { identifier: "publisher@balitai.example", password: "Publisher-2026" }, "10.4.0.3");
    const created = await createDocument(database.db, publisher, {
      ...EMPTY_DOCUMENT_FIELDS,
      title: "新文件",
      categoryCode: "policy-other",
      issuedOn: "2021-07-01",
      summary: "概述",
    });
    expect(created.indexNumber).toBe(`${BALITAI}/2021-00004`);
    const [imported] = await database.db.select().from(documents).where(eq(documents.indexNumber, `${BALITAI}/2021-00003`));
    expect(imported!.bodyHtml).toBe("<p>正文第一段</p>\n<p>正文第二段</p>");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { SAMPLE_TITLE } from "@/db/seed-data/demo-documents";
import { getPublicDocument } from "./public";
import { searchDocuments } from "./search";
import { suggestPublishedDocuments } from "@/lib/applications/document-suggestions";

describe.each(TEST_DRIVERS)("catalogue search (%s)", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
    await seedDatabase(database.db); // the seed is idempotent
  });
  afterAll(() => database.destroy());

  const search = (params: Record<string, unknown>) => searchDocuments(database.db, params);

  it.each(["法治政府", "八里台政报", "27号", "八里台政报〔2024〕27号"])("finds the seeded sample report for %s", async (q) => {
    const result = await search({ q });
    expect(result.items.map((item) => item.title)).toContain(SAMPLE_TITLE);
  });

  it("ranks title matches first and marks the matches", async () => {
    const result = await search({ q: "法治政府" });
    const titles = result.items.map((item) => item.title);
    // Both rule-of-law reports have it in the title; documents that only mention it in the body come after.
    expect(titles.slice(0, 2).sort()).toEqual([SAMPLE_TITLE, "津南区人民政府2024年法治政府建设年度报告"].sort());
    const sample = result.items.find((item) => item.title === SAMPLE_TITLE)!;
    expect(sample.titleSegments).toContainEqual({ text: "法治政府", match: true });
  });

  it("finds a two-character word and a single character, and nothing for an absent word", async () => {
    expect((await search({ q: "宅基" })).items.map((item) => item.title)).toEqual(["八里台镇2024年第三季度宅基地使用审核结果公示"]);
    expect((await search({ q: "筹" })).total).toBeGreaterThan(0);
    expect((await search({ q: "核电站" })).total).toBe(0);
  });

  it("confirms the bigrams with the whole term (no false hit from scattered bigrams)", async () => {
    // 预算 and 公开 both occur in documents, but the exact string 预算公开x does not.
    expect((await search({ q: "预算公开x" })).total).toBe(0);
  });

  it("finds by 索引号 and by the summary", async () => {
    const sample = (await search({ q: "八里台政报" })).items.find((item) => item.title === SAMPLE_TITLE)!;
    expect((await search({ q: sample.indexNumber })).items[0]?.id).toBe(sample.id);
    expect((await search({ q: "第一责任人" })).items.map((item) => item.id)).toContain(sample.id);
  });

  it("filters by agency, category (with its sub-categories), year, validity and document type", async () => {
    const jinnan = await search({ agencyCode: "11120112000069010W", pageSize: 100 });
    expect(jinnan.total).toBe(7);
    expect(jinnan.items.every((item) => item.agency.code === "11120112000069010W")).toBe(true);
    const fiscal = await search({ categoryCode: "fiscal", agencyCode: "11120112MB1957322H" });
    expect(fiscal.items.map((item) => item.category.code).sort()).toEqual(["fiscal-budget", "fiscal-final-accounts", "fiscal-three-public"]);
    const repealed = await search({ validity: "repealed" });
    expect(repealed.items.map((item) => item.title)).toEqual(["八里台镇困难群众临时救助实施办法"]);
    const reports2024 = await search({ categoryCode: "annual-reports", year: 2025 });
    expect(reports2024.total).toBe(2);
    expect((await search({ docType: "interpretation" })).total).toBe(2);
  });

  it("never lists drafts, pages and sorts", async () => {
    expect((await search({ q: "清洁取暖" })).total).toBe(0);
    const first = await search({ pageSize: 5, page: 1 });
    const second = await search({ pageSize: 5, page: 2 });
    expect(first.total).toBe(39); // the sample and 38 published demo documents
    expect(first.items).toHaveLength(5);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    const dates = first.items.map((item) => item.publishedAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const oldest = await search({ sort: "date_asc", pageSize: 1 });
    expect(oldest.items[0]!.title).toBe("八里台镇防汛抗旱应急预案（2022年版）");
  });

  it("shows the sample's full metadata on its page", async () => {
    const hit = (await search({ q: "八里台政报" })).items.find((item) => item.title === SAMPLE_TITLE)!;
    const doc = await getPublicDocument(database.db, hit.id);
    expect(doc).toMatchObject({
      title: SAMPLE_TITLE,
      docNumber: "八里台政报〔2024〕27号",
      signer: "董明彦",
      docType: "work_report",
      issuedOn: "2024-12-20",
      agency: { name: "天津市津南区八里台镇人民政府" },
      category: { code: "rule-of-law", name: "法治政府建设" },
      validity: "valid",
    });
    expect(doc.bodyHtml).toContain("行政复议");
    expect(doc.bodyHtml).not.toContain("签发人");
    expect(doc.indexNumber).toMatch(/^11120112MB1957322H\/2024-\d{5}$/);
  });

  it("links a policy document and its interpretation both ways", async () => {
    const policy = (await search({ q: "八里台政发〔2024〕5号" })).items[0]!;
    const doc = await getPublicDocument(database.db, policy.id);
    expect(doc.interpretations.map((item) => item.title)).toEqual(["关于《八里台镇农村人居环境整治提升实施方案》的政策解读"]);
    const interpretation = await getPublicDocument(database.db, doc.interpretations[0]!.id);
    expect(interpretation.interprets.map((item) => item.id)).toEqual([policy.id]);
  });

  describe("a common term (more hits than the count cap)", () => {
    const capped = (params: Record<string, unknown>) => searchDocuments(database.db, params, { countCap: 3 });
    const ids = (result: { items: { id: string }[] }) => result.items.map((item) => item.id);

    it.each(["政府", "八里台", "公开 2024", "镇"])("pages %s in the same relevance order as a full count, title hits first", async (q) => {
      const full = await search({ q, pageSize: 100 });
      expect(full.total).toBeGreaterThan(3);
      expect(full.totalCapped).toBe(false);
      const pages = await Promise.all([1, 2, 3, 4].map((page) => capped({ q, pageSize: 4, page })));
      expect(pages.flatMap(ids)).toEqual(ids(full).slice(0, 16));
      expect(pages[0]).toMatchObject({ total: 3, totalCapped: true });
      // Title hits come first, then the rest.
      const inTitle = full.items.map((item) => item.titleSegments.some((segment) => segment.match));
      expect(inTitle.indexOf(false) === -1 || !inTitle.slice(inTitle.indexOf(false)).includes(true)).toBe(true);
    });

    it("keeps the filters and other sort orders", async () => {
      const q = "政府";
      const filters = { q, agencyCode: "11120112MB1957322H", pageSize: 100 };
      expect(ids(await capped(filters))).toEqual(ids(await search(filters)));
      // Up to the cap, hits are sorted in memory; above it, by the database: the same order.
      for (const sort of ["date", "date_asc", "title"]) {
        const sorted = { q, sort, pageSize: 100 };
        expect(ids(await capped(sorted))).toEqual(ids(await search(sorted)));
      }
    });

    it("counts a rare term exactly", async () => {
      expect(await capped({ q: "八里台政报〔2024〕27号" })).toMatchObject({ total: 1, totalCapped: false });
    });
  });

  it("feeds the application form's 这些信息可能已经公开 suggestions", async () => {
    const suggestions = await suggestPublishedDocuments(database.db, { q: "法治政府建设", agencyCode: "11120112MB1957322H" });
    expect(suggestions[0]).toMatchObject({ title: SAMPLE_TITLE, docNumber: "八里台政报〔2024〕27号", publishedOn: "2024-12-27" });
    expect(suggestions[0]!.url).toMatch(/^\/documents\//);
  });

  it("suggests documents whose title, keywords or summary share the typed title's tokens, not only near-substrings", async () => {
    const balitai = "11120112MB1957322H";
    const titles = async (q: string, agencyCode = balitai) => (await suggestPublishedDocuments(database.db, { q, agencyCode })).map((s) => s.title);
    // Neither is a piece of the document's title: the catalogue search finds nothing for them.
    expect((await search({ q: "临时救助办法", agencyCode: balitai })).total).toBe(0);
    expect((await titles("临时救助办法")).slice(0, 2).sort()).toEqual(["八里台镇困难群众临时救助实施办法", "八里台镇困难群众临时救助实施办法（2025年修订）"].sort());
    expect((await titles("八里台镇2024年部门预算报告"))[0]).toBe("八里台镇2024年部门预算");
    // The agency's own name alone suggests nothing; nor does an unrelated title, nor another agency's catalogue.
    expect(await titles("八里台镇人民政府")).toEqual([]);
    expect(await titles("核电站建设许可")).toEqual([]);
    expect(await titles("临时救助办法", "no-such-agency")).toEqual([]);
    expect((await suggestPublishedDocuments(database.db, { q: "临时救助办法" })).length).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { documentAttachments, documentInterpretations, documents } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import type { Actor } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { authenticate } from "@/lib/users/authenticate";
import { getPublicDocument, linkedDocumentIds } from "./public";
import { createDocument, publishDocument, withdrawDocument } from "./publishing";
import { EMPTY_DOCUMENT_FIELDS } from "./schemas";

/** A document's public page data, read in one statement: what hangs off it, published parts only. */
describe.each(TEST_DRIVERS)("the public document (%s)", (driver) => {
  let database: TestDatabase;
  let publisher: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
    publisher = await authenticate(database.db, { identifier: "publisher@balitai.example", password: "Publisher-2026" }, "10.4.0.4");
  });
  afterAll(async () => {
    await database.destroy();
  });

  const fields = (title: string, overrides: Partial<typeof EMPTY_DOCUMENT_FIELDS> = {}) => ({
    ...EMPTY_DOCUMENT_FIELDS,
    title,
    categoryCode: "key-agriculture-policy",
    docType: "notice" as const,
    issuedOn: "2026-03-03",
    summary: "检查公开页面的数据。",
    ...overrides,
  });
  const published = async (title: string) => {
    const { id } = await createDocument(database.db, publisher, fields(title));
    await publishDocument(database.db, publisher, id);
    return id;
  };

  it("carries its category path, its attachments in order (not removed ones) and its published 相关解读 both ways", async () => {
    const policy = await published("八里台镇高标准农田建设实施方案");
    const interpretation = await published("《八里台镇高标准农田建设实施方案》解读");
    const draft = (await createDocument(database.db, publisher, fields("未发布的解读"))).id;
    const withdrawn = await published("已撤回的解读");
    await withdrawDocument(database.db, publisher, withdrawn, { reason: "内容需要重新审核。" });
    await database.db.insert(documentInterpretations).values([interpretation, draft, withdrawn].map((id) => ({ policyDocumentId: policy, interpretationDocumentId: id })));
    await database.db.insert(documentAttachments).values([
      { documentId: policy, fileName: "方案附件二.pdf", mime: "application/pdf", kindLabel: "PDF", size: 2048, storageKey: "k2", position: 2 },
      { documentId: policy, fileName: "方案附件一.pdf", mime: "application/pdf", kindLabel: "PDF", size: 1_048_576, storageKey: "k1", position: 1 },
      { documentId: policy, fileName: "已移除.pdf", mime: "application/pdf", kindLabel: "PDF", size: 1, storageKey: "k0", position: 0, removedAt: new Date() },
    ]);

    const page = await getPublicDocument(database.db, policy);
    expect(page.category.path.length).toBeGreaterThan(1);
    expect(page.category.path.at(-1)).toBe(page.category.name);
    expect(page.agency.code).toBe("11120112MB1957322H");
    expect(page.attachments.map(({ fileName, size }) => [fileName, size])).toEqual([
      ["方案附件一.pdf", 1_048_576],
      ["方案附件二.pdf", 2048],
    ]);
    expect(page.attachments[0]).toMatchObject({ sizeLabel: "1.0 MB", url: `/documents/${policy}/attachments/${page.attachments[0]!.id}` });
    expect(page.interpretations).toEqual([expect.objectContaining({ id: interpretation, url: `/documents/${interpretation}` })]);
    expect(page.interprets).toEqual([]);
    expect(page.supersedes).toBeNull();
    expect(page.supersededBy).toEqual([]);
    expect((await getPublicDocument(database.db, interpretation)).interprets).toEqual([expect.objectContaining({ id: policy, title: "八里台镇高标准农田建设实施方案" })]);

    // A change to the policy expires the pages that show it: every linked one, whatever its status.
    expect((await linkedDocumentIds(database.db, policy)).sort()).toEqual([interpretation, draft, withdrawn].sort());
    expect(await linkedDocumentIds(database.db, interpretation)).toEqual([policy]);
  });

  it("names the pages a 文件沿革 link puts this document on, both ways", async () => {
    const old = await published("八里台镇河道管理办法");
    const [row] = await database.db.select({ indexNumber: documents.indexNumber }).from(documents).where(eq(documents.id, old));
    const { id: replacement } = await createDocument(database.db, publisher, fields("八里台镇河道管理办法（修订）", { supersedesIndexNumber: row!.indexNumber }));
    expect(await linkedDocumentIds(database.db, old)).toEqual([replacement]);
    expect(await linkedDocumentIds(database.db, replacement)).toEqual([old]);
    expect(await linkedDocumentIds(database.db, "not-a-uuid")).toEqual([]);
  });

  it("does not exist while a draft, once withdrawn, or for an id that is no id", async () => {
    const draft = (await createDocument(database.db, publisher, fields("草稿"))).id;
    await expect(getPublicDocument(database.db, draft)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPublicDocument(database.db, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});

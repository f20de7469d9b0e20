import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { ValidationError } from "@/lib/errors";
import { authenticate } from "@/lib/users/authenticate";
import type { Actor } from "@/lib/auth/roles";
import { getDeskDocument } from "./desk";
import { getPublicDocument } from "./public";
import { createDocument, publishDocument, updateDocument } from "./publishing";
import { EMPTY_DOCUMENT_FIELDS } from "./schemas";

/** 文件沿革: a repealed or amended document links its replacement, and the replacement its predecessor. */
describe.each(TEST_DRIVERS)("document supersession (%s)", (driver) => {
  let database: TestDatabase;
  let publisher: Actor;
  let jinnanAdmin: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
    publisher = await authenticate(database.db, { identifier: "publisher@balitai.example", password: "Publisher-2026" }, "10.4.0.3");
    jinnanAdmin = await authenticate(database.db, { identifier: "admin@jinnan.example", password: "Admin-2026" }, "10.4.0.3");
  });
  afterAll(async () => {
    await database.destroy();
  });

  const fields = (overrides: Partial<typeof EMPTY_DOCUMENT_FIELDS> = {}) => ({
    ...EMPTY_DOCUMENT_FIELDS,
    title: "八里台镇农村宅基地管理办法",
    categoryCode: "key-agriculture-policy",
    docType: "normative" as const,
    issuedOn: "2023-03-03",
    summary: "宅基地申请、审批和监管。",
    ...overrides,
  });

  it("links both ways once the replacement names the earlier document's 索引号", async () => {
    const old = await createDocument(database.db, publisher, fields({ validity: "repealed", repealedOn: "2025-06-01" }));
    await publishDocument(database.db, publisher, old.id);
    const replacement = await createDocument(database.db, publisher, fields({ title: "八里台镇农村宅基地管理办法（2025年修订）", issuedOn: "2025-05-20", supersedesIndexNumber: old.indexNumber }));
    // A draft replacement is not shown on the public page yet.
    expect((await getPublicDocument(database.db, old.id)).supersededBy).toEqual([]);
    await publishDocument(database.db, publisher, replacement.id);

    const oldPage = await getPublicDocument(database.db, old.id);
    expect(oldPage.supersededBy).toEqual([expect.objectContaining({ id: replacement.id, url: `/documents/${replacement.id}` })]);
    const newPage = await getPublicDocument(database.db, replacement.id);
    expect(newPage.supersedes).toEqual(expect.objectContaining({ id: old.id, indexNumber: old.indexNumber }));
    expect((await getDeskDocument(database.db, publisher, replacement.id)).fields.supersedesIndexNumber).toBe(old.indexNumber);
  });

  it("refuses an unknown 索引号, another agency's document, itself and a loop, naming the field", async () => {
    const first = await createDocument(database.db, publisher, fields({ title: "第一版" }));
    const second = await createDocument(database.db, publisher, fields({ title: "第二版", supersedesIndexNumber: first.indexNumber }));
    const refused = async (actor: Actor, id: string, indexNumber: string) => {
      const desk = await getDeskDocument(database.db, actor, id);
      const error = await updateDocument(database.db, actor, id, { ...desk.fields, supersedesIndexNumber: indexNumber }, { expectedRevision: desk.revision }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors[0]).toMatchObject({ path: "supersedesIndexNumber" });
    };
    await refused(publisher, first.id, "11120112MB1957322H/1999-99999");
    await refused(publisher, first.id, first.indexNumber);
    await refused(publisher, first.id, second.indexNumber);
    const jinnan = await createDocument(database.db, jinnanAdmin, fields({ title: "津南区文件" }));
    await refused(jinnanAdmin, jinnan.id, first.indexNumber);
  });
});

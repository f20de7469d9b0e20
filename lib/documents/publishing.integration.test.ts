import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { seedDatabase } from "@/db/seed";
import { auditLog, documentAttachments, documents } from "@/db/schema";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { authenticate } from "@/lib/users/authenticate";
import { localDirectoryStorage } from "@/lib/storage";
import type { Actor } from "@/lib/auth/roles";
import { addAttachment, getDeskAttachment, removeAttachment } from "./attachments";
import { getDeskDocument, listDeskDocuments, listTimelinessAlerts } from "./desk";
import { getPublicAttachment, getPublicDocument } from "./public";
import { createDocument, createDraftFromReply, publishDocument, updateDocument, withdrawDocument } from "./publishing";
import { EMPTY_DOCUMENT_FIELDS } from "./schemas";
import { searchDocuments } from "./search";
import { readStored } from "@/test/storage";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, ...new Array(200).fill(0)]);

describe.each(TEST_DRIVERS)("publisher's desk (%s)", (driver) => {
  let database: TestDatabase;
  let publisher: Actor;
  let admin: Actor;
  let clerk: Actor;
  let citizen: Actor;
  let jinnanAdmin: Actor;
  const storageRoot = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-files-"));
  const storage = localDirectoryStorage(storageRoot);
  const storedFiles = () => (fs.existsSync(path.join(storageRoot, "attachments")) ? fs.readdirSync(path.join(storageRoot, "attachments")) : []);

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
    const login = (identifier: string, password: string) => authenticate(database.db, { identifier, password }, "10.4.0.2");
    publisher = await login("publisher@balitai.example", "Publisher-2026");
    admin = await login("admin@balitai.example", "Admin-2026");
    clerk = await login("clerk@balitai.example", "Clerk-2026");
    citizen = await login("citizen@example.com", "Citizen-2026");
    jinnanAdmin = await login("admin@jinnan.example", "Admin-2026");
  });
  afterAll(async () => {
    await database.destroy();
    fs.rmSync(storageRoot, { recursive: true, force: true });
  });

  const fields = (overrides: Partial<typeof EMPTY_DOCUMENT_FIELDS> = {}) => ({
    ...EMPTY_DOCUMENT_FIELDS,
    title: "八里台镇2025年秸秆综合利用工作方案",
    categoryCode: "key-agriculture-policy",
    docType: "other_document" as const,
    docNumber: "八里台政发〔2025〕9号",
    issuedOn: "2025-03-03",
    summary: "秸秆综合利用的目标任务和补贴标准。",
    body: "<p>为推进秸秆综合利用，制定本方案。</p><script>alert(1)</script>",
    ...overrides,
  });

  it("creates a draft with a generated 索引号 and sanitised body, invisible to the public", async () => {
    const created = await createDocument(database.db, publisher, fields());
    expect(created.indexNumber).toMatch(/^11120112MB1957322H\/2025-\d{5}$/);
    const desk = await getDeskDocument(database.db, publisher, created.id, { now: new Date("2025-03-10T02:00:00Z") });
    expect(desk.fields.body).toBe("<p>为推进秸秆综合利用，制定本方案。</p>");
    // 条例第二十六条: 2025-03-03 + 20 working days.
    expect(desk.timeliness).toMatchObject({ kind: "due", dueOn: "2025-03-31" });
    expect((await searchDocuments(database.db, { q: "秸秆" })).total).toBe(0);
  });

  it("publishes, finds by a two-character word and by 文号, then withdraws it everywhere", async () => {
    const { id } = await createDocument(database.db, publisher, fields({ title: "八里台镇秸秆禁烧工作通告", docNumber: "八里台政告〔2025〕2号" }));
    await publishDocument(database.db, publisher, id, { now: new Date("2025-03-20T02:00:00Z") });
    expect((await searchDocuments(database.db, { q: "禁烧" })).items.map((item) => item.id)).toContain(id);
    expect((await searchDocuments(database.db, { q: "八里台政告〔2025〕2号" })).items[0]?.id).toBe(id);
    expect((await getPublicDocument(database.db, id)).publishedAt).toEqual(new Date("2025-03-20T02:00:00Z"));
    await expect(publishDocument(database.db, publisher, id)).rejects.toBeInstanceOf(ConflictError);

    await expect(withdrawDocument(database.db, publisher, id, { reason: "" })).rejects.toBeInstanceOf(ValidationError);
    await withdrawDocument(database.db, publisher, id, { reason: "内容有误，需重新审核。" });
    expect((await searchDocuments(database.db, { q: "禁烧" })).total).toBe(0);
    await expect(getPublicDocument(database.db, id)).rejects.toThrow(/未找到/);
    await expect(updateDocument(database.db, publisher, id, fields())).rejects.toBeInstanceOf(ConflictError);
    const desk = await getDeskDocument(database.db, publisher, id);
    expect(desk.revisions.map((revision) => revision.action)).toEqual(["withdrawn", "published", "created"]);
    expect(desk.revisions[0]!.note).toBe("内容有误，需重新审核。");
    const audited = await database.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audited.map((entry) => entry.action).sort()).toEqual(["document.published", "document.withdrawn"]);
  });

  it("keeps a revision for every edit after publication, and a change restarts the clock", async () => {
    const { id } = await createDocument(database.db, publisher, fields({ title: "八里台镇农机购置补贴公示" }));
    await publishDocument(database.db, publisher, id, { now: new Date("2025-03-10T02:00:00Z") });
    const desk = await getDeskDocument(database.db, publisher, id);
    await expect(
      updateDocument(database.db, publisher, id, { ...desk.fields, summary: "新概述" }, { expectedRevision: desk.revision - 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await updateDocument(
      database.db,
      publisher,
      id,
      { ...desk.fields, changedOn: "2025-09-19", summary: "补贴标准调整。" },
      { expectedRevision: desk.revision, now: new Date("2025-10-24T02:00:00Z") },
    );
    const after = await getDeskDocument(database.db, publisher, id);
    expect(after.revisions.map((revision) => revision.action)).toEqual(["updated", "published", "created"]);
    // Changed 2025-09-19 → due 2025-10-23; this version went out on 10-24: late by one working day.
    expect(after.timeliness).toEqual({ kind: "late", dueOn: "2025-10-23", workingDaysLate: 1 });
    const alerts = await listTimelinessAlerts(database.db, publisher, { now: new Date("2025-10-24T02:00:00Z") });
    expect(alerts.late.map((item) => item.id)).toContain(id);
    expect((await getPublicDocument(database.db, id)).summary).toBe("补贴标准调整。");
  });

  it("lists drafts due soon or overdue on the desk (条例第二十六条)", async () => {
    const alerts = await listTimelinessAlerts(database.db, publisher, { now: new Date("2026-11-27T02:00:00Z") });
    const titles = alerts.dueSoon.map((item) => item.title);
    expect(titles).toContain("八里台镇2026年第三季度财政收支情况"); // made 2026-10-12: overdue
    expect(alerts.dueSoon.find((item) => item.title === "八里台镇2026年第三季度财政收支情况")!.timeliness.kind).toBe("overdue");
  });

  it("never reuses a 索引号", async () => {
    const first = await createDocument(database.db, publisher, fields({ issuedOn: "2025-05-06" }));
    const second = await createDocument(database.db, publisher, fields({ issuedOn: "2025-05-06" }));
    const serial = (indexNumber: string) => Number(indexNumber.split("-").pop());
    expect(serial(second.indexNumber)).toBe(serial(first.indexNumber) + 1);
    await database.db.update(documents).set({ status: "draft" }).where(eq(documents.id, second.id));
    const third = await createDocument(database.db, publisher, fields({ issuedOn: "2025-05-06" }));
    expect(serial(third.indexNumber)).toBe(serial(second.indexNumber) + 1);
  });

  it("validates every field with Chinese messages", async () => {
    const error = await createDocument(database.db, publisher, fields({ title: "", issuedOn: "2025-02-30", validity: "repealed" })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual(
      expect.arrayContaining([
        { path: "title", message: "请填写标题。" },
        { path: "issuedOn", message: "成文日期应为有效日期，格式如 2024-12-20。" },
      ]),
    );
    const repealed = await createDocument(database.db, publisher, fields({ validity: "repealed" })).catch((caught: unknown) => caught);
    expect((repealed as ValidationError).errors).toEqual([{ path: "repealedOn", message: "有效性为“废止”时，请填写废止日期。" }]);
    const link = await createDocument(database.db, publisher, fields({ linkedIndexNumbers: "NOPE/2025-1" })).catch((caught: unknown) => caught);
    expect((link as ValidationError).errors[0]!.path).toBe("linkedIndexNumbers");
  });

  it("refuses the desk to a clerk, a citizen, no session, and another agency's admin", async () => {
    await expect(createDocument(database.db, clerk, fields())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createDocument(database.db, citizen, fields())).rejects.toBeInstanceOf(ForbiddenError);
    // No session: called as an untyped caller could (the type does not admit null; the guard must).
    await expect(Reflect.apply(createDocument, undefined, [database.db, null, fields()])).rejects.toBeInstanceOf(UnauthenticatedError);
    const { id } = await createDocument(database.db, admin, fields());
    await expect(getDeskDocument(database.db, jinnanAdmin, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishDocument(database.db, jinnanAdmin, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listDeskDocuments(database.db, clerk)).rejects.toBeInstanceOf(ForbiddenError);
    const jinnanList = await listDeskDocuments(database.db, jinnanAdmin, { pageSize: 100 });
    expect(jinnanList.items.some((item) => item.id === id)).toBe(false);
  });

  it("stores an attachment checked by content, and refuses a renamed executable without storing it", async () => {
    const { id } = await createDocument(database.db, publisher, fields({ title: "附件测试文件" }));
    const before = storedFiles().length;
    const refused = await addAttachment(database.db, storage, publisher, id, { fileName: "setup.pdf", content: EXE }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).message).toContain("文件内容与允许的类型不符");
    const text = await addAttachment(database.db, storage, publisher, id, { fileName: "a.pdf", content: new TextEncoder().encode("plain") }).catch(
      (e: unknown) => e,
    );
    expect(text).toBeInstanceOf(ValidationError);
    expect(storedFiles().length).toBe(before);
    await expect(addAttachment(database.db, storage, clerk, id, { fileName: "a.pdf", content: PDF })).rejects.toBeInstanceOf(ForbiddenError);

    const attachment = await addAttachment(database.db, storage, publisher, id, { fileName: "方案全文.PDF", content: PDF });
    expect(storedFiles().length).toBe(before + 1);
    const [row] = await database.db.select().from(documentAttachments).where(eq(documentAttachments.id, attachment.id));
    expect(row).toMatchObject({ fileName: "方案全文.pdf", mime: "application/pdf", size: PDF.byteLength });
    // Public only once the document is published.
    await expect(getPublicAttachment(database.db, id, attachment.id)).rejects.toThrow(/未找到/);
    await publishDocument(database.db, publisher, id);
    expect((await getPublicAttachment(database.db, id, attachment.id)).storageKey).toBe(row!.storageKey);
    expect(await readStored(storage, row!.storageKey)).toEqual(PDF);
    expect((await getPublicDocument(database.db, id)).attachments).toEqual([
      expect.objectContaining({ fileName: "方案全文.pdf", kindLabel: "PDF", sizeLabel: `${PDF.byteLength} B` }),
    ]);
    await removeAttachment(database.db, publisher, id, attachment.id);
    expect((await getPublicDocument(database.db, id)).attachments).toEqual([]);
  });

  it("lets the agency's publisher and admin download a draft's attachment, and nobody else (not found)", async () => {
    const { id } = await createDocument(database.db, publisher, fields({ title: "草稿附件下载测试" }));
    const attachment = await addAttachment(database.db, storage, publisher, id, { fileName: "草稿.pdf", content: PDF });
    for (const actor of [publisher, admin]) {
      const row = await getDeskAttachment(database.db, actor, id, attachment.id);
      expect(await readStored(storage, row.storageKey)).toEqual(PDF);
    }
    for (const actor of [clerk, citizen, jinnanAdmin, null]) {
      await expect(getDeskAttachment(database.db, actor, id, attachment.id)).rejects.toThrow("未找到该附件。");
    }
    await expect(getDeskAttachment(database.db, publisher, id, "not-a-uuid")).rejects.toThrow("未找到该附件。");
    await removeAttachment(database.db, publisher, id, attachment.id);
    await expect(getDeskAttachment(database.db, publisher, id, attachment.id)).rejects.toThrow("未找到该附件。");
  });

  it("creates a draft from a disclosed reply for the desk (条例第四十四条)", async () => {
    const draft = await createDraftFromReply(database.db, clerk, {
      agencyId: clerk.agencyId,
      title: "八里台镇2024年农村低保资金发放情况",
      body: "2024年全镇发放农村低保资金情况如下。",
      issuedOn: "2025-04-01",
      sourceReference: "八里台政公开〔2025〕15号",
    });
    const desk = await getDeskDocument(database.db, publisher, draft.id);
    expect(desk).toMatchObject({ status: "draft", sourceReference: "八里台政公开〔2025〕15号" });
    expect(desk.fields).toMatchObject({ categoryCode: "policy-other", summary: "八里台镇2024年农村低保资金发放情况" });
    await expect(
      createDraftFromReply(database.db, clerk, { agencyId: jinnanAdmin.agencyId, title: "x", body: "", issuedOn: "2025-04-01" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      createDraftFromReply(database.db, citizen, { agencyId: clerk.agencyId, title: "x", body: "", issuedOn: "2025-04-01" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

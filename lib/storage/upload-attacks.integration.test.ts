import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationFiles, applications } from "@/db/schema";
import type { Db } from "@/db/types";
import { performApplicantAction } from "@/lib/applications/applicant-steps/perform-applicant-action";
import { addReleasedFile, openStaffFile } from "@/lib/applications/released-files";
import { submitApplication } from "@/lib/applications/submit-application";
import { performAction } from "@/lib/applications/workbench/perform-action";
import type { Actor } from "@/lib/auth/roles";
import { addAttachment } from "@/lib/documents/attachments";
import { createDocument } from "@/lib/documents/publishing";
import { EMPTY_DOCUMENT_FIELDS } from "@/lib/documents/schemas";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { at, createSeededDatabase, PERSON_APPLICATION, type SeededDatabase } from "@/test/applications";
import { TEST_DRIVERS } from "@/test/databases";
import type { FileStorage } from "./index";

/** A PDF that is also an HTML application: what a browser would run if it were saved as .hta or .html. */
const POLYGLOT = new TextEncoder().encode(
  "%PDF-1.4\n%<html><hta:application/><script>alert(document.cookie)</script></html>\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
/** The names of the penetration test (等保 2.0 测评, issue #11 item 6). */
const ATTACK_NAMES = ["补正材料.hta", "补正材料.pdf.exe", "poly.html"];
const CONTRADICTS = /扩展名“\.(hta|exe|html)”与文件内容（PDF）不符，未予保存/;
const CORRECTION = { points: "请写明文件名称和年份", guidance: "可写明文号或发布时间", deadlineOn: "2026-03-25" };
const CORRECTED = { note: "补充材料", items: [{ title: "2025年镇级预算报告", docNumber: "", indexNumber: "", description: "请提供八里台镇2025年镇级财政预算报告全文。" }] };

async function storedKeys(storage: FileStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of storage.list()) keys.push(key);
  return keys;
}

const refusedWith = (path: string) => (error: unknown) =>
  error instanceof ValidationError && error.errors.some((e) => e.path === path && CONTRADICTS.test(e.message));

describe.each(TEST_DRIVERS)("uploads are named from their content, never from the uploader's extension (%s)", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let storage: FileStorage;
  let actors: SeededDatabase["actors"];

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db, storage, actors } = database);
  });
  afterAll(async () => database?.destroy());

  it.each(ATTACK_NAMES)("identity proof %s (open API and web form): refused in Chinese, no application, nothing stored", async (name) => {
    const before = { files: await storedKeys(storage), applications: (await db.select({ n: count() }).from(applications))[0]!.n };
    for (const web of [false, true]) {
      await expect(
        submitApplication(db, null, { ...PERSON_APPLICATION, declaration: true }, [{ name, content: POLYGLOT }], { ip: "198.51.100.7", storage, web, rateLimitPerHour: 1000 }),
      ).rejects.toSatisfy(refusedWith("identityProof"));
    }
    expect(await storedKeys(storage)).toEqual(before.files);
    expect((await db.select({ n: count() }).from(applications))[0]!.n).toBe(before.applications);
  });

  it("identity proof: folders and control characters are stripped, the extension is the detected one", async () => {
    const { applicationId } = await submitApplication(db, null, PERSON_APPLICATION, [{ name: "..\\..\\证件/身份\u0000证\u202E.PDF", content: POLYGLOT }], {
      ip: "198.51.100.8",
      storage,
      rateLimitPerHour: 1000,
    });
    const [file] = await db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, applicationId));
    expect(file).toMatchObject({ fileName: "身份证.pdf", mime: "application/pdf" });
    expect(file!.storageKey).toMatch(/^identity-proofs\/[0-9a-f-]{36}\.pdf$/);
  });

  it.each(ATTACK_NAMES)("correction file %s: refused, the correction not recorded, nothing stored", async (name) => {
    const id = await database.received({ owner: actors.citizen });
    await performAction(db, actors.clerk, id, "requestCorrection", CORRECTION, { now: at("2026-03-04") });
    const before = await storedKeys(storage);
    await expect(
      performApplicantAction(db, actors.citizen, id, "answerCorrection", CORRECTED, { now: at("2026-03-05"), uploads: [{ name, content: POLYGLOT }], storage }),
    ).rejects.toSatisfy(refusedWith("files"));
    expect(await storedKeys(storage)).toEqual(before);
    expect((await db.select().from(applications).where(eq(applications.id, id)))[0]!.status).toBe("awaiting_correction");
  });

  it.each(ATTACK_NAMES)("released file %s: refused, nothing stored", async (name) => {
    const id = await database.received();
    const before = await storedKeys(storage);
    await expect(addReleasedFile(db, storage, actors.clerk, id, { name, content: POLYGLOT })).rejects.toSatisfy(refusedWith("file"));
    expect(await storedKeys(storage)).toEqual(before);
    expect(await db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).toHaveLength(1); // the identity proof only
  });

  it.each(ATTACK_NAMES)("document attachment %s: refused, nothing stored", async (name) => {
    const { id } = await createDocument(db, actors.publisher, {
      ...EMPTY_DOCUMENT_FIELDS,
      title: "八里台镇2025年秸秆综合利用工作方案",
      categoryCode: "key-agriculture-policy",
      docType: "other_document" as const,
      issuedOn: "2025-03-03",
      summary: "秸秆综合利用的目标任务。",
      body: "<p>正文</p>",
    });
    const before = await storedKeys(storage);
    await expect(addAttachment(db, storage, actors.publisher, id, { fileName: name, content: POLYGLOT })).rejects.toSatisfy(refusedWith("file"));
    expect(await storedKeys(storage)).toEqual(before);
  });
});

describe.each(TEST_DRIVERS)("least privilege: applicants' files are for the roles that handle applications (%s)", (driver) => {
  let database: SeededDatabase;
  let correctionFile: string;
  let releasedFile: string;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    const { db, storage, actors } = database;
    const id = await database.received({ owner: actors.citizen });
    await performAction(db, actors.clerk, id, "requestCorrection", CORRECTION, { now: at("2026-03-04") });
    await performApplicantAction(db, actors.citizen, id, "answerCorrection", CORRECTED, { now: at("2026-03-05"), uploads: [{ name: "说明.pdf", content: POLYGLOT }], storage });
    const other = await database.received();
    releasedFile = (await addReleasedFile(db, storage, actors.clerk, other, { name: "预算.pdf", content: POLYGLOT })).id;
    correctionFile = (await db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).find((f) => f.kind === "correction")!.id;
  });
  afterAll(async () => database?.destroy());

  it("the agency's clerk, reviewer and admin may download correction and released files", async () => {
    for (const who of ["clerk", "reviewer", "admin"] as const) {
      expect((await openStaffFile(database.db, database.actors[who], correctionFile)).fileName).toBe("说明.pdf");
      expect((await openStaffFile(database.db, database.actors[who], releasedFile)).fileName).toBe("预算.pdf");
    }
  });

  it("the publisher, another agency's clerk and admin, and a citizen may not (403)", async () => {
    const forbidden: Actor[] = [database.actors.publisher, database.actors.otherClerk, database.actors.otherAdmin, database.actors.citizen];
    for (const actor of forbidden) {
      for (const file of [correctionFile, releasedFile]) await expect(openStaffFile(database.db, actor, file)).rejects.toThrow(ForbiddenError);
    }
  });
});

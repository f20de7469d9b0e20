import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { publicUrl } from "@/lib/config";
import { applicationEvents, applicationFiles, applications, outbox, requestItems } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { actorFor, ORGANIZATION_APPLICATION, PERSON_APPLICATION, PROOF, temporaryStorage } from "@/test/applications";
import { ConflictError, ForbiddenError, RateLimitedError, ValidationError } from "@/lib/errors";
import { decryptPii, hashIdentity } from "@/lib/crypto/pii";
import { loadPiiKeys } from "./pii-keys";
import { submitApplication, type SubmitOptions } from "./submit-application";
import { hashTrackingCode } from "./tracking-code";
import { readStored } from "@/test/storage";

describe.each(TEST_DRIVERS)("submitApplication on %s", (driver) => {
  let database: TestDatabase;
  const storage = temporaryStorage();
  let ipCounter = 0;
  /** A fresh IP per test so the per-IP limit only bites where a test wants it to. */
  const options = (extra: Partial<SubmitOptions> = {}): SubmitOptions => ({
    ip: `198.51.100.${++ipCounter}`,
    storage,
    rateLimitPerHour: 100,
    now: new Date("2026-03-02T02:00:00Z"),
    ...extra,
  });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(async () => database?.destroy());

  it("files a natural person's application: numbered, submitted (not received), items, proof, event and e-mail", async () => {
    const { db } = database;
    const result = await submitApplication(db, null, PERSON_APPLICATION, PROOF, options());
    expect(result.status).toBe("submitted");
    expect(result.caseNumber).toMatch(/^BLT-2026-\d{5}$/);
    expect(result.trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const [row] = await db.select().from(applications).where(eq(applications.id, result.applicationId));
    expect(row).toMatchObject({
      status: "submitted",
      channel: "online",
      applicantType: "person",
      orgKind: null,
      receivedOn: null, // 条例第三十一条: received only when staff confirm
      clockStartOn: null,
      replyDueOn: null,
      decision: null,
      userId: null,
      idNumberMasked: "440***********0014",
      phoneNormalized: "13700137000",
      trackingCodeHash: hashTrackingCode(result.trackingCode),
    });
    const items = await db.select().from(requestItems).where(eq(requestItems.applicationId, result.applicationId));
    expect(items).toMatchObject([{ position: 1, title: "某项政府信息" }]);
    const files = await db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, result.applicationId));
    expect(files).toMatchObject([{ kind: "identity_proof", mime: "image/png", fileName: "身份证.png" }]);
    expect(await readStored(storage, files[0]!.storageKey)).toEqual(PROOF[0]!.content);

    const events = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, result.applicationId));
    expect(events).toMatchObject([{ type: "submitted", actorKind: "applicant", applicantVisible: true, occurredOn: "2026-03-02", basis: "条例第二十九条" }]);
    const mails = await db.select().from(outbox).where(eq(outbox.applicationId, result.applicationId));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "t@example.com", status: "pending", kind: "submission_receipt" });
    expect(mails[0]!.subject).toContain("提交凭证（尚未确认收到）");
    expect(mails[0]!.text).toContain(result.trackingCode);
    expect(mails[0]!.text).not.toMatch(/答复期限：|收到申请之日：/);
    // The look-up is by 查询码 + 联系电话, at the full public address (lib/config publicUrl), not a bare path.
    expect(mails[0]!.text).toContain(`凭查询码和您填写的联系电话，可以在 ${publicUrl("/apply/lookup")} 查看办理进度`);
    expect(publicUrl("/apply/lookup")).toMatch(/^https?:\/\/[^/]+\/apply\/lookup$/);
  });

  it("never stores the ID number in clear text: encrypted, keyed hash, masked", async () => {
    const { db } = database;
    const result = await submitApplication(db, null, PERSON_APPLICATION, PROOF, options());
    const raw = await db.execute(sql`select row_to_json(a)::text as json from applications a where id = ${result.applicationId}`);
    const json = JSON.stringify(raw);
    expect(json).not.toContain("440524188001010014");
    const [row] = await db.select().from(applications).where(eq(applications.id, result.applicationId));
    const keys = await loadPiiKeys(db);
    expect(decryptPii(keys, row!.idNumberEncrypted)).toBe("440524188001010014");
    expect(row!.idNumberHash).toBe(hashIdentity(keys, "440524188001010014"));
    // No other table holds it either (the idempotency result is encrypted too).
    const everything = await db.execute(
      sql`select (select coalesce(json_agg(e), '[]')::text from application_events e) || (select coalesce(json_agg(o), '[]')::text from outbox o) || (select coalesce(json_agg(k), '[]')::text from idempotency_keys k) as all`,
    );
    expect(JSON.stringify(everything)).not.toContain("440524188001010014");
  });

  it("files an organisation's application with its kind and the contact phone for lookup; no e-mail, no mail", async () => {
    const { db } = database;
    const result = await submitApplication(db, null, ORGANIZATION_APPLICATION, PROOF, options());
    const [row] = await db.select().from(applications).where(eq(applications.id, result.applicationId));
    expect(row).toMatchObject({
      applicantType: "organization",
      orgKind: "commercial",
      idType: "统一社会信用代码",
      legalRepresentative: "李四",
      contactName: "王五",
      phoneNormalized: "02212345678",
    });
    expect(await db.select().from(outbox).where(eq(outbox.applicationId, result.applicationId))).toHaveLength(0);
  });

  it("links the application to a logged-in citizen; refuses a staff session", async () => {
    const { db } = database;
    const citizen = await actorFor(db, "citizen@example.com");
    const result = await submitApplication(db, citizen, PERSON_APPLICATION, PROOF, options());
    const [row] = await db.select().from(applications).where(eq(applications.id, result.applicationId));
    expect(row!.userId).toBe(citizen.userId);
    const clerk = await actorFor(db, "clerk@balitai.example");
    await expect(submitApplication(db, clerk, PERSON_APPLICATION, PROOF, options())).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("numbers each agency's applications of a year without gaps, also under concurrency", async () => {
    const { db } = database;
    const jinnan = { ...PERSON_APPLICATION, agency: "11120112000069010W" };
    const results = await Promise.all(Array.from({ length: 6 }, () => submitApplication(db, null, jinnan, PROOF, options())));
    const numbers = results.map((r) => r.caseNumber).sort();
    expect(numbers).toEqual(["JNQ-2026-00001", "JNQ-2026-00002", "JNQ-2026-00003", "JNQ-2026-00004", "JNQ-2026-00005", "JNQ-2026-00006"]);
    // A refused submission gives nothing back to the counter.
    await expect(submitApplication(db, null, { ...jinnan, items: [] }, PROOF, options())).rejects.toBeInstanceOf(ValidationError);
    const next = await submitApplication(db, null, jinnan, PROOF, options({ now: new Date("2027-01-05T02:00:00Z") }));
    expect(next.caseNumber).toBe("JNQ-2027-00001");
  });

  describe("Idempotency-Key", () => {
    it("the same key and body give the same result and one application", async () => {
      const { db } = database;
      const key = "same-key-0001-aaaa";
      const first = await submitApplication(db, null, PERSON_APPLICATION, PROOF, options({ idempotencyKey: key }));
      const again = await submitApplication(db, null, PERSON_APPLICATION, PROOF, options({ idempotencyKey: key }));
      expect(again).toEqual(first);
      const rows = await db.select({ id: applications.id }).from(applications).where(eq(applications.caseNumber, first.caseNumber));
      expect(rows).toHaveLength(1);
    });

    it("the same key with a different body is refused with a Chinese 409", async () => {
      const { db } = database;
      const key = "same-key-0002-bbbb";
      await submitApplication(db, null, PERSON_APPLICATION, PROOF, options({ idempotencyKey: key }));
      const changed = { ...PERSON_APPLICATION, purpose: "用于研究" };
      const error = await submitApplication(db, null, changed, PROOF, options({ idempotencyKey: key })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).status).toBe(409);
      expect((error as ConflictError).message).toContain("Idempotency-Key");
    });

    it("concurrent submissions with one key create exactly one application", async () => {
      const { db } = database;
      const key = "concurrent-key-cccc";
      const marker = { ...PERSON_APPLICATION, purpose: "并发测试" };
      const results = await Promise.all(
        Array.from({ length: 8 }, () => submitApplication(db, null, marker, PROOF, options({ idempotencyKey: key }))),
      );
      expect(new Set(results.map((r) => r.caseNumber)).size).toBe(1);
      expect(new Set(results.map((r) => r.trackingCode)).size).toBe(1);
      const rows = await db.select({ id: applications.id }).from(applications).where(eq(applications.purpose, "并发测试"));
      expect(rows).toHaveLength(1);
    });

    it("keys of different accounts do not collide", async () => {
      const { db } = database;
      const citizen = await actorFor(db, "citizen@example.com");
      const key = "shared-key-dddd-0001";
      const anonymous = await submitApplication(db, null, PERSON_APPLICATION, PROOF, options({ idempotencyKey: key }));
      const mine = await submitApplication(db, citizen, PERSON_APPLICATION, PROOF, options({ idempotencyKey: key }));
      expect(mine.caseNumber).not.toBe(anonymous.caseNumber);
    });
  });

  describe("rate limits", () => {
    it("per IP per hour, counting only accepted submissions", async () => {
      const { db } = database;
      const limited = options({ ip: "203.0.113.7", rateLimitPerHour: 2 });
      await submitApplication(db, null, PERSON_APPLICATION, PROOF, limited);
      await expect(submitApplication(db, null, { ...PERSON_APPLICATION, items: [] }, PROOF, limited)).rejects.toBeInstanceOf(ValidationError);
      await submitApplication(db, null, PERSON_APPLICATION, PROOF, limited);
      const error = await submitApplication(db, null, PERSON_APPLICATION, PROOF, limited).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitedError);
      expect((error as RateLimitedError).message).toContain("提交过于频繁");
      // Another address is not affected; the next hour is a new window.
      await submitApplication(db, null, PERSON_APPLICATION, PROOF, options({ ip: "203.0.113.8", rateLimitPerHour: 2 }));
      await submitApplication(db, null, PERSON_APPLICATION, PROOF, { ...limited, now: new Date("2026-03-02T03:00:00Z") });
    });

    it("per account, whatever the address", async () => {
      const { db } = database;
      const citizen = await actorFor(db, "citizen@example.com");
      const now = new Date("2026-03-03T05:00:00Z");
      await submitApplication(db, citizen, PERSON_APPLICATION, PROOF, options({ rateLimitPerHour: 1, now }));
      await expect(submitApplication(db, citizen, PERSON_APPLICATION, PROOF, options({ rateLimitPerHour: 1, now }))).rejects.toBeInstanceOf(
        RateLimitedError,
      );
    });

    it("a replay of an accepted request is not counted again", async () => {
      const { db } = database;
      const limited = options({ ip: "203.0.113.9", rateLimitPerHour: 1, idempotencyKey: "replay-not-counted-1" });
      const first = await submitApplication(db, null, PERSON_APPLICATION, PROOF, limited);
      expect(await submitApplication(db, null, PERSON_APPLICATION, PROOF, limited)).toEqual(first);
    });
  });

  describe("identity proofs (条例第二十九条)", () => {
    it("are required, checked by content, at most 3, at most 10 MB", async () => {
      const { db } = database;
      const attempt = (files: { name: string; content: Uint8Array }[]) =>
        submitApplication(db, null, PERSON_APPLICATION, files, options()).then(
          () => ({ errors: [] as { path: string; message: string }[] }),
          (e: unknown) => e as ValidationError,
        );
      expect((await attempt([])).errors).toEqual([{ path: "identityProof", message: expect.stringContaining("请上传身份证明") }]);
      const fake = await attempt([{ name: "id.pdf", content: new TextEncoder().encode("MZ not a pdf at all") }]);
      expect(fake.errors[0]!.message).toContain("不是 JPEG、PNG 或 PDF");
      expect((await attempt([...PROOF, ...PROOF, ...PROOF, ...PROOF])).errors[0]!.message).toContain("最多上传 3 个");
      const huge = new Uint8Array(10 * 1024 * 1024 + 1);
      huge.set(PROOF[0]!.content);
      expect((await attempt([{ name: "big.png", content: huge }])).errors[0]!.message).toContain("超过 10 MB");
    });

    it("a form error and a file error are reported together", async () => {
      const { db } = database;
      const error = (await submitApplication(db, null, { ...PERSON_APPLICATION, items: [] }, [], options()).catch((e: unknown) => e)) as ValidationError;
      expect(error.errors.map((e) => e.path)).toEqual(["items", "identityProof"]);
    });
  });

  it("refuses an unknown agency on the agency field", async () => {
    const { db } = database;
    const error = (await submitApplication(db, null, { ...PERSON_APPLICATION, agency: "91110000600037341L" }, PROOF, options()).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(error.errors).toEqual([{ path: "agency", message: expect.stringContaining("行政机关") }]);
  });

  it("records events in ledger order", async () => {
    const { db } = database;
    const rows = await db.select({ seq: applicationEvents.seq }).from(applicationEvents).orderBy(asc(applicationEvents.seq));
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.seq)).size).toBe(rows.length);
  });
});

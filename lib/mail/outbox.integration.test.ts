import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { outbox } from "@/db/schema";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { deliverOutbox, enqueueMail, MAX_ATTEMPTS } from "./outbox";
import { emlDirectoryTransport, type MailMessage, type MailTransport } from "./transport";

function recordingTransport(delayMs = 0): MailTransport & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    name: "memory",
    sent,
    async send(message) {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      sent.push(message);
    },
  };
}

describe.each(TEST_DRIVERS)("the mail outbox on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(async () => database?.destroy());

  it("delivers queued messages once, even with two deliverers running at the same time", async () => {
    const { db } = database;
    for (let i = 0; i < 6; i++) await enqueueMail(db, { kind: "test", to: `a${i}@example.com`, subject: `主题${i}`, text: "正文" });
    const a = recordingTransport(5);
    const b = recordingTransport(5);
    // A second ahead: rows are stamped by the database clock in microseconds, Date has milliseconds.
    const now = new Date(Date.now() + 1000);
    const [ra, rb] = await Promise.all([deliverOutbox(db, a, now), deliverOutbox(db, b, now)]);
    expect(ra.sent + rb.sent).toBe(6);
    const recipients = [...a.sent, ...b.sent].map((m) => m.to).sort();
    expect(recipients).toEqual(["a0@example.com", "a1@example.com", "a2@example.com", "a3@example.com", "a4@example.com", "a5@example.com"]);
    expect(await deliverOutbox(db, a, now)).toEqual({ sent: 0, failed: 0, retrying: 0 });
  });

  it("retries a failure later and gives up after the last attempt", async () => {
    const { db } = database;
    await enqueueMail(db, { kind: "test", to: "bounce@example.com", subject: "退信", text: "正文" });
    const failing: MailTransport = { name: "failing", send: async () => Promise.reject(new Error("SMTP 550")) };
    let now = new Date("2030-01-01T00:00:00Z");
    expect(await deliverOutbox(db, failing, now)).toEqual({ sent: 0, failed: 0, retrying: 1 });
    expect(await deliverOutbox(db, failing, now)).toEqual({ sent: 0, failed: 0, retrying: 0 }); // not due yet
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      now = new Date(now.getTime() + 3 * 3600_000);
      await deliverOutbox(db, failing, now);
    }
    const [row] = await db.select().from(outbox).where(eq(outbox.to, "bounce@example.com"));
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "SMTP 550" });
  });

  it("writes .eml files when no SMTP server is configured", async () => {
    const { db } = database;
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-"));
    await enqueueMail(db, { kind: "test", to: "eml@example.com", subject: "提交凭证（尚未确认收到）", text: "受理编号：BLT-2026-00001" });
    await deliverOutbox(db, emlDirectoryTransport(directory), new Date("2031-01-01T00:00:00Z"));
    const files = fs.readdirSync(directory);
    expect(files).toHaveLength(1);
    const eml = fs.readFileSync(path.join(directory, files[0]!), "utf8");
    expect(eml).toContain("To: eml@example.com");
    expect(eml).toMatch(/Subject: =\?UTF-8\?/);
  });
});

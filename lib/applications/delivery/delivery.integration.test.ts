import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { and, asc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, letterDeliveries, letters, outbox } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { deliverOutbox, MAX_ATTEMPTS } from "@/lib/mail/outbox";
import { emlDirectoryTransport, type MailTransport } from "@/lib/mail/transport";
import { chinaDate } from "@/lib/validation/china-date";
import { createCitizen, createSeededDatabase, MONDAY, PERSON_APPLICATION, type SeededDatabase } from "@/test/applications";
import { TEST_DRIVERS } from "@/test/databases";
import { readEml } from "@/test/eml";
import { getAgencySettings, updateAgencySettings } from "@/lib/agencies/settings";
import { getStaffCase } from "../workbench/case-view";
import { performAction } from "../workbench/perform-action";
import { listApplicantDeliveries } from "./records";
import { settleEmailDeliveries } from "./settle";

const DISCLOSED = { decision: "disclosed", provision: "电子邮件发送PDF文件", releasedFiles: "2025年预算.pdf" };
const POSTAL = { address: "天津市津南区八里台镇1号", postcode: "300350" };
const applicationWith = (email: string, deliveryMethods: string[]) => ({
  ...PERSON_APPLICATION,
  applicant: { ...PERSON_APPLICATION.applicant, email, ...POSTAL },
  deliveryMethods,
});

/** Succeeds (sending nowhere) except for one address, which always fails. */
function failingFor(address: string): MailTransport {
  return {
    name: "memory",
    async send(message) {
      if (message.to === address) throw new Error("550 mailbox unavailable");
      for (const a of message.attachments ?? []) a.content.resume();
    },
  };
}

describe.each(TEST_DRIVERS)("electronic delivery of signed letters on %s (issue 16.3)", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, reviewer: Actor, otherClerk: Actor, citizen: Actor, otherCitizen: Actor, admin: Actor;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "e-delivery-eml-"));

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, reviewer, otherClerk, citizen, admin } = database.actors);
    otherCitizen = await createCitizen(db, "other-delivery@example.com");
  });
  afterAll(async () => database?.destroy());

  async function replied(input: unknown, owner: Actor | null = null): Promise<string> {
    const id = await database.received({ input, owner });
    await performAction(db, clerk, id, "draftDecision", DISCLOSED, { now: MONDAY });
    await performAction(db, clerk, id, "submitForReview", {}, { now: MONDAY });
    await performAction(db, reviewer, id, "approveReply", {}, { now: MONDAY });
    return id;
  }
  const deliveredEvents = (id: string) =>
    db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "delivered")));
  const replyOf = async (id: string) => (await db.select().from(letters).where(and(eq(letters.applicationId, id), eq(letters.kind, "reply"))))[0]!;
  const deliveriesOf = (id: string) => db.select().from(letterDeliveries).where(eq(letterDeliveries.applicationId, id)).orderBy(asc(letterDeliveries.queuedAt));
  // Outbox rows are due by the real clock (enqueueMail), the steps run on MONDAY.
  const later = () => new Date(Date.now() + 1000);

  it("queues the reply by e-mail with its signed PDF attached by reference, sends it, and records the 送达 once on the day sent", async () => {
    const id = await replied(applicationWith("mail-only@example.com", ["电子邮件"]), citizen);
    const reply = await replyOf(id);
    const [mail] = await db.select().from(outbox).where(and(eq(outbox.applicationId, id), eq(outbox.kind, "letter_reply")));
    expect(mail).toMatchObject({ to: "mail-only@example.com", status: "pending", attachments: [{ storageKey: reply.pdfStorageKey, filename: `${reply.number}.pdf`, contentType: "application/pdf" }] });
    expect(mail!.subject).toContain(reply.number!);
    expect(mail!.text).toContain(reply.pdfSha256!);
    expect(mail!.text).toContain(`/letters/verify/${encodeURIComponent(reply.number!)}`);
    const replyDelivery = (await deliveriesOf(id)).find((d) => d.letterId === reply.id)!;
    expect(replyDelivery).toMatchObject({ channel: "email", status: "queued", outboxId: mail!.id, deliveredOn: null, concludes: true });
    expect(await deliveredEvents(id)).toHaveLength(0);
    // Not archivable before the e-mail has gone.
    await expect(performAction(db, clerk, id, "archive", {}, { now: MONDAY })).rejects.toThrow(/送达/);

    const now = later();
    await deliverOutbox(db, emlDirectoryTransport(outDir), now);
    const eml = await readEml(fs.readFileSync(path.join(outDir, `${mail!.id}.eml`)));
    const pdf = eml.attachments.get(`${reply.number}.pdf`);
    expect(pdf).toBeDefined();
    expect(createHash("sha256").update(pdf!).digest("hex")).toBe(reply.pdfSha256);

    const settled = await settleEmailDeliveries(db, now);
    expect(settled.recorded).toBeGreaterThanOrEqual(1);
    const [sentMail] = await db.select().from(outbox).where(eq(outbox.id, mail!.id));
    expect((await deliveriesOf(id)).find((d) => d.letterId === reply.id)).toMatchObject({ status: "delivered", deliveredOn: chinaDate(sentMail!.sentAt!) });
    const events = await deliveredEvents(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorKind: "system", occurredOn: chinaDate(sentMail!.sentAt!), payload: { method: "email" } });
    // A second pass records nothing more; archiving now works without a clerk's record.
    expect(await settleEmailDeliveries(db, later())).toEqual({ delivered: 0, failed: 0, recorded: 0 });
    expect(await deliveredEvents(id)).toHaveLength(1);
    await performAction(db, clerk, id, "archive", {}, { now: later() });

    // The applicant sees the record; another applicant and another agency's clerk do not.
    const mine = await listApplicantDeliveries(db, citizen, id);
    expect(mine.channels).toEqual(["email"]);
    expect(mine.records.find((r) => r.letterNumber === reply.number)).toMatchObject({ channel: "email", status: "delivered", deliveredOn: chinaDate(sentMail!.sentAt!), lastError: null });
    await expect(listApplicantDeliveries(db, otherCitizen, id)).rejects.toThrow(NotFoundError);
    await expect(getStaffCase(db, otherClerk, id)).rejects.toThrow(ForbiddenError);
    expect((await getStaffCase(db, clerk, id)).delivery.records.some((r) => r.letterNumber === reply.number && r.status === "delivered")).toBe(true);
  });

  it("delivers online on the day of issue (the ledger's 送达 at once) and does not record it twice when the e-mail goes too", async () => {
    const id = await replied(applicationWith("both@example.com", ["网上获取", "电子邮件"]));
    const reply = await replyOf(id);
    const online = (await deliveriesOf(id)).filter((d) => d.letterId === reply.id && d.channel === "online");
    expect(online).toMatchObject([{ status: "delivered", deliveredOn: reply.issuedOn }]);
    expect(await deliveredEvents(id)).toMatchObject([{ occurredOn: reply.issuedOn, payload: { method: "online" } }]);
    const now = later();
    await deliverOutbox(db, emlDirectoryTransport(outDir), now);
    await settleEmailDeliveries(db, now);
    expect((await deliveriesOf(id)).find((d) => d.letterId === reply.id && d.channel === "email")?.status).toBe("delivered");
    expect(await deliveredEvents(id)).toHaveLength(1);
  });

  it("sends no letter by e-mail when the applicant chose only 邮寄: the clerk delivers and records it", async () => {
    const id = await replied(applicationWith("post@example.com", ["邮寄"]));
    expect(await db.select().from(outbox).where(and(eq(outbox.applicationId, id), like(outbox.kind, "letter_%")))).toEqual([]);
    expect(await deliveriesOf(id)).toEqual([]);
    expect(await deliveredEvents(id)).toEqual([]);
  });

  it("reminds a 网上获取 applicant with an address on file by e-mail, without the letter: not a delivery", async () => {
    const id = await replied(applicationWith("online@example.com", ["网上获取"]));
    const mails = await db.select().from(outbox).where(eq(outbox.applicationId, id));
    const notices = mails.filter((m) => m.kind === "new_letter_notice");
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((m) => m.attachments.length === 0 && m.to === "online@example.com")).toBe(true);
    expect(notices.some((m) => m.subject.includes("有新的文书") && m.text.includes("本邮件仅为提醒"))).toBe(true);
    expect((await deliveriesOf(id)).every((d) => d.channel === "online")).toBe(true);
  });

  it("does not count a failed e-mail as delivered and shows it to the clerk", async () => {
    const id = await replied(applicationWith("bounce@example.com", ["电子邮件"]));
    const transport = failingFor("bounce@example.com");
    let now = later();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverOutbox(db, transport, now);
      now = new Date(now.getTime() + 3 * 3600_000);
    }
    const settled = await settleEmailDeliveries(db, now);
    expect(settled.failed).toBeGreaterThanOrEqual(1);
    const reply = await replyOf(id);
    expect((await deliveriesOf(id)).find((d) => d.letterId === reply.id)).toMatchObject({ status: "failed", deliveredOn: null, lastError: "550 mailbox unavailable" });
    expect(await deliveredEvents(id)).toEqual([]);
    const view = await getStaffCase(db, clerk, id);
    expect(view.delivery.recordedOn).toBeNull();
    expect(view.delivery.records.find((r) => r.letterNumber === reply.number)).toMatchObject({ status: "failed", lastError: "550 mailbox unavailable" });
    // The clerk delivers otherwise and records it by hand.
    await performAction(db, clerk, id, "recordDelivery", { method: "registered_mail", deliveredOn: chinaDate(MONDAY) }, { now: MONDAY });
    expect(await deliveredEvents(id)).toHaveLength(1);
  });

  it("with the Policy default turned off (fees.md §3 step 3), neither channel counts as delivered until the clerk records it", async () => {
    const setDefault = async (on: boolean) => {
      const { code, ...values } = await getAgencySettings(db, admin, PERSON_APPLICATION.agency);
      await updateAgencySettings(db, admin, code, { ...values, policy: { ...values.policy, electronicLetterDeliveredWhenSent: on } });
    };
    await setDefault(false);
    try {
      const id = await replied(applicationWith("policy-off@example.com", ["网上获取", "电子邮件"]));
      const reply = await replyOf(id);
      const now = later();
      await deliverOutbox(db, emlDirectoryTransport(outDir), now);
      await settleEmailDeliveries(db, now);
      const rows = (await deliveriesOf(id)).filter((d) => d.letterId === reply.id);
      expect(rows.map((d) => [d.channel, d.status, d.deliveredOn]).sort()).toEqual([
        ["email", "sent", null],
        ["online", "available", null],
      ]);
      expect(await deliveredEvents(id)).toEqual([]);
    } finally {
      await setDefault(true);
    }
  });
});

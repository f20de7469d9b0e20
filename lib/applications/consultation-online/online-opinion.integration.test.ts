import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { applicationEvents, applications, auditLog, consultationInvitations, letters, outbox } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, RateLimitedError, ValidationError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createSeededDatabase, PERSON_APPLICATION, type SeededDatabase } from "@/test/applications";
import { loadCase } from "../case/load";
import { getStaffCase } from "../workbench/case-view";
import { listInbox } from "../workbench/inbox";
import { performAction } from "../workbench/perform-action";
import { fileOnlineOpinion, openInvitation } from "./online-opinion";

const SENT = at("2026-03-03");
const CONSULTATION = { kind: "thirdParty", consultee: "天津某某建筑公司", information: "2025年道路养护合同（含单价）", sentOn: "2026-03-03", email: "legal@builder.example" };
const OBJECTION = { opinion: "object", reasons: "合同单价属于本公司商业秘密", contact: "王经理 022-12345678" };

/** The link and code as the 征求意见书 prints them (the database keeps only their hashes). */
function invitationIn(paragraphs: string[]): { token: string; code: string } {
  const match = paragraphs.join("\n").match(/\/consultations\/([A-Za-z0-9_-]{43}) ，输入验证码 ([A-Z0-9]{8}) /);
  if (!match) throw new Error(`no invitation in ${paragraphs.join("\n")}`);
  return { token: match[1]!, code: match[2]! };
}

describe.each(TEST_DRIVERS)("a consultee answers online (条例第三十二条, issue 16.4) (%s)", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor;
  let ip = 0;
  const options = (now: Date) => ({ ip: `198.51.100.${++ip}`, now });

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk } = database.actors);
  });
  afterAll(async () => database?.destroy());

  async function consulted(form: Record<string, string> = CONSULTATION, now = SENT) {
    const id = await database.received();
    const outcome = await performAction(db, clerk, id, "startConsultation", form, { now });
    const [letter] = await db.select().from(letters).where(eq(letters.id, outcome.letterId!));
    const [sent] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "consultationSent")));
    return { id, letter: letter!, pauseId: String(sent!.payload.pauseId), ...invitationIn(letter!.content.paragraphs) };
  }

  it("the 征求意见书 carries the link and code, the e-mail sends it; only hashes are stored", async () => {
    const { id, letter, token, code, pauseId } = await consulted();
    const [invitation] = await db.select().from(consultationInvitations).where(eq(consultationInvitations.applicationId, id));
    expect(invitation).toMatchObject({ pauseId, usedAt: null });
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(JSON.stringify(invitation)).not.toContain(code);
    const [mail] = await db.select().from(outbox).where(and(eq(outbox.applicationId, id), eq(outbox.to, CONSULTATION.email)));
    expect(mail!.text).toContain(token);
    expect(mail!.text).toContain(code);
    expect(mail!.text).toContain(letter.number!);
    expect(mail!.text).not.toContain(PERSON_APPLICATION.applicant.name);
    // The e-mail is the sending: it cannot be dated another day.
    const other = await database.received();
    await expect(performAction(db, clerk, other, "startConsultation", { ...CONSULTATION, sentOn: "2026-03-02" }, { now: SENT })).rejects.toThrow(/发出之日为今天/);
    await expect(performAction(db, clerk, other, "startConsultation", { ...CONSULTATION, email: "不是邮箱" }, { now: SENT })).rejects.toThrow(ValidationError);
  });

  it("the code unlocks only the items concerned, never the applicant's data; wrong codes and links are refused and counted", async () => {
    const { id, token, code, letter } = await consulted();
    const now = at("2026-03-04");
    await expect(openInvitation(db, token, { code: "ABCDEFGH" }, options(now))).rejects.toSatisfy((e) => e instanceof ValidationError && e.errors[0]!.path === "code");
    await expect(openInvitation(db, token.replace(/^./, token[0] === "A" ? "B" : "A"), { code }, options(now))).rejects.toThrow(/链接或验证码不正确/);
    await expect(openInvitation(db, "short", { code }, options(now))).rejects.toThrow(/链接或验证码不正确/);
    await expect(openInvitation(db, token, { code: "" }, options(now))).rejects.toThrow(ValidationError);

    const view = await openInvitation(db, token, { code: code.toLowerCase() }, options(now));
    expect(view).toMatchObject({ consulteeName: "天津某某建筑公司", information: CONSULTATION.information, letterNumber: letter.number, sentOn: "2026-03-03", consulteeKind: "thirdParty" });
    expect(view.agencyName).toContain("八里台");
    const file = (await loadCase(db, id, "2026-03-04"))!;
    expect(view.deadline).toBe(file.clock!.pauses.find((p) => p.kind === "consultation")!.deadlineOn);
    const shown = JSON.stringify(view);
    for (const personal of [file.row.applicantName, file.row.phone, file.row.email ?? "", file.row.caseNumber, file.items[0]!.title]) {
      if (personal) expect(shown).not.toContain(personal);
    }

    // 20 failures an hour per address, like the tracking-code look-up.
    const rule = { limit: 3, windowSeconds: 3600 };
    for (let i = 0; i < 3; i++) await expect(openInvitation(db, token, { code: "WRONG222" }, { ip: "192.0.2.9", now, rule })).rejects.toThrow(ValidationError);
    await expect(openInvitation(db, token, { code }, { ip: "192.0.2.9", now, rule })).rejects.toThrow(RateLimitedError);
  });

  it("an objection filed online ends the pause that day, like one the clerk records; the inbox lists it; the link is then used up", async () => {
    const online = await consulted();
    const paper = await consulted();
    const now = at("2026-03-10");
    await expect(fileOnlineOpinion(db, online.token, { ...OBJECTION, code: online.code, reasons: "" }, options(now))).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.errors.some((x) => x.path === "reasons"),
    );
    await expect(fileOnlineOpinion(db, online.token, { ...OBJECTION, code: "WRONG222" }, options(now))).rejects.toThrow(/链接或验证码不正确/);
    expect(await fileOnlineOpinion(db, online.token, { ...OBJECTION, code: online.code }, options(now))).toEqual({ receivedOn: "2026-03-10" });
    await performAction(db, clerk, paper.id, "recordConsultationOpinion", { consultationId: paper.pauseId, receivedOn: "2026-03-10", objects: "yes", summary: "商业秘密" }, { now });

    const [answered] = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, online.id), eq(applicationEvents.type, "consultationAnswered")));
    expect(answered).toMatchObject({ occurredOn: "2026-03-10", actorKind: "system", actorName: "天津某某建筑公司（在线提交）" });
    expect(answered!.payload).toMatchObject({ pauseId: online.pauseId, objects: true, online: true });
    expect(String(answered!.payload.summary)).toContain("合同单价属于本公司商业秘密");
    const file = (await loadCase(db, online.id, "2026-03-10"))!;
    expect(file.clock!.pauses.find((p) => p.id === online.pauseId)).toMatchObject({ endOn: "2026-03-10" });
    const [onlineRow, paperRow] = await Promise.all([online.id, paper.id].map(async (id) => (await db.select().from(applications).where(eq(applications.id, id)))[0]!));
    expect(onlineRow!.replyDueOn).toBe(file.clock!.replyDueOn ?? null);
    expect(onlineRow!.replyDueOn).toBe(paperRow!.replyDueOn);
    expect(onlineRow!.provisionalReplyDueOn).toBe(paperRow!.provisionalReplyDueOn);

    const inbox = await listInbox(db, clerk, {}, now);
    const listed = inbox.rows.find((i) => i.id === online.id)!;
    expect(listed.onlineOpinion).toBe(true);
    expect(inbox.rows.find((i) => i.id === paper.id)!.onlineOpinion).toBe(false);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.targetId, online.id), eq(auditLog.action, "consultation.opinionFiledOnline")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorName: "天津某某建筑公司（在线提交）" });
    const page = await getStaffCase(db, clerk, online.id, now);
    expect(page.timeline.find((t) => t.type === "consultationAnswered")).toMatchObject({ label: "第三方已在线提交意见", actorName: "天津某某建筑公司（在线提交）" });
    expect(page.timeline.find((t) => t.type === "consultationAnswered")!.detail).toContain("不同意公开");
    const mails = await db.select().from(outbox).where(and(eq(outbox.applicationId, online.id), eq(outbox.kind, "consultation_online_opinion")));
    expect(mails.length).toBeGreaterThan(0);

    await expect(fileOnlineOpinion(db, online.token, { ...OBJECTION, code: online.code }, options(now))).rejects.toThrow(/该链接已使用/);
    await expect(openInvitation(db, online.token, { code: online.code }, options(now))).rejects.toThrow(/该链接已使用/);
    // A paper opinion the clerk recorded ends the consultation: its link is refused with the reason.
    await expect(openInvitation(db, paper.token, { code: paper.code }, options(now))).rejects.toThrow(/已于2026-03-10收到并记录了贵方的意见/);
  });

  it("two submissions at once file one opinion", async () => {
    const { id, token, code } = await consulted();
    const now = at("2026-03-05");
    const results = await Promise.allSettled([0, 1].map(() => fileOnlineOpinion(db, token, { opinion: "agree", code }, options(now))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    const answers = await db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "consultationAnswered")));
    expect(answers).toHaveLength(1);
    expect(answers[0]!.payload).toMatchObject({ objects: false });
  });

  it("past the consultation's deadline (lib/clock, from sending) the link is refused, and after the worker ended it too", async () => {
    const { id, token, code, pauseId } = await consulted();
    const deadline = (await loadCase(db, id, "2026-03-04"))!.clock!.pauses.find((p) => p.id === pauseId)!.deadlineOn!;
    const onDeadline = at(deadline);
    await expect(openInvitation(db, token, { code }, options(onDeadline))).resolves.toMatchObject({ deadline });
    const after = at("2026-03-31");
    expect(deadline < "2026-03-31").toBe(true);
    await expect(openInvitation(db, token, { code }, options(after))).rejects.toThrow(/已超过提出意见的期限/);
    await performAction(db, clerk, id, "endConsultation", { consultationId: pauseId }, { now: after });
    await expect(fileOnlineOpinion(db, token, { ...OBJECTION, code }, options(after))).rejects.toThrow(/已超过提出意见的期限/);
    const [invitation] = await db.select().from(consultationInvitations).where(eq(consultationInvitations.applicationId, id));
    expect(invitation!.usedAt).toBeNull();
  });
});

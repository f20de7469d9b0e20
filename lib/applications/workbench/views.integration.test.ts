import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createCitizen, createSeededDatabase, MONDAY, type SeededDatabase } from "@/test/applications";
import { getApplicantLetter, listApplicantLetters } from "../applicant-letters";
import { getStaffCase, getStaffLetter } from "./case-view";
import { listInbox } from "./inbox";
import { performAction } from "./perform-action";

describe.each(TEST_DRIVERS)("workbench views on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, reviewer: Actor, publisher: Actor, otherClerk: Actor, citizen: Actor, otherCitizen: Actor;
  const ids = { overdue: "", open: "", correction: "", unconfirmed: "" };

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, reviewer, publisher, otherClerk, citizen } = database.actors);
    otherCitizen = await createCitizen(db, "other@example.com");

    // Received 2026-02-02: due 2026-03-06 (Spring Festival in between) — overdue by 2026-03-20.
    ids.overdue = await database.received({ now: at("2026-02-02") });
    // Received 2026-03-02: due 2026-03-30.
    ids.open = await database.received({ owner: citizen });
    // Correction asked 03-02 with a deadline of 03-23: expired by 03-25.
    ids.correction = await database.received();
    await performAction(db, clerk, ids.correction, "requestCorrection", { points: "请写明文件名称", guidance: "写明文号", deadlineOn: "2026-03-23" }, { now: MONDAY });
    ids.unconfirmed = (await database.submit({ now: at("2026-03-16") })).applicationId;
  });
  afterAll(async () => database?.destroy());

  it("inbox: unconfirmed first, then the expired-correction queue, then by due date; overdue and counts", async () => {
    const inbox = await listInbox(db, clerk, {}, at("2026-03-25"));
    expect(inbox.rows.map((r) => r.id)).toEqual([ids.unconfirmed, ids.correction, ids.overdue, ids.open]);
    expect(inbox.rows.map((r) => r.queue)).toEqual(["unconfirmed", "correctionExpired", "open", "open"]);
    const overdue = inbox.rows.find((r) => r.id === ids.overdue)!;
    expect(overdue).toMatchObject({ urgency: "overdue", replyDueOn: "2026-03-06" });
    expect(overdue.urgencyText).toMatch(/^已逾期\d+个工作日$/);
    expect(inbox.rows[0]!.urgencyText).toMatch(/未确认/);
    expect(inbox.counts).toMatchObject({ unconfirmed: 1, correctionExpired: 1, open: 2, overdue: 1, total: 4 });

    expect((await listInbox(db, clerk, { overdue: "1" }, at("2026-03-25"))).rows.map((r) => r.id)).toEqual([ids.overdue]);
    expect((await listInbox(db, clerk, { status: "submitted" }, at("2026-03-25"))).rows.map((r) => r.id)).toEqual([ids.unconfirmed]);
    expect((await listInbox(db, clerk, { dueWithin: "3" }, at("2026-03-25"))).rows.map((r) => r.id)).toEqual([ids.overdue, ids.open]);
    expect((await listInbox(db, clerk, { channel: "fax" }, at("2026-03-25"))).rows).toEqual([]);
    await expect(listInbox(db, clerk, { status: "lost" })).rejects.toThrow(ValidationError);
  });

  it("inbox: only the actor's agency, only workbench roles", async () => {
    expect((await listInbox(db, otherClerk, {}, at("2026-03-25"))).rows).toEqual([]);
    await expect(listInbox(db, publisher, {})).rejects.toThrow(ForbiddenError);
    await expect(listInbox(db, citizen, {})).rejects.toThrow(ForbiddenError);
  });

  it("case page: masked ID, clock explanation, only allowed actions; other agency and roles refused", async () => {
    const view = await getStaffCase(db, clerk, ids.open, at("2026-03-04"));
    expect(view.applicant.idNumberMasked).toBe("440***********0014");
    expect(JSON.stringify(view)).not.toContain("440524188001010014");
    expect(view.clock.replyDueOn).toBe("2026-03-30");
    expect(view.clock.explanation.join("")).toContain("条例第三十三条");
    expect(view.actions.map((a) => a.action)).toEqual(expect.arrayContaining(["requestCorrection", "draftDecision", "internalNote", "proposeExtension"]));
    expect(view.actions.map((a) => a.action)).not.toContain("approveReply");
    expect((await getStaffCase(db, reviewer, ids.open, at("2026-03-04"))).actions.map((a) => a.action)).not.toContain("draftDecision");
    expect((await getStaffCase(db, clerk, ids.unconfirmed, at("2026-03-16"))).actions.map((a) => a.action)).toContain("confirmReceipt");
    // 按件计收 (《政府信息公开信息处理费管理办法》第四条): the same applicant's items of the month, in receipt order; none before receipt.
    expect(view.feeItem).toEqual({ number: 1, price: 0 });
    expect((await getStaffCase(db, clerk, ids.correction, at("2026-03-04"))).feeItem).toEqual({ number: 2, price: 0 });
    expect((await getStaffCase(db, clerk, ids.unconfirmed, at("2026-03-16"))).feeItem).toBeNull();
    await expect(getStaffCase(db, otherClerk, ids.open)).rejects.toThrow(ForbiddenError);
    await expect(getStaffCase(db, publisher, ids.open)).rejects.toThrow(ForbiddenError);
    await expect(getStaffCase(db, citizen, ids.open)).rejects.toThrow(ForbiddenError);
    await expect(getStaffCase(db, clerk, "00000000-0000-4000-8000-000000000000")).rejects.toThrow(NotFoundError);
  });

  it("letters: staff of the agency read every one; the applicant reads theirs, never a consultation letter", async () => {
    await performAction(
      db,
      clerk,
      ids.open,
      "startConsultation",
      { kind: "otherAgency", consultee: "津南区财政局", information: "2025年镇级预算", sentOn: "2026-03-04" },
      { now: at("2026-03-04") },
    );
    const staffView = await getStaffCase(db, clerk, ids.open, at("2026-03-04"));
    expect(staffView.letters.map((l) => l.kind)).toEqual(["receipt", "consultationLetter"]);
    const receiptId = staffView.letters[0]!.id;
    const consultationId = staffView.letters[1]!.id;
    expect((await getStaffLetter(db, reviewer, ids.open, consultationId)).letter.addressee).toBe("津南区财政局");
    await expect(getStaffLetter(db, otherClerk, ids.open, receiptId)).rejects.toThrow(ForbiddenError);
    await expect(getStaffLetter(db, clerk, ids.overdue, receiptId)).rejects.toThrow(NotFoundError);

    const mine = await listApplicantLetters(db, citizen, ids.open);
    expect(mine.map((l) => l.title)).toEqual(["政府信息公开申请接收回执"]);
    expect((await getApplicantLetter(db, citizen, ids.open, receiptId)).letter.kind).toBe("receipt");
    await expect(getApplicantLetter(db, citizen, ids.open, consultationId)).rejects.toThrow(NotFoundError);
    await expect(listApplicantLetters(db, otherCitizen, ids.open)).rejects.toThrow(NotFoundError);
    await expect(getApplicantLetter(db, otherCitizen, ids.open, receiptId)).rejects.toThrow(NotFoundError);
  });
});

import { describe, expect, it } from "vitest";
import { checkAction } from "./engine";
import type { WorkflowActor } from "@/lib/workflow/snapshot";
import { actors, environment, snapshot } from "@/lib/workflow/test-fixtures";

/** 条例第三十条 and workflow.md §6: the applicant's own steps, by account or by a proven tracking code. */
const awaiting = snapshot({
  status: "awaiting_correction",
  correction: { requestedOn: "2025-03-05", deadlineOn: "2025-03-26", answeredOn: null, receivedOn: null, expiryRecorded: false },
});
const check = (actor: WorkflowActor, today: string, s = awaiting) => checkAction(s, actor, "answerCorrection", { text: "已写明文件名称" }, today, environment(today));

describe("the applicant's party (account or proven tracking code)", () => {
  it("lets the account that filed it, or whoever proved this application's tracking code, answer", () => {
    expect(check(actors.citizen, "2025-03-10").ok).toBe(true);
    expect(check({ role: "citizen", userId: null, agencyId: null, provenApplicationId: "app-1" }, "2025-03-10").ok).toBe(true);
  });

  it("refuses another account, a proof for another application, and an empty proof", () => {
    const refused = /您只能办理本人提出的申请/;
    expect(check({ ...actors.citizen, userId: "u-other" }, "2025-03-10")).toMatchObject({ ok: false, reason: expect.stringMatching(refused) });
    expect(check({ role: "citizen", userId: null, agencyId: null, provenApplicationId: "app-2" }, "2025-03-10")).toMatchObject({ ok: false });
    expect(check({ role: "citizen", userId: null, agencyId: null, provenApplicationId: "" }, "2025-03-10")).toMatchObject({ ok: false });
    // An application filed without an account has no owner account: only the proof opens it.
    expect(check(actors.citizen, "2025-03-10", { ...awaiting, applicantUserId: null })).toMatchObject({ ok: false });
  });

  it("a proof for the split application covers its sub-applications (一事一申请), and only them", () => {
    const sub = { ...awaiting, id: "app-1-2", parentId: "app-1", applicantUserId: null };
    const proven = (id: string): WorkflowActor => ({ role: "citizen", userId: null, agencyId: null, provenApplicationId: id });
    expect(check(proven("app-1"), "2025-03-10", sub).ok).toBe(true);
    expect(check(proven("app-2"), "2025-03-10", sub)).toMatchObject({ ok: false });
    // A sub-application's id proves nothing about its parent or siblings.
    expect(check(proven("app-1-1"), "2025-03-10", sub)).toMatchObject({ ok: false });
    expect(check(proven("app-1-2"), "2025-03-10", { ...awaiting, applicantUserId: null })).toMatchObject({ ok: false });
  });

  it("accepts an answer up to the correction deadline and refuses it the day after (条例第三十条)", () => {
    expect(check(actors.citizen, "2025-03-26").ok).toBe(true);
    expect(check(actors.citizen, "2025-03-27")).toMatchObject({ ok: false, reason: expect.stringMatching(/补正期限（2025-03-26）已届满，不能再在线提交补正/) });
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EVENT_TYPES } from "@/lib/workflow/events";
import { fieldMeta } from "./form-fields";
import { isApplicantAction, isStaffAction, STEPS } from ".";

/** One definition per step: each rule carries its form and its timeline wording. */
describe("the step definitions", () => {
  const rules = Object.entries(STEPS);

  it("each ledger event is recorded by exactly one step, which names it for the timeline", () => {
    expect(rules.map(([, rule]) => rule.event).sort()).toEqual([...EVENT_TYPES].sort());
    for (const [, rule] of rules) expect(rule.timeline).not.toBe("");
  });

  it("every field of a workbench form says how it is rendered (the reply draft and the split have their own)", () => {
    for (const [action, rule] of rules) {
      if (["draftDecision", "split", "answerCorrection", "rate"].includes(action) || !(rule.form instanceof z.ZodObject)) continue;
      for (const [name, field] of Object.entries(rule.form.shape)) expect(fieldMeta.get(field as z.ZodType), `${action}.${name}`).toBeDefined();
    }
  });

  it("each step names the use cases that run it, and its roles allow exactly those parties", () => {
    const by = (kind: string) => rules.filter(([, step]) => "takenBy" in step && (step.takenBy as readonly string[]).includes(kind)).map(([action]) => action);
    expect(by("system")).toEqual(["correctionDeadlinePassed", "endConsultation", "closeForUnpaidFee"]);
    expect(by("applicant")).toEqual(["answerCorrection", "acceptFee", "declineFee", "withdraw"]);
    // The rating is a rule only: the applicant rates through its own use case.
    expect(rules.filter(([, step]) => !("takenBy" in step)).map(([action]) => action)).toEqual(["rate"]);
    for (const [action, step] of rules) {
      if (!("takenBy" in step)) continue;
      const roles: readonly string[] = step.roles;
      const takenBy: readonly string[] = step.takenBy;
      if (takenBy.includes("staff")) expect(roles.some((r) => r !== "citizen" && r !== "system"), action).toBe(true);
      if (takenBy.includes("applicant")) expect(roles, action).toContain("citizen");
      if (takenBy.includes("system")) expect(roles, action).toContain("system");
    }
  });

  it("the workbench runs the staff steps and the applicant's pages the applicant's, nothing else", () => {
    expect(isStaffAction("confirmReceipt")).toBe(true);
    expect(isStaffAction("declineFee")).toBe(false); // a clerk may record it, but the workbench offers no form for it
    expect(isStaffAction("answerCorrection")).toBe(false);
    expect(isStaffAction("toString")).toBe(false);
    expect(isApplicantAction("withdraw")).toBe(true);
    expect(isApplicantAction("rate")).toBe(false);
    expect(isApplicantAction("approveReply")).toBe(false);
  });
});

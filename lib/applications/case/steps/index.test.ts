import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LEDGER_PAYLOADS } from "../ledger";
import { fieldMeta } from "./form-fields";
import { isApplicantAction, isStaffAction, STEPS } from ".";
import { AFTER_REPLY_EVENTS, AFTER_REPLY_STEPS } from "./after-reply";
import { APPLICANT_EVENTS, APPLICANT_STEPS } from "./applicant";
import { CONSULTATION_EVENTS, CONSULTATION_STEPS } from "./consultation";
import { CORRECTION_EVENTS, CORRECTION_STEPS } from "./correction";
import { EXTENSION_EVENTS, EXTENSION_STEPS } from "./extension";
import { FEE_EVENTS, FEE_STEPS } from "./fee";
import { RECORD_EVENTS, RECORD_STEPS } from "./records";
import { REFERRAL_EVENTS, REFERRAL_STEPS } from "./referral";
import { REGISTRATION_EVENTS, REGISTRATION_STEPS } from "./registration";
import { REPLY_EVENTS, REPLY_STEPS } from "./reply";
import { SCOPE_EVENTS, SCOPE_STEPS } from "./scope";

/** One definition per step: each rule carries its form and its timeline wording. */
describe("the step definitions", () => {
  const rules = Object.entries(STEPS);

  it("each ledger event is recorded by exactly one step, which names it for the timeline", () => {
    const stepEvents = Object.keys(LEDGER_PAYLOADS).filter((type) => type !== "submitted" && type !== "imported");
    expect(rules.map(([, rule]) => rule.event).sort()).toEqual(stepEvents.sort());
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
    // recordConsultationOpinion: the consultee's online opinion, filed by the system on its behalf (consultation-online);
    // recordDelivery: the electronic 送达 of the reply (lib/applications/delivery).
    expect(by("system")).toEqual(["correctionDeadlinePassed", "recordConsultationOpinion", "endConsultation", "closeForUnpaidFee", "recordDelivery"]);
    expect(by("applicant")).toEqual(["answerCorrection", "acceptFee", "declineFee", "withdraw", "referToResponsibleAgency"]);
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

  it("each phase file holds its steps' event payloads: one file per step, nothing kept elsewhere", () => {
    const phases = [
      [REGISTRATION_STEPS, REGISTRATION_EVENTS],
      [CORRECTION_STEPS, CORRECTION_EVENTS],
      [SCOPE_STEPS, SCOPE_EVENTS],
      [CONSULTATION_STEPS, CONSULTATION_EVENTS],
      [EXTENSION_STEPS, EXTENSION_EVENTS],
      [FEE_STEPS, FEE_EVENTS],
      [REPLY_STEPS, REPLY_EVENTS],
      [APPLICANT_STEPS, APPLICANT_EVENTS],
      [AFTER_REPLY_STEPS, AFTER_REPLY_EVENTS],
      [REFERRAL_STEPS, REFERRAL_EVENTS],
      [RECORD_STEPS, RECORD_EVENTS],
    ] as const;
    for (const [steps, events] of phases) {
      expect(Object.values(steps).map((step) => step.event).sort()).toEqual(Object.keys(events).sort());
    }
    expect(phases.flatMap(([steps]) => Object.keys(steps)).sort()).toEqual(Object.keys(STEPS).sort());
  });
});

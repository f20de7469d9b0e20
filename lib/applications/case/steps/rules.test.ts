import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EVENT_TYPES } from "@/lib/workflow/events";
import { fieldMeta } from "./form-fields";
import { STEP_RULES } from "./rules";

/** One definition per step: each rule carries its form and its timeline wording. */
describe("the step definitions", () => {
  const rules = Object.entries(STEP_RULES);

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
});

import { describe, expect, it } from "vitest";
import { decisionDraftSchema, validateDecisionDraft, type DecisionDraft } from "./decision-draft";
import { COMPLETE_DRAFTS } from "./test-fixtures";

const draft = (d: Partial<DecisionDraft> & Pick<DecisionDraft, "decision">): DecisionDraft => ({ reasons: "", ...d });

describe("validateDecisionDraft (letters.md: what each reply must say)", () => {
  it.each(COMPLETE_DRAFTS.map((d) => [d.decision, d] as const))("a complete %s draft passes", (_code, d) => {
    expect(validateDecisionDraft(d)).toEqual([]);
  });

  it.each([
    ["第三十六条第一项: where to get it", draft({ decision: "alreadyPublished" }), "whereToObtain"],
    ["第三十六条第二项: how it is provided", draft({ decision: "disclosed" }), "provision"],
    ["第三十七条: the withheld parts", draft({ decision: "partlyDisclosed", provision: "见附件" }), "withheldParts"],
    [
      "第三十七条: each withheld part has a ground",
      draft({
        decision: "partlyDisclosed",
        provision: "见附件",
        withheldParts: [{ part: "第3页", ground: "disclosed" as never, reason: "隐私" }],
      }),
      "withheldParts.0.ground",
    ],
    [
      "第三十七条: each withheld part has a reason",
      draft({ decision: "partlyDisclosed", provision: "见附件", withheldParts: [{ part: "第3页", ground: "notDisclosedThirdPartyRights", reason: " " }] }),
      "withheldParts.0.reason",
    ],
    [
      "第三十七条: each withheld part is named",
      draft({ decision: "partlyDisclosed", provision: "见附件", withheldParts: [{ part: "", ground: "notDisclosedThirdPartyRights", reason: "隐私" }] }),
      "withheldParts.0.part",
    ],
    ["第三十六条第三项: the reason", draft({ decision: "notDisclosedEnforcementFile" }), "reasons"],
    ["第三十六条第七项: the law", draft({ decision: "queryMatter", whereToObtain: "x" }), "governingLaw"],
    ["第三十六条第七项: how to obtain it", draft({ decision: "queryMatter", governingLaw: "x" }), "whereToObtain"],
    ["第三十六条第四项: the search", draft({ decision: "notHeld" }), "reasons"],
    ["第三十六条第五项: the responsible agency", draft({ decision: "notThisAgency", reasons: "x" }), "responsibleAgency.name"],
    [
      "第三十六条第五项: an empty agency name",
      draft({ decision: "notThisAgency", reasons: "x", responsibleAgency: { name: " " } }),
      "responsibleAgency.name",
    ],
    [
      "第三十六条第五项: why it cannot be determined",
      draft({ decision: "notThisAgency", reasons: "x", responsibleAgency: { undeterminedReason: "" } }),
      "responsibleAgency.undeterminedReason",
    ],
    ["第三十六条第五项: the reason", draft({ decision: "notThisAgency", responsibleAgency: { name: "区住建委" } }), "reasons"],
    ["第三十六条第六项: the earlier number", draft({ decision: "repeat", earlierReply: { number: "", date: "2025-01-02" } }), "earlierReply.number"],
    ["第三十六条第六项: the earlier date", draft({ decision: "repeat", earlierReply: { number: "x", date: "2025-13-01" } }), "earlierReply.date"],
    ["第三十八条: the reason", draft({ decision: "needsNewProcessing" }), "reasons"],
    ["第三十条: what remained unclear", draft({ decision: "unclearAfterCorrection" }), "stillUnclear"],
    ["第三十九条第一款: the channel", draft({ decision: "petition" }), "properChannel"],
    ["第三十九条第二款: where to get the publication", draft({ decision: "publication" }), "whereToObtain"],
    ["第三十五条: the reasons given", draft({ decision: "unreasonableVolume", explanation: { given: "", whyNotAccepted: "x" } }), "explanation.given"],
    ["第三十五条: why not accepted", draft({ decision: "unreasonableVolume", explanation: { given: "x", whyNotAccepted: "" } }), "explanation.whyNotAccepted"],
    ["（五）5: the document already held", draft({ decision: "confirmOrReissue" }), "documentAlreadyHeld"],
  ])("%s is required", (_rule, d, path) => {
    const problems = validateDecisionDraft(d);
    expect(problems.map((p) => p.path)).toContain(path);
    for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(["abandonedNoCorrection", "abandonedFeeUnpaid", "withdrawn"] as const)(
    "%s cannot be drafted as a reply (it is a closing action)",
    (decision) => {
      expect(validateDecisionDraft(draft({ decision, reasons: "x" }))).toEqual([
        { path: "decision", message: expect.stringContaining("不能通过答复书作出") },
      ]);
    },
  );

  it("an unknown decision is refused", () => {
    expect(validateDecisionDraft(draft({ decision: "maybe" as never }))[0]?.path).toBe("decision");
  });
});

describe("decisionDraftSchema (the draft's type is derived from it)", () => {
  it.each(COMPLETE_DRAFTS.map((d) => [d.decision, d] as const))("a complete %s draft has its shape", (_code, d) => {
    expect(decisionDraftSchema.parse(d)).toEqual(d);
  });

  it("a withheld part's ground is one of the legal grounds (条例第十四、十五、十六条)", () => {
    const withGround = (ground: string) => decisionDraftSchema.safeParse({ decision: "partlyDisclosed", reasons: "", withheldParts: [{ part: "第3页", ground, reason: "隐私" }] }).success;
    expect(withGround("notDisclosedThirdPartyRights")).toBe(true);
    expect(withGround("disclosed")).toBe(false);
  });
});

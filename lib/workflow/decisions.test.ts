import { describe, expect, it } from "vitest";
import { defaultAgencyPolicy } from "@/lib/agencies/policy";
import { OUTCOME_ROWS } from "@/lib/annual-report/rules/rows";
import { DECISION_CODES, DECISIONS, NOT_DISCLOSED_GROUNDS, reportRowOf, type DecisionCode, type RemedyKind } from "./decisions";

// workflow.md §5 (decision → basis → report row) and letters.md (remedy clause), row by row.
const TABLE: [DecisionCode, string | null, string, RemedyKind][] = [
  ["alreadyPublished", "条例第三十六条第一项", "1", "ordinary"],
  ["disclosed", "条例第三十六条第二项", "1", "ordinary"],
  ["partlyDisclosed", "条例第三十七条", "2", "both"],
  ["notDisclosedStateSecret", "条例第三十六条第三项、第十四条", "3.1", "reconsiderationFirst"],
  ["notDisclosedLawForbids", "条例第三十六条第三项、第十四条", "3.2", "reconsiderationFirst"],
  ["notDisclosedSecurityStability", "条例第三十六条第三项、第十四条", "3.3", "reconsiderationFirst"],
  ["notDisclosedThirdPartyRights", "条例第三十六条第三项、第十五条", "3.4", "reconsiderationFirst"],
  ["notDisclosedInternalAffairs", "条例第三十六条第三项、第十六条第一款", "3.5", "reconsiderationFirst"],
  ["notDisclosedProcessInformation", "条例第三十六条第三项、第十六条第二款", "3.6", "reconsiderationFirst"],
  ["notDisclosedEnforcementFile", "条例第三十六条第三项、第十六条第二款", "3.7", "reconsiderationFirst"],
  ["queryMatter", "条例第三十六条第七项", "3.8", "ordinary"],
  ["notHeld", "条例第三十六条第四项", "4.1", "ordinary"],
  ["notThisAgency", "条例第三十六条第五项", "4.1", "ordinary"],
  ["needsNewProcessing", "条例第三十八条", "4.2", "ordinary"],
  ["unclearAfterCorrection", "条例第三十条", "4.3", "ordinary"],
  ["petition", "条例第三十九条第一款", "5.1", "ordinary"],
  ["repeat", "条例第三十六条第六项", "5.2", "ordinary"],
  ["publication", "条例第三十九条第二款", "5.3", "ordinary"],
  ["unreasonableVolume", "条例第三十五条", "5.4", "ordinary"],
  ["confirmOrReissue", null, "5.5", "ordinary"],
  ["abandonedNoCorrection", "条例第三十条", "6.1", "ordinary"],
  ["abandonedFeeUnpaid", "《政府信息公开信息处理费管理办法》", "6.2", "ordinary"],
  ["withdrawn", null, "6.3", "none"],
];

describe("decisions (workflow.md §5, letters.md)", () => {
  it("lists every decision of workflow.md §5 exactly once", () => {
    expect(TABLE.map(([code]) => code)).toEqual([...DECISION_CODES]);
  });

  it.each(TABLE)("%s: basis %s, report row %s, remedy %s", (code, basis, row, remedy) => {
    const d = DECISIONS[code];
    expect(d.code).toBe(code);
    expect(d.basis).toBe(basis);
    expect(d.reportRow).toBe(row);
    expect(d.remedy).toBe(remedy);
    expect(d.label).not.toBe("");
    expect(OUTCOME_ROWS[d.reportRow]).toBeDefined();
  });

  it("（三）1–7 are the seven grounds of 条例第十四、十五、十六条, all 复议前置 (行政复议法第二十三条)", () => {
    expect(NOT_DISCLOSED_GROUNDS.map((g) => DECISIONS[g].reportRow)).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"]);
    for (const g of NOT_DISCLOSED_GROUNDS) expect(DECISIONS[g].remedy).toBe("reconsiderationFirst");
  });

  it("partial disclosure counts only as （二）, never also as （三）", () => {
    expect(reportRowOf("partlyDisclosed", defaultAgencyPolicy)).toBe("2");
  });

  it.each([
    ["3.8", "3.8"],
    ["6.3", "6.3"],
  ] as const)("queryMatter (第三十六条第七项) counts in the agency's chosen row %s", (setting, row) => {
    expect(reportRowOf("queryMatter", { queryMatterReportRow: setting })).toBe(row);
  });

  it("queryMatter counts in （三）8 by default (Policy default)", () => {
    expect(reportRowOf("queryMatter", defaultAgencyPolicy)).toBe("3.8");
  });

  it.each(DECISION_CODES.filter((c) => c !== "queryMatter"))("%s ignores the queryMatter policy", (code) => {
    expect(reportRowOf(code, { queryMatterReportRow: "6.3" })).toBe(DECISIONS[code].reportRow);
  });

  it.each([
    ["abandonedNoCorrection", "closingNotice"],
    ["abandonedFeeUnpaid", "closingNotice"],
    ["withdrawn", "withdrawalConfirmation"],
  ] as const)("%s is reached by a closing action (%s), never drafted", (code, letter) => {
    expect(DECISIONS[code].draftable).toBe(false);
    expect(DECISIONS[code].letter).toBe(letter);
  });

  // letters.md "What each reply must say, by decision".
  it.each([
    ["alreadyPublished", ["whereToObtain"]],
    ["disclosed", ["provision"]],
    ["partlyDisclosed", ["provision", "withheldParts"]],
    ["notDisclosedStateSecret", ["reasons"]],
    ["queryMatter", ["governingLaw", "whereToObtain"]],
    ["notHeld", ["reasons"]],
    ["notThisAgency", ["reasons", "responsibleAgency"]],
    ["repeat", ["earlierReply"]],
    ["needsNewProcessing", ["reasons"]],
    ["unclearAfterCorrection", ["stillUnclear"]],
    ["petition", ["properChannel"]],
    ["publication", ["whereToObtain"]],
    ["unreasonableVolume", ["explanation"]],
    ["confirmOrReissue", ["documentAlreadyHeld"]],
  ] as const)("a %s reply requires %j", (code, fields) => {
    expect(DECISIONS[code].requiredFields).toEqual(fields);
    expect(DECISIONS[code].letter).toBe("reply");
    expect(DECISIONS[code].draftable).toBe(true);
  });
});

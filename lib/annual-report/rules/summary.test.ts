import { describe, expect, it } from "vitest";
import { computeReport } from "./compute";
import { prefillSections, reportTitle, SECTION_KEYS, SECTION_TITLES } from "./summary";
import { emptyInput } from "./test-support";

describe("section titles (annual-report.md § Sections: titles are fixed)", () => {
  it("are the six official titles in order", () => {
    expect(SECTION_KEYS.map((key) => SECTION_TITLES[key])).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
  });

  it("names the report after its agency and year", () => {
    expect(reportTitle({ agencyName: "八里台镇人民政府", year: 2024 })).toBe("八里台镇人民政府2024年政府信息公开工作年度报告");
  });
});

describe("prefillSections", () => {
  it("states a busy year's numbers", () => {
    const report = computeReport(
      emptyInput({
        applications: [
          { column: "person", received: "inYear", finished: "inYear", row: "1", count: 20 },
          { column: "commercial", received: "inYear", finished: "inYear", row: "2", count: 3 },
          { column: "legal", received: "inYear", finished: "inYear", row: "4.1", count: 2 },
          { column: "person", received: "beforeYear", finished: "inYear", row: "6.3", count: 1 },
          { column: "person", received: "inYear", finished: "open", row: null, count: 4 },
        ],
        documents: [
          { docType: "regulation", issued: 1, repealed: 0, valid: 3 },
          { docType: "normative", issued: 2, repealed: 1, valid: 9 },
        ],
        reviewCases: [
          { kind: "reconsideration", result: "维持", count: 2 },
          { kind: "litigationDirect", result: null },
        ],
        fees: { noticesIssued: 2, noticesAmount: 138160, collected: 54700 },
      }),
    );
    expect(prefillSections(report, { documentsPublished: 356 })).toEqual({
      overview: [
        "本年度，八里台镇人民政府主动公开政府信息356条。本年制发规章1件、废止0件，现行有效规章3件。本年制发行政规范性文件2件、废止1件，现行有效行政规范性文件9件。",
        "本年度新收政府信息公开申请29件（自然人24件，法人或其他组织5件），上年结转1件；办结26件，其中予以公开20件、部分公开3件、无法提供2件、其他处理1件；结转下年度继续办理4件。",
        "本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件（未经复议直接起诉1件、复议后起诉0件）。",
      ],
      other: ["本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知2件，金额共计138160元，实际收取信息处理费54700元。"],
    });
  });

  it("states a quiet year plainly (a town makes no 规章: none is mentioned)", () => {
    expect(prefillSections(computeReport(emptyInput()))).toEqual({
      overview: [
        "本年制发行政规范性文件0件、废止0件，现行有效行政规范性文件0件。",
        "本年度未收到政府信息公开申请，也无上年结转的申请。",
        "本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。",
      ],
      other: ["本年度未发出信息处理费收费通知，未收取信息处理费。"],
    });
  });

  it.each([
    [{ noticesIssued: 0, noticesAmount: 0, collected: 300 }, "本年度未发出收费通知，实际收取信息处理费300元。"],
    [{ noticesIssued: 1, noticesAmount: 500, collected: 0 }, "本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知1件，金额共计500元，未实际收取信息处理费。"],
  ])("section 六 with fees %j", (fees, sentence) => {
    expect(prefillSections(computeReport(emptyInput({ fees }))).other).toEqual([sentence]);
  });

  it("says so when applications were only carried in, and finished none", () => {
    const report = computeReport(
      emptyInput({ applications: [{ column: "research", received: "beforeYear", finished: "open", row: null, count: 1 }] }),
    );
    expect(prefillSections(report).overview[1]).toBe(
      "本年度新收政府信息公开申请0件（自然人0件，法人或其他组织0件），上年结转1件；办结0件；结转下年度继续办理1件。",
    );
  });
});

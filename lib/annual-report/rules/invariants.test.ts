import { describe, expect, it } from "vitest";
import { RuleViolationError } from "@/lib/errors";
import { computeReport } from "./compute";
import { assertPublishable, checkCarryOver, checkInvariants, evaluateInvariants, ReportInvariantError } from "./invariants";
import { emptyInput } from "./test-support";
import type { AnnualReport } from "./types";

/** A small but varied year that passes every check. */
function validReport(): AnnualReport {
  return computeReport(
    emptyInput({
      applications: [
        { column: "person", received: "inYear", finished: "inYear", row: "1", count: 2 },
        { column: "person", received: "inYear", finished: "inYear", row: "3.4", count: 1 },
        { column: "person", received: "beforeYear", finished: "open", row: null, count: 1 },
        { column: "commercial", received: "inYear", finished: "inYear", row: "5.2", count: 1 },
        { column: "legal", received: "beforeYear", finished: "inYear", row: "6.1", count: 2 },
      ],
      reviewCases: [
        { kind: "reconsideration", result: "维持", count: 2 },
        { kind: "litigationDirect", result: null },
      ],
      staffEntered: { licensing: 3, penalties: 1, coercion: 0, chargesWan: "1.5" },
      fees: { noticesIssued: 1, noticesAmount: 300, collected: 300 },
    }),
  );
}

describe("checkInvariants", () => {
  it("accepts a computed report", () => {
    const report = validReport();
    expect(report.invariantsOk).toBe(true);
    expect(checkInvariants(report)).toEqual([]);
  });

  it.each<{ name: string; mutate: (report: AnnualReport) => void; cells: string[] }>([
    {
      name: "a numbered row changed alone breaks its group's subtotal and the row's 总计",
      mutate: (r) => void (r.table3["3.4"].person += 1),
      cells: ["table3.3.person", "table3.3.4.total"],
    },
    {
      name: "一 + 二 ≠ 三（七） + 四 in a column (and in the 总计 column)",
      mutate: (r) => {
        r.table3.carriedOut.person += 1;
        r.table3.carriedOut.total += 1;
      },
      cells: ["table3.carriedOut.person", "table3.carriedOut.total"],
    },
    {
      name: "（七）总计 not the sum of （一）…（六）",
      mutate: (r) => void (r.table3.total.legal = 99),
      cells: ["table3.total.legal", "table3.carriedOut.legal", "table3.total.total"],
    },
    {
      name: "a subtotal with no rows behind it",
      mutate: (r) => void (r.table3["5"].research = 1),
      cells: ["table3.5.research", "table3.total.research", "table3.5.total"],
    },
    {
      name: "a 总计 cell of table 三 that is not the sum of its row",
      mutate: (r) => void (r.table3.new.total = 0),
      cells: ["table3.carriedOut.total", "table3.new.total"],
    },
    {
      name: "a missing row: every cell reported once, the sums that need it are skipped",
      mutate: (r) => void delete (r.table3 as Partial<AnnualReport["table3"]>)["6.2"],
      cells: ["person", "commercial", "research", "nonprofit", "legal", "other", "total"].map((c) => `table3.6.2.${c}`),
    },
    {
      name: "a row outside the format",
      mutate: (r) => void Reflect.set(r.table3, "3.9", { person: 0 }), // a stored report is JSON: any key can be there
      cells: ["table3.3.9"],
    },
    {
      name: "a negative count",
      mutate: (r) => void (r.table3.new.research = -1),
      cells: ["table3.new.research"],
    },
    {
      name: "a fractional count",
      mutate: (r) => void (r.table3["1"].person = 1.5),
      cells: ["table3.1.person"],
    },
    {
      name: "a count stored as text",
      mutate: (r) => void Reflect.set(r.table3["1"], "person", "2"),
      cells: ["table3.1.person"],
    },
    {
      name: "table 四: a 总计 that is not the sum of its four cells",
      mutate: (r) => void (r.table4.reconsideration.total += 1),
      cells: ["table4.reconsideration.total"],
    },
    {
      name: "table 四: a cell that is not a count",
      mutate: (r) => void Reflect.set(r.table4.litigationDirect, "pending", null),
      cells: ["table4.litigationDirect.pending"],
    },
    {
      name: "table 四: a changed cell with its 总计 left alone",
      mutate: (r) => void (r.table4.litigationAfterReconsideration.corrected = 1),
      cells: ["table4.litigationAfterReconsideration.total"],
    },
    {
      name: "table 二: 万元 with 5 decimal places, a negative count",
      mutate: (r) => {
        r.table2.chargesWan = "1.23456";
        r.table2.normativeDocuments.valid = -2;
      },
      cells: ["table2.normativeDocuments.valid", "table2.chargesWan"],
    },
    {
      name: "section 六: money in 元 must be an integer",
      mutate: (r) => void (r.fees.collected = 0.5),
      cells: ["fees.collected"],
    },
  ])("$name", ({ mutate, cells }) => {
    const report = validReport();
    mutate(report);
    expect(checkInvariants(report).map((violation) => violation.cell)).toEqual(cells);
    expect(evaluateInvariants(report).invariantsOk).toBe(false);
  });

  it("names the cell by its official labels in Chinese", () => {
    const report = validReport();
    report.table3.carriedOut.person += 1;
    report.table3["3.4"].commercial = 1;
    report.table3["3.4"].total += 1;
    report.table4.reconsideration.total = 5;
    const messages = Object.fromEntries(checkInvariants(report).map((v) => [v.cell, v.message]));
    expect(messages["table3.carriedOut.person"]).toBe(
      "“自然人”列：一、本年新收政府信息公开申请数量（3）与二、上年结转政府信息公开申请数量（1）之和为4，应等于（七）总计（3）与四、结转下年度继续办理（2）之和（现为5）。",
    );
    expect(messages["table3.3.commercial"]).toBe("“法人或其他组织·商业企业”列：（三）不予公开（0）应等于其第1至8项之和（1）。");
    expect(messages["table3.3.total"]).toBe("“总计”列：（三）不予公开（1）应等于其第1至8项之和（2）。");
    expect(messages["table4.reconsideration.total"]).toBe(
      "表四“行政复议”的“总计”（5）应等于结果维持、结果纠正、其他结果、尚未审结之和（2）。",
    );
  });

  it("names a missing cell with its row's full label", () => {
    const report = validReport();
    delete (report.table3 as Partial<AnnualReport["table3"]>)["3.4"];
    expect(checkInvariants(report)[0]?.message).toBe(
      "表三“三、本年度办理结果（三）不予公开 4.保护第三方合法权益”行“自然人”列应为不小于0的整数，现为空缺。",
    );
  });
});

describe("assertPublishable", () => {
  it("lets a consistent report through", () => {
    expect(() => assertPublishable(validReport())).not.toThrow();
  });

  it("refuses a broken report, naming the failing cell, even if it claims to be consistent", () => {
    const report = validReport();
    report.table3["6.1"].legal = 3;
    report.table3["6"].legal = 3;
    report.invariantsOk = true;
    report.violations = [];
    let thrown: unknown;
    try {
      assertPublishable(report);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ReportInvariantError);
    expect(thrown).toBeInstanceOf(RuleViolationError);
    const error = thrown as ReportInvariantError;
    expect(error.status).toBe(422);
    expect(error.violations.map((v) => v.cell)).toEqual(["table3.total.legal", "table3.6.total", "table3.6.1.total"]);
    expect(error.message).toMatch(/^年度报告未通过数据校验，不能发布。请先更正：“法人或其他组织·法律服务机构”列：（七）总计（2）应等于（一）至（六）之和（3）。/);
  });
});

describe("checkCarryOver: last year's 四 is this year's 二 (receivedOn never moves, workflow.md §2)", () => {
  it("accepts matching years and names each column that differs", () => {
    const previous = validReport();
    previous.year = 2023;
    const current = computeReport(
      emptyInput({ applications: [{ column: "person", received: "beforeYear", finished: "inYear", row: "1", count: 1 }] }),
    );
    expect(checkCarryOver(previous, current)).toEqual([]);
    current.table3.carriedIn.person = 2;
    current.table3.carriedIn.total = 2;
    expect(checkCarryOver(previous, current)).toEqual([
      {
        cell: "table3.carriedIn.person",
        message: "“自然人”列：二、上年结转政府信息公开申请数量（2）应等于2023年度报告的四、结转下年度继续办理（1）。",
      },
      {
        cell: "table3.carriedIn.total",
        message: "“总计”列：二、上年结转政府信息公开申请数量（2）应等于2023年度报告的四、结转下年度继续办理（1）。",
      },
    ]);
  });

  it("needs the report of the year before", () => {
    expect(() => checkCarryOver(validReport(), validReport())).toThrow("结转核对需要2023年度的报告，收到的是2024年度的报告。");
  });
});

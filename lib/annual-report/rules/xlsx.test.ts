import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { computeReport } from "./compute";
import { APPLICANT_COLUMN_KEYS, OUTCOME_ROW_KEYS, type ApplicantColumn, type OutcomeRow } from "./rows";
import type { ApplicationCount } from "./tally";
import { emptyInput } from "./test-support";
import type { AnnualReport } from "./types";
import { exportReportXlsx, table3PrintedRows, TABLE3_CORNER_NOTE } from "./xlsx";

/** A report whose cells mostly differ, so a number in the wrong place shows. */
function sampleReport(): AnnualReport {
  const applications: ApplicationCount[] = [];
  OUTCOME_ROW_KEYS.forEach((row: OutcomeRow, rowIndex) => {
    APPLICANT_COLUMN_KEYS.forEach((column: ApplicantColumn, columnIndex) => {
      applications.push({ column, received: "inYear", finished: "inYear", row, count: rowIndex + columnIndex });
    });
  });
  applications.push(
    { column: "person", received: "beforeYear", finished: "inYear", row: "1", count: 7 },
    { column: "legal", received: "beforeYear", finished: "open", row: null, count: 2 },
    { column: "other", received: "inYear", finished: "open", row: null, count: 5 },
  );
  return computeReport(
    emptyInput({
      applications,
      documents: [
        { docType: "regulation", issued: 1, repealed: 2, valid: 3 },
        { docType: "normative", issued: 4, repealed: 5, valid: 6 },
      ],
      staffEntered: { licensing: 7, penalties: 8, coercion: 9, chargesWan: "12.3456" },
      reviewCases: [
        { kind: "reconsideration", result: "维持", count: 1 },
        { kind: "reconsideration", result: "撤销", count: 2 },
        { kind: "reconsideration", result: "撤回", count: 3 },
        { kind: "reconsideration", result: null, count: 4 },
        { kind: "litigationDirect", result: "驳回诉讼请求", count: 5 },
        { kind: "litigationDirect", result: "确认违法", count: 6 },
        { kind: "litigationDirect", result: "驳回起诉", count: 7 },
        { kind: "litigationDirect", result: null, count: 8 },
        { kind: "litigationAfterReconsideration", result: "维持", count: 9 },
        { kind: "litigationAfterReconsideration", result: "责令履行", count: 10 },
        { kind: "litigationAfterReconsideration", result: "调解", count: 11 },
        { kind: "litigationAfterReconsideration", result: null, count: 12 },
      ],
    }),
  );
}

function cellValue(sheet: ExcelJS.Worksheet, address: string): unknown {
  return sheet.getCell(address).value;
}

/** The distinct labels of a table 三 row across the label columns A–C (merged cells repeat their master's value). */
function labelPath(sheet: ExcelJS.Worksheet, row: number): string[] {
  const labels = [1, 2, 3].map((column) => String(sheet.getCell(row, column).value));
  return labels.filter((label, index) => labels.indexOf(label) === index);
}

describe("exportReportXlsx", () => {
  const report = sampleReport();
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const buffer = await exportReportXlsx(report);
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect(buffer.subarray(0, 2).toString()).toBe("PK"); // a zip container
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer); // exceljs types want an ArrayBuffer
  });

  it("has one sheet per table, named by its section title", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ]);
    expect(workbook.title).toBe("八里台镇人民政府2024年政府信息公开工作年度报告");
  });

  it("writes table 二 in the official layout", () => {
    const sheet = workbook.getWorksheet("二、主动公开政府信息情况");
    if (!sheet) throw new Error("no sheet");
    const expected: Record<string, unknown> = {
      A1: "二、主动公开政府信息情况",
      A2: "第二十条第（一）项",
      D2: "第二十条第（一）项",
      A3: "信息内容",
      B3: "本年制发件数",
      C3: "本年废止件数",
      D3: "现行有效件数",
      A4: "规章",
      B4: 1,
      C4: 2,
      D4: 3,
      A5: "行政规范性文件",
      B5: 4,
      C5: 5,
      D5: 6,
      A6: "第二十条第（五）项",
      A7: "信息内容",
      B7: "本年处理决定数量",
      D7: "本年处理决定数量",
      A8: "行政许可",
      B8: 7,
      A9: "第二十条第（六）项",
      A10: "信息内容",
      B10: "本年处理决定数量",
      A11: "行政处罚",
      B11: 8,
      A12: "行政强制",
      B12: 9,
      A13: "第二十条第（八）项",
      A14: "信息内容",
      B14: "本年收费金额（单位：万元）",
      A15: "行政事业性收费",
      B15: "12.3456",
      D15: "12.3456",
    };
    for (const [address, value] of Object.entries(expected)) expect({ address, value: cellValue(sheet, address) }).toEqual({ address, value });
    expect(sheet.rowCount).toBe(15);
  });

  it("writes table 三's header in the official layout", () => {
    const sheet = workbook.getWorksheet("三、收到和处理政府信息公开申请情况");
    if (!sheet) throw new Error("no sheet");
    const expected: Record<string, unknown> = {
      A1: "三、收到和处理政府信息公开申请情况",
      A2: TABLE3_CORNER_NOTE,
      C4: TABLE3_CORNER_NOTE,
      D2: "申请人情况",
      J2: "申请人情况",
      D3: "自然人",
      D4: "自然人",
      E3: "法人或其他组织",
      I3: "法人或其他组织",
      E4: "商业企业",
      F4: "科研机构",
      G4: "社会公益组织",
      H4: "法律服务机构",
      I4: "其他",
      J3: "总计",
      J4: "总计",
    };
    for (const [address, value] of Object.entries(expected)) expect({ address, value: cellValue(sheet, address) }).toEqual({ address, value });
    expect(TABLE3_CORNER_NOTE).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
  });

  it("writes table 三's 25 official rows with their exact labels and no subtotal rows", () => {
    const sheet = workbook.getWorksheet("三、收到和处理政府信息公开申请情况");
    if (!sheet) throw new Error("no sheet");
    const results = "三、本年度办理结果";
    const expectedPaths = [
      ["一、本年新收政府信息公开申请数量"],
      ["二、上年结转政府信息公开申请数量"],
      [results, "（一）予以公开"],
      [results, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
      [results, "（三）不予公开", "1.属于国家秘密"],
      [results, "（三）不予公开", "2.其他法律行政法规禁止公开"],
      [results, "（三）不予公开", "3.危及“三安全一稳定”"],
      [results, "（三）不予公开", "4.保护第三方合法权益"],
      [results, "（三）不予公开", "5.属于三类内部事务信息"],
      [results, "（三）不予公开", "6.属于四类过程性信息"],
      [results, "（三）不予公开", "7.属于行政执法案卷"],
      [results, "（三）不予公开", "8.属于行政查询事项"],
      [results, "（四）无法提供", "1.本机关不掌握相关政府信息"],
      [results, "（四）无法提供", "2.没有现成信息需要另行制作"],
      [results, "（四）无法提供", "3.补正后申请内容仍不明确"],
      [results, "（五）不予处理", "1.信访举报投诉类申请"],
      [results, "（五）不予处理", "2.重复申请"],
      [results, "（五）不予处理", "3.要求提供公开出版物"],
      [results, "（五）不予处理", "4.无正当理由大量反复申请"],
      [results, "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"],
      [results, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
      [results, "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
      [results, "（六）其他处理", "3.其他"],
      [results, "（七）总计"],
      ["四、结转下年度继续办理"],
    ];
    expect(sheet.rowCount).toBe(4 + expectedPaths.length);
    expectedPaths.forEach((path, index) => expect({ row: 5 + index, path: labelPath(sheet, 5 + index) }).toEqual({ row: 5 + index, path }));
  });

  it("puts each table 三 number in its row and column, as a number", () => {
    const sheet = workbook.getWorksheet("三、收到和处理政府信息公开申请情况");
    if (!sheet) throw new Error("no sheet");
    const printed = table3PrintedRows();
    expect(printed.map((row) => row.key)).not.toContain("3");
    printed.forEach(({ key }, index) => {
      const row = 5 + index;
      const cells = report.table3[key];
      const written = [4, 5, 6, 7, 8, 9, 10].map((column) => sheet.getCell(row, column).value);
      expect({ key, written }).toEqual({
        key,
        written: [cells.person, cells.commercial, cells.research, cells.nonprofit, cells.legal, cells.other, cells.total],
      });
    });
  });

  it("writes table 四 as one row of 15 numbers under its three-level header", () => {
    const sheet = workbook.getWorksheet("四、政府信息公开行政复议、行政诉讼情况");
    if (!sheet) throw new Error("no sheet");
    const results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    expect(cellValue(sheet, "A1")).toBe("四、政府信息公开行政复议、行政诉讼情况");
    expect(["A2", "E2"].map((a) => cellValue(sheet, a))).toEqual(["行政复议", "行政复议"]);
    expect(["F2", "O2"].map((a) => cellValue(sheet, a))).toEqual(["行政诉讼", "行政诉讼"]);
    expect(["F3", "J3"].map((a) => cellValue(sheet, a))).toEqual(["未经复议直接起诉", "未经复议直接起诉"]);
    expect(["K3", "O3"].map((a) => cellValue(sheet, a))).toEqual(["复议后起诉", "复议后起诉"]);
    const row = (r: number) => Array.from({ length: 15 }, (_, i) => sheet.getCell(r, i + 1).value);
    expect(row(3).slice(0, 5)).toEqual(results);
    expect(row(4)).toEqual([...results, ...results, ...results]);
    expect(row(5)).toEqual([1, 2, 3, 4, 10, 5, 6, 7, 8, 26, 9, 10, 11, 12, 42]);
    expect(sheet.rowCount).toBe(5);
  });
});

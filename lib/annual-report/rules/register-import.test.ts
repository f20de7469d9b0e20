import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeReport } from "./compute";
import { checkCarryOver } from "./invariants";
import { parseRegisterCsv, tallyImportedRegister, type RegisterImportError, type RegisterImportResult } from "./register-import";
import { TABLE3_KEYS } from "./rows";
import { emptyInput } from "./test-support";
import { EXPECTED_2024_COLLECTED, EXPECTED_2024_TABLE3 } from "./fixtures/register-2024";

const HEADER = "caseNumber,agency,applicantType,orgKind,channel,receivedOn,finishedOn,reportRow,feePaid";
const BALITAI = "11120112MB1957322H";
const AGENCIES = new Map([
  [BALITAI, "agency-balitai"],
  ["八里台镇人民政府", "agency-balitai"],
  ["11120112000069010W", "agency-jinnan"],
  ["津南区人民政府", "agency-jinnan"],
]);
const resolveAgency = (value: string) => AGENCIES.get(value);

function errorsOf<T>(result: RegisterImportResult<T>): RegisterImportError[] {
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

function rowsOf<T>(result: RegisterImportResult<T>) {
  if (!result.ok) throw new Error(`expected rows, got ${JSON.stringify(result.errors)}`);
  return result.rows;
}

describe("the fixture register (lib/annual-report/rules/fixtures/register-2024.csv) reproduces its table 三", () => {
  const bytes = readFileSync(path.join(import.meta.dirname, "fixtures", "register-2024.csv"));
  const rows = rowsOf(parseRegisterCsv(bytes, { resolveAgency }));

  it("reads all 40 rows with their line numbers and resolved agency", () => {
    expect(rows).toHaveLength(40);
    expect(rows.map((row) => row.line)).toEqual(Array.from({ length: 40 }, (_, index) => index + 2));
    expect(new Set(rows.map((row) => row.agency))).toEqual(new Set(["agency-balitai"]));
    expect(rows[3]).toEqual({
      line: 5,
      caseNumber: "BLT-2023-052",
      agency: "agency-balitai",
      applicantType: "organization",
      orgKind: "legal",
      column: "legal",
      channel: "registered_mail",
      receivedOn: "2023-12-01",
      finishedOn: "2024-01-12",
      reportRow: "2",
      feePaid: 0,
    });
  });

  it("gives exactly the expected 2024 table 三, fees collected in 2024 and no violation", () => {
    const { applications, collected } = tallyImportedRegister(rows, 2024);
    const report = computeReport(emptyInput({ applications, fees: { noticesIssued: 0, noticesAmount: 0, collected } }));
    for (const key of TABLE3_KEYS) {
      const cells = report.table3[key];
      expect({ key, cells: [cells.person, cells.commercial, cells.research, cells.nonprofit, cells.legal, cells.other, cells.total] }).toEqual({
        key,
        cells: EXPECTED_2024_TABLE3[key],
      });
    }
    expect(collected).toBe(EXPECTED_2024_COLLECTED);
    expect(report.invariantsOk).toBe(true);
  });

  it("carries 2024's 四 into 2025's 二; the 80 元 of a case finished in 2025 counts in 2025", () => {
    const report2024 = computeReport(emptyInput({ applications: tallyImportedRegister(rows, 2024).applications }));
    const { applications, collected } = tallyImportedRegister(rows, 2025);
    const report2025 = computeReport(emptyInput({ year: 2025, applications }));
    expect(checkCarryOver(report2024, report2025)).toEqual([]);
    expect(report2025.table3.carriedIn.total).toBe(3);
    expect(report2025.table3.new.total).toBe(3);
    expect(collected).toBe(80);
  });
});

describe("parseRegisterCsv: accepted input", () => {
  it("returns the agency as written when the caller resolves it later", () => {
    const result = parseRegisterCsv(`${HEADER}\nA-1,八里台镇人民政府,person,,online,2024-01-02,,,\n`);
    expect(rowsOf(result)[0]).toMatchObject({ agency: "八里台镇人民政府", finishedOn: null, reportRow: null, feePaid: 0 });
  });

  it("accepts a UTF-8 BOM, CRLF line ends, spaces around values and upper-case codes (MAIL → registered_mail)", () => {
    const text = `\uFEFF${HEADER}\r\n A-1 , ${BALITAI} ,Organization,Commercial,MAIL, 2024-01-02 ,2024-01-20,1, 35 \r\n`;
    expect(rowsOf(parseRegisterCsv(text, { resolveAgency }))).toEqual([
      {
        line: 2,
        caseNumber: "A-1",
        agency: "agency-balitai",
        applicantType: "organization",
        orgKind: "commercial",
        column: "commercial",
        channel: "registered_mail",
        receivedOn: "2024-01-02",
        finishedOn: "2024-01-20",
        reportRow: "1",
        feePaid: 35,
      },
    ]);
  });

  it("skips blank lines and empty spreadsheet rows, and counts lines inside quoted fields", () => {
    const text = [
      HEADER,
      "",
      '"A-\n1",八里台镇人民政府,person,,online,2024-01-02,,,',
      ",,,,,,,,",
      "A-2,八里台镇人民政府,person,,online,2024-01-03,,,",
    ].join("\n");
    expect(rowsOf(parseRegisterCsv(text)).map((row) => [row.line, row.caseNumber])).toEqual([
      [3, "A-\n1"],
      [6, "A-2"],
    ]);
  });

  it("allows the same case number in two agencies and a fee of 0 or empty", () => {
    const text = `${HEADER}\nA-1,${BALITAI},person,,online,2024-01-02,2024-01-05,1,0\nA-1,津南区人民政府,person,,online,2024-01-02,2024-01-05,1,\n`;
    expect(rowsOf(parseRegisterCsv(text, { resolveAgency })).map((row) => row.agency)).toEqual(["agency-balitai", "agency-jinnan"]);
  });

  it("accepts every reportRow and channel", () => {
    const rows = ["1", "2", "3.1", "3.8", "4.3", "5.5", "6.1", "6.2", "6.3"];
    const channels = ["online", "in_person", "registered_mail", "mail", "ordinary_mail", "fax", "oral", "online", "online"];
    const text = [HEADER, ...rows.map((row, i) => `A-${i},${BALITAI},person,,${channels[i]},2024-01-02,2024-01-05,${row},`)].join("\n");
    expect(rowsOf(parseRegisterCsv(text)).map((row) => row.reportRow)).toEqual(rows);
  });
});

describe("parseRegisterCsv: the header", () => {
  it.each([
    {
      name: "a missing column",
      header: "caseNumber,agency,applicantType,orgKind,channel,receivedOn,finishedOn,reportRow",
      errors: [{ line: 1, column: "feePaid", message: "表头缺少“feePaid”（已收信息处理费（元））列。" }],
    },
    {
      name: "an unknown column (case matters)",
      header: "casenumber,agency,applicantType,orgKind,channel,receivedOn,finishedOn,reportRow,feePaid",
      errors: [
        {
          line: 1,
          column: "casenumber",
          message:
            "表头第1列“casenumber”不是导入格式中的列名：列名应为 caseNumber、agency、applicantType、orgKind、channel、receivedOn、finishedOn、reportRow、feePaid（区分大小写）。",
        },
        { line: 1, column: "caseNumber", message: "表头缺少“caseNumber”（受理编号）列。" },
      ],
    },
    {
      name: "a column twice",
      header: `${HEADER},receivedOn`,
      errors: [{ line: 1, column: "receivedOn", message: "表头中“receivedOn”（收到申请之日）列出现了两次。" }],
    },
  ])("refuses $name", ({ header, errors }) => {
    expect(errorsOf(parseRegisterCsv(`${header}\nA-1,x,person,,online,2024-01-02,,,\n`))).toEqual(errors);
  });

  it("refuses an empty file and a file with only the header", () => {
    expect(errorsOf(parseRegisterCsv(""))).toEqual([{ line: 1, column: null, message: "文件是空的：第1行应为表头，列名见导入说明。" }]);
    expect(errorsOf(parseRegisterCsv(`${HEADER}\n\n`))).toEqual([{ line: 1, column: null, message: "文件只有表头，没有申请记录。" }]);
  });
});

describe("parseRegisterCsv: every row is validated (annual-report.md § Register import format)", () => {
  // One data row after the header: fields in HEADER order.
  const row = (overrides: Partial<Record<string, string>>) => {
    const values = {
      caseNumber: "A-1",
      agency: BALITAI,
      applicantType: "person",
      orgKind: "",
      channel: "online",
      receivedOn: "2024-03-01",
      finishedOn: "2024-03-20",
      reportRow: "1",
      feePaid: "",
      ...overrides,
    };
    return `${HEADER}\n${HEADER.split(",").map((column) => values[column as keyof typeof values]).join(",")}\n`;
  };

  it.each<[string, Partial<Record<string, string>>, string, string]>([
    ["missing caseNumber", { caseNumber: "" }, "caseNumber", "请填写受理编号（caseNumber）。"],
    ["missing agency", { agency: "" }, "agency", "请填写机关（agency）：统一社会信用代码或机关简称。"],
    ["unknown agency", { agency: "八里台镇" }, "agency", "未找到机关（agency）“八里台镇”：请填写系统中已有机关的统一社会信用代码或简称。"],
    ["missing applicantType", { applicantType: "" }, "applicantType", "请填写申请人类型（applicantType）：person（自然人）或 organization（法人或其他组织）。"],
    [
      "unknown applicantType",
      { applicantType: "company" },
      "applicantType",
      "申请人类型（applicantType）应为 person（自然人）或 organization（法人或其他组织），现为“company”。",
    ],
    [
      "organisation without orgKind",
      { applicantType: "organization" },
      "orgKind",
      "申请人为法人或其他组织时，请填写组织类型（orgKind）：commercial（商业企业）、research（科研机构）、nonprofit（社会公益组织）、legal（法律服务机构）或 other（其他）。",
    ],
    [
      "unknown orgKind",
      { applicantType: "organization", orgKind: "school" },
      "orgKind",
      "组织类型（orgKind）应为 commercial（商业企业）、research（科研机构）、nonprofit（社会公益组织）、legal（法律服务机构）或 other（其他），现为“school”。",
    ],
    ["person with orgKind", { orgKind: "other" }, "orgKind", "申请人为自然人时，组织类型（orgKind）应留空，现为“other”。"],
    [
      "unknown channel",
      { channel: "email" },
      "channel",
      "申请方式（channel）应为 online、in_person、registered_mail（或 mail）、ordinary_mail、fax 或 oral，现为“email”。",
    ],
    ["missing channel", { channel: "" }, "channel", "申请方式（channel）应为 online、in_person、registered_mail（或 mail）、ordinary_mail、fax 或 oral。"],
    ["missing receivedOn", { receivedOn: "" }, "receivedOn", "请填写收到申请之日（receivedOn）（YYYY-MM-DD）。"],
    [
      "receivedOn with slashes",
      { receivedOn: "2024/03/01" },
      "receivedOn",
      "收到申请之日（receivedOn）应为YYYY-MM-DD格式的有效日期，例如2024-03-01，现为“2024/03/01”。",
    ],
    ["receivedOn not a day", { receivedOn: "2023-02-29" }, "receivedOn", "收到申请之日（receivedOn）应为YYYY-MM-DD格式的有效日期，例如2024-03-01，现为“2023-02-29”。"],
    ["receivedOn without zero padding", { receivedOn: "2024-3-1" }, "receivedOn", "现为“2024-3-1”"],
    ["receivedOn before the 条例", { receivedOn: "2008-04-30" }, "receivedOn", "收到申请之日（receivedOn）“2008-04-30”早于政府信息公开条例施行之日（2008-05-01），请检查。"],
    ["finishedOn not a date", { finishedOn: "20.3.2024" }, "finishedOn", "办结日期（finishedOn）应为YYYY-MM-DD格式的有效日期"],
    [
      "finishedOn before receivedOn",
      { finishedOn: "2024-02-28" },
      "finishedOn",
      "办结日期（finishedOn）（2024-02-28）不能早于收到申请之日（receivedOn）（2024-03-01）。",
    ],
    [
      "finishedOn without reportRow",
      { reportRow: "" },
      "reportRow",
      "已填写办结日期（finishedOn），请同时填写年报表三行次（reportRow）；尚未办结的申请两项都应留空。",
    ],
    [
      "reportRow without finishedOn",
      { finishedOn: "" },
      "finishedOn",
      "已填写年报表三行次（reportRow），请同时填写办结日期（finishedOn）；尚未办结的申请两项都应留空。",
    ],
    ["a subtotal as reportRow", { reportRow: "3" }, "reportRow", "年报表三行次（reportRow）应为 1、2、3.1至3.8、4.1至4.3、5.1至5.5 或 6.1至6.3，现为“3”。"],
    ["reportRow 3.9", { reportRow: "3.9" }, "reportRow", "现为“3.9”"],
    ["reportRow in Chinese", { reportRow: "（一）" }, "reportRow", "现为“（一）”"],
    ["fee with 角", { feePaid: "12.5" }, "feePaid", "已收信息处理费（元）（feePaid）应为以元为单位的非负整数（无费用可留空或填0），现为“12.5”。"],
    ["negative fee", { feePaid: "-5" }, "feePaid", "现为“-5”"],
    [
      "fee on an open application",
      { finishedOn: "", reportRow: "", feePaid: "100" },
      "feePaid",
      "尚未办结的申请不能填写已收信息处理费（元）（feePaid）：已收费用计入办结当年，请在办结后再导入。",
    ],
  ])("refuses %s", (_name, overrides, column, message) => {
    const errors = errorsOf(parseRegisterCsv(row(overrides), { resolveAgency }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column });
    expect(errors[0]?.message).toContain(message);
  });

  it("reports every bad value of a row and every bad row, and returns nothing importable", () => {
    const text = [
      HEADER,
      `A-1,${BALITAI},person,,online,2024-03-01,2024-03-20,1,`,
      `A-2,${BALITAI},robot,,telegram,2024-13-01,,,`,
      `A-3,${BALITAI},person,,online,2024-03-01,2024-03-20,1,`,
      `A-4,${BALITAI},person,,online,2024-03-01,,2,`,
    ].join("\n");
    const result = parseRegisterCsv(text, { resolveAgency });
    expect(result).not.toHaveProperty("rows");
    expect(errorsOf(result).map(({ line, column }) => [line, column])).toEqual([
      [3, "applicantType"],
      [3, "channel"],
      [3, "receivedOn"],
      [5, "finishedOn"],
    ]);
  });

  it("refuses a case number used twice by one agency, even written once by code and once by short name", () => {
    const text = [HEADER, `A-1,${BALITAI},person,,online,2024-03-01,,,`, "A-1,八里台镇人民政府,person,,online,2024-03-02,,,"].join("\n");
    expect(errorsOf(parseRegisterCsv(text, { resolveAgency }))).toEqual([
      { line: 3, column: "caseNumber", message: "受理编号（caseNumber）“A-1”与第2行重复：同一机关的受理编号不能重复。" },
    ]);
  });

  it("refuses a row with too many or too few fields", () => {
    const text = [HEADER, `A-1,${BALITAI},person,,online,2024-03-01,,,,`, `A-2,${BALITAI},person`].join("\n");
    expect(errorsOf(parseRegisterCsv(text))).toEqual([
      { line: 2, column: null, message: "本行有10个字段，表头有9列：请检查是否多了或少了逗号（含逗号的内容请加英文双引号）。" },
      { line: 3, column: null, message: "本行有3个字段，表头有9列：请检查是否多了或少了逗号（含逗号的内容请加英文双引号）。" },
    ]);
  });
});

describe("parseRegisterCsv: the file itself", () => {
  it("refuses a file that is not UTF-8 (e.g. saved by Excel as GBK), naming the first bad line", () => {
    const gbkRow = Buffer.from([0xb0, 0xcb, 0xc0, 0xef, 0xcc, 0xa8]); // 八里台 in GBK
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\nA-1,`), gbkRow, Buffer.from(",person,,online,2024-03-01,,,\n")]);
    expect(errorsOf(parseRegisterCsv(bytes))).toEqual([
      {
        line: 2,
        column: null,
        message: "文件不是UTF-8编码（第2行起无法识别）：请在Excel中“另存为”并选择“CSV UTF-8（逗号分隔）”后重新导入。",
      },
    ]);
  });

  it("refuses broken quoting with the line it was found on", () => {
    const text = `${HEADER}\nA-1,${BALITAI},person,,online,2024-03-01,,,\n"A-2,${BALITAI},person,,online,2024-03-01,,,\n`;
    const [error] = errorsOf(parseRegisterCsv(text));
    expect(error?.column).toBeNull();
    expect(error?.message).toMatch(/^第\d+行附近的CSV格式有误（引号没有闭合）/);
  });

  it("refuses a stray quote inside an unquoted value, on its line", () => {
    const text = `${HEADER}\nA-1,${BALITAI},person,,online,2024-03-01,,,\nA-2,${BALITAI},pe"rson,,online,2024-03-01,,,\n`;
    expect(errorsOf(parseRegisterCsv(text))).toEqual([
      {
        line: 3,
        column: null,
        message: "第3行附近的CSV格式有误（引号位置不正确）：请用英文双引号包住含逗号、引号或换行的内容，内容中的双引号写成两个。",
      },
    ]);
  });
});

describe("the 登记台账 export's Chinese headers and values import too (issue 17.3)", () => {
  it("reads 受理编号, 收到日期, 申请人类型 … and skips the informative columns", () => {
    const csv = [
      "\uFEFF受理编号,机关,收到日期,申请人类型,组织类型,申请方式,申请内容摘要,办理状态,答复日期,处理决定,对应年报行,是否收费,金额,是否延期,用时（工作日，扣除中止）",
      "BL-2024-1,八里台镇,2024-03-01,自然人,,网上（含电子邮件）,“预算”,已答复,2024-03-20,予以公开,3.1,否,0,否,13",
      "BL-2024-2,八里台镇,2024-04-01,法人或其他组织,商业企业,信函（挂号/快递）,合同,已答复,2024-05-06,予以公开,3.1,是,100,是,23",
    ].join("\r\n");
    const result = parseRegisterCsv(csv);
    expect(result).toMatchObject({
      ok: true,
      rows: [
        { caseNumber: "BL-2024-1", agency: "八里台镇", applicantType: "person", orgKind: null, channel: "online", receivedOn: "2024-03-01", finishedOn: "2024-03-20", reportRow: "3.1", feePaid: 0 },
        { caseNumber: "BL-2024-2", applicantType: "organization", orgKind: "commercial", column: "commercial", channel: "registered_mail", feePaid: 100 },
      ],
    });
  });
});

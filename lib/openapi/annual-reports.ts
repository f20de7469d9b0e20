import { TABLE3_KEYS } from "@/lib/annual-report/rules/rows";
import { TABLE4_KINDS } from "@/lib/annual-report/rules/types";
import { errorResponse, type OpenApiFragment } from "./types";

/** OpenAPI 3.1 fragment: the annual report (annual-report.md § "JSON shape"). Merged into /api/v1/openapi.json. */

const count = { type: "integer", minimum: 0 };
const obj = (properties: Record<string, unknown>) => ({ type: "object", required: Object.keys(properties), properties });
const documentTally = obj({ issued: count, repealed: count, valid: count });
const table3Row = obj({ person: count, commercial: count, research: count, nonprofit: count, legal: count, other: count, total: count });
const table4Block = obj({ upheld: count, corrected: count, other: count, pending: count, total: count });

const pathParameters = [
  { name: "agency", in: "path", required: true, description: "机关的统一社会信用代码或简称", schema: { type: "string" } },
  { name: "year", in: "path", required: true, description: "报告年度（四位年份）", schema: { type: "integer", minimum: 2008 } },
];

export const annualReportsApi: OpenApiFragment = {
  schemas: {
    AnnualReport: {
      ...obj({
        agencyCode: { type: "string", description: "统一社会信用代码" },
        agencyName: { type: "string" },
        year: { type: "integer" },
        status: { type: "string", enum: ["draft", "published"] },
        table2: obj({
          regulations: { ...documentTally, description: "规章：本年制发件数、本年废止件数、现行有效件数" },
          normativeDocuments: { ...documentTally, description: "行政规范性文件" },
          licensing: { ...count, description: "行政许可本年处理决定数量" },
          penalties: { ...count, description: "行政处罚本年处理决定数量" },
          coercion: { ...count, description: "行政强制本年处理决定数量" },
          chargesWan: { type: "string", pattern: "^\\d+\\.\\d{4}$", description: "行政事业性收费本年收费金额（万元，4位小数）" },
        }),
        table3: {
          ...obj(Object.fromEntries(TABLE3_KEYS.map((key) => [key, table3Row]))),
          description: "表三：new 一、本年新收；carriedIn 二、上年结转；1…6.3 办理结果（3、4、5、6 为小计）；total （七）总计；carriedOut 四、结转下年度继续办理",
        },
        table4: obj(Object.fromEntries(TABLE4_KINDS.map((kind) => [kind, table4Block]))),
        fees: obj({
          noticesIssued: { ...count, description: "发出收费通知件数" },
          noticesAmount: { ...count, description: "收费通知金额（元）" },
          collected: { ...count, description: "实际收取信息处理费（元）" },
        }),
        invariantsOk: { type: "boolean" },
        violations: { type: "array", items: obj({ cell: { type: "string" }, message: { type: "string" } }) },
      }),
      description: "政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）",
    },
  },
  paths: {
    "/api/v1/annual-reports/{agency}/{year}": {
      get: {
        tags: ["政府信息公开年报"],
        summary: "政府信息公开工作年度报告（JSON）",
        description: "已发布的年度报告，发布时的数据固定不变。发布前的草稿仅本机关工作人员登录后可见，其他人得到 404。",
        parameters: pathParameters,
        responses: {
          "200": { description: "年度报告", content: { "application/json": { schema: { $ref: "#/components/schemas/AnnualReport" } } } },
          "404": errorResponse("未找到该机关或该年度已发布的报告"),
        },
      },
    },
    "/api/v1/annual-reports/{agency}/{year}/xlsx": {
      get: {
        tags: ["政府信息公开年报"],
        summary: "年度报告统计表格（XLSX，每表一个工作表）",
        parameters: pathParameters,
        responses: {
          "200": { description: "XLSX 文件", content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } } } },
          "404": errorResponse("未找到该机关或该年度已发布的报告"),
        },
      },
    },
  },
};

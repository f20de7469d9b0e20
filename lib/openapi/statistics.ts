import { OUTCOME_ROW_KEYS } from "@/lib/annual-report/rules/rows";
import { errorResponse, queryParameter, type OpenApiFragment } from "./types";

/** OpenAPI 3.1 fragment: the public performance figures of /performance (issue 15 item 4). Merged into /api/v1/openapi.json. */

const count = { type: "integer", minimum: 0 };
const obj = (properties: Record<string, unknown>) => ({ type: "object", required: Object.keys(properties), properties });
const bar = obj({ label: { type: "string" }, value: count });

const parameters = [
  queryParameter("year", "统计年度（四位年份，2008年至今年；默认上一年度）", { type: "string", pattern: "^\\d{4}$" }, false),
  queryParameter("agency", "机关的统一社会信用代码或简称；不填为全区（本平台全部机关）", { type: "string" }, false),
];

export const statisticsApi: OpenApiFragment = {
  schemas: {
    Performance: {
      ...obj({
        scope: {
          oneOf: [
            obj({ kind: { const: "district" }, name: { type: "string" } }),
            obj({ kind: { const: "agency" }, code: { type: "string", description: "统一社会信用代码" }, name: { type: "string" }, shortName: { type: "string" } }),
          ],
        },
        year: { type: "integer" },
        received: { ...count, description: "本年收到申请件数（按收到申请之日）" },
        perMonth: { type: "array", items: bar, minItems: 12, maxItems: 12, description: "1月至12月收到申请件数" },
        replies: obj({
          total: { ...count, description: "答复之日在本年度的答复件数" },
          onTime: { ...count, description: "答复之日不晚于按办理记录计算的答复期限（扣除依法中止期间，含批准的延期）" },
          late: count,
          unknown: { ...count, description: "答复期限无法确定（放假安排未公布或导入的历史台账）" },
          onTimeRate: { type: ["number", "null"], minimum: 0, maximum: 1, description: "onTime / (onTime + late)" },
          medianWorkingDays: { type: ["number", "null"], description: "答复用时中位数：自答复期限起算日至答复之日的工作日数，扣除依法中止期间" },
        }),
        closedWithoutReply: { ...count, description: "本年终止办理而未答复（撤回、视为放弃等），不计入及时性" },
        decisionGroups: { type: "array", items: bar, description: "表三（一）至（六）" },
        decisions: { type: "array", items: obj({ row: { type: "string", enum: OUTCOME_ROW_KEYS }, label: { type: "string" }, count }), description: "表三各行次" },
        fees: obj({ noticesIssued: count, noticesAmount: { ...count, description: "元" }, collected: { ...count, description: "元" } }),
        method: { type: "array", items: { type: "string" }, description: "统计口径说明" },
        computedAt: { type: "string", format: "date-time" },
      }),
      description: "依申请公开办理情况（按每件申请的办理记录计算）",
    },
  },
  paths: {
    "/api/v1/statistics/performance": {
      get: {
        tags: ["统计"],
        summary: "依申请公开办理情况（JSON）",
        description: "每月收到申请、按时答复率（扣除依法不计入答复期限的期间，条例第三十三条）、答复用时中位数、表三办理结果和收费。每小时更新。",
        parameters,
        responses: {
          "200": { description: "统计数据", content: { "application/json": { schema: { $ref: "#/components/schemas/Performance" } } } },
          "400": errorResponse("年度无效"),
          "404": errorResponse("未找到该机关"),
        },
      },
    },
    "/api/v1/statistics/performance/csv": {
      get: {
        tags: ["统计"],
        summary: "依申请公开办理情况（CSV，UTF-8）",
        description: "列：section, item, label, value；section.item 与 JSON 的字段对应。",
        parameters,
        responses: {
          "200": { description: "CSV 文件", content: { "text/csv": { schema: { type: "string" } } } },
          "400": errorResponse("年度无效"),
          "404": errorResponse("未找到该机关"),
        },
      },
    },
  },
};

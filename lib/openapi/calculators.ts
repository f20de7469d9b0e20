import { errorResponse, queryParameter, type OpenApiFragment } from "./types";

const localDate = { type: "string", format: "date", example: "2025-09-19" };
const integer = (minimum: number, maximum: number) => ({ type: "integer", minimum, maximum });

const feeLine = {
  type: "object",
  required: ["band", "units", "unitPrice", "subtotal"],
  properties: {
    band: { type: "string", example: "11–30件" },
    units: { type: "integer" },
    unitPrice: { type: "integer", description: "元" },
    subtotal: { type: "integer", description: "元" },
  },
};

const provisionalParameter = queryParameter(
  "provisional",
  "1 = 涉及尚未公布放假安排的年份时，按《全国年节及纪念日放假办法》的法定节日及补假推算（不含调休），答复中标明 provisional: true；默认 0 时返回 422",
  { enum: ["0", "1"] },
  false,
);

/** Present only on an estimate across an unpublished year. */
const provisionalProperties = {
  provisional: { type: "boolean", enum: [true], description: "按法定节日推算的预计结果，放假安排公布后可能变化" },
  note: { type: "string", description: "推算说明" },
};

export const calculatorsApi: OpenApiFragment = {
  paths: {
    "/api/v1/calendar/add-working-days": {
      get: {
        summary: "第 N 个工作日 / the N-th working day after a date",
        description: "起算日不计入：第 1 个工作日是 from 之后的第一个工作日；days = 0 返回 from。调休上班日计为工作日。",
        parameters: [
          queryParameter("from", "起算日期（YYYY-MM-DD）", localDate),
          queryParameter("days", "工作日数", integer(0, 1000)),
          provisionalParameter,
        ],
        responses: {
          "200": {
            description: "计算结果",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["from", "days", "date"],
                  properties: { from: localDate, days: { type: "integer" }, date: localDate, ...provisionalProperties },
                },
                example: { from: "2025-09-26", days: 20, date: "2025-10-30" },
              },
            },
          },
          "400": errorResponse("参数缺失或格式错误"),
          "422": errorResponse("计算涉及尚未公布放假安排的年份（未传 provisional=1）"),
        },
      },
    },
    "/api/v1/calendar/is-working-day": {
      get: {
        summary: "是否工作日 / whether a date is a working day",
        parameters: [queryParameter("date", "日期（YYYY-MM-DD）", localDate), provisionalParameter],
        responses: {
          "200": {
            description: "结果与原因",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["date", "workingDay", "reason"],
                  properties: {
                    date: localDate,
                    workingDay: { type: "boolean" },
                    reason: { type: "string", description: "调休上班 | 节假日（名称） | 周末 | 工作日" },
                    ...provisionalProperties,
                  },
                },
                example: { date: "2025-09-28", workingDay: true, reason: "调休上班" },
              },
            },
          },
          "400": errorResponse("参数缺失或格式错误"),
          "422": errorResponse("该年份放假安排尚未公布（未传 provisional=1）"),
        },
      },
    },
    "/api/v1/fees/estimate": {
      get: {
        summary: "信息处理费估算 / information-processing fee estimate",
        description:
          "《政府信息公开信息处理费管理办法》第三至五条：按件计收（method=per-item，申请人本月此前件数 priorItems 与本次件数 items）或按量计收（method=per-page，页数 pages），超额累进。是否收费由行政机关决定。",
        parameters: [
          queryParameter("method", "计费方式", { enum: ["per-item", "per-page"] }),
          queryParameter("priorItems", "本月此前已申请件数（按件计收）", integer(0, 1_000_000), false),
          queryParameter("items", "本次申请件数（按件计收）", integer(1, 1_000_000), false),
          queryParameter("pages", "页数（按量计收）", integer(1, 1_000_000), false),
        ],
        responses: {
          "200": {
            description: "金额（元，整数）与分档明细",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["method", "amount", "lines"],
                  properties: {
                    method: { enum: ["per-item", "per-page"] },
                    amount: { type: "integer", description: "元" },
                    lines: { type: "array", items: feeLine },
                  },
                },
                example: { method: "per-page", amount: 1700, lines: [] },
              },
            },
          },
          "400": errorResponse("参数缺失或格式错误"),
        },
      },
    },
  },
};

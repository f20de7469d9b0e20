import type { OpenApiFragment } from "./types";

export const foundationApi: OpenApiFragment = {
  paths: {
    "/api/health": {
      get: {
        summary: "健康检查 / liveness and database reachability",
        responses: {
          "200": {
            description: "服务正常",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["status", "database"],
                  properties: { status: { const: "ok" }, database: { enum: ["postgres", "pglite"] } },
                },
              },
            },
          },
          "503": {
            description: "数据库无法连接",
            content: {
              "application/json": {
                schema: { type: "object", properties: { status: { const: "unavailable" }, reason: { type: "string" } } },
              },
            },
          },
        },
      },
    },
    "/api/v1/agencies": {
      get: {
        summary: "行政机关列表 / the agencies on this platform",
        responses: {
          "200": {
            description: "机关列表；其他接口以 code（统一社会信用代码）指代机关",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["items"],
                  properties: {
                    items: {
                      type: "array",
                      items: {
                        type: "object",
                        required: ["code", "name", "shortName"],
                        properties: {
                          code: { type: "string", description: "统一社会信用代码" },
                          name: { type: "string" },
                          shortName: { type: "string" },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  schemas: {
    Error: {
      type: "object",
      required: ["error"],
      properties: {
        error: { type: "string", description: "中文错误说明，指明出错的参数或字段" },
        errors: {
          type: "array",
          items: {
            type: "object",
            required: ["path", "message"],
            properties: { path: { type: "string", example: "applicant.idNumber" }, message: { type: "string" } },
          },
        },
      },
    },
  },
};

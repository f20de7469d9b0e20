import { DOC_TYPES, VALIDITIES } from "@/lib/documents/labels";
import { MAX_PAGE_SIZE } from "@/lib/documents/search";
import type { OpenApiFragment } from "./types";

/** OpenAPI 3.1 fragment: the public catalogue (法定主动公开内容). Merged into /api/v1/openapi.json. */

/** The shared error shape (defined by the foundation fragment). */
const error = { $ref: "#/components/schemas/Error" };

export const documentsSchemas = {
  AgencyRef: { type: "object", required: ["code", "name"], properties: { code: { type: "string", description: "统一社会信用代码" }, name: { type: "string" } } },
  CategoryRef: { type: "object", required: ["code", "name"], properties: { code: { type: "string" }, name: { type: "string" } } },
  DocumentListItem: {
    type: "object",
    required: ["id", "indexNumber", "title", "docNumber", "agency", "category", "issuedOn", "publishedAt", "validity", "url"],
    properties: {
      id: { type: "string", format: "uuid" },
      indexNumber: { type: "string", description: "索引号" },
      title: { type: "string", description: "标题" },
      docNumber: { type: ["string", "null"], description: "文号" },
      agency: { $ref: "#/components/schemas/AgencyRef" },
      category: { $ref: "#/components/schemas/CategoryRef" },
      issuedOn: { type: "string", format: "date", description: "成文日期" },
      publishedAt: { type: "string", format: "date-time", description: "发布日期" },
      validity: { type: "string", enum: [...VALIDITIES], description: "有效性：valid 有效 · expired 失效 · repealed 废止" },
      url: { type: "string", format: "uri", description: "文件页面的稳定地址" },
    },
  },
  DocumentDetail: {
    allOf: [
      { $ref: "#/components/schemas/DocumentListItem" },
      {
        type: "object",
        properties: {
          category: { type: "object", properties: { code: { type: "string" }, name: { type: "string" }, path: { type: "array", items: { type: "string" } } } },
          docType: { type: "string", enum: [...DOC_TYPES], description: "文件类型" },
          signer: { type: ["string", "null"], description: "签发人" },
          changedOn: { type: ["string", "null"], format: "date", description: "变更日期" },
          expiresOn: { type: ["string", "null"], format: "date", description: "失效日期" },
          repealedOn: { type: ["string", "null"], format: "date", description: "废止日期" },
          keywords: { type: "string", description: "主题词" },
          summary: { type: "string", description: "内容概述" },
          bodyHtml: { type: "string", description: "正文（经过安全过滤的 HTML）" },
          attachments: {
            type: "array",
            items: {
              type: "object",
              properties: { fileName: { type: "string" }, mime: { type: "string" }, size: { type: "integer" }, url: { type: "string", format: "uri" } },
            },
          },
          interpretations: { type: "array", description: "本文件的政策解读", items: { $ref: "#/components/schemas/LinkedDocument" } },
          interprets: { type: "array", description: "本解读所解读的文件", items: { $ref: "#/components/schemas/LinkedDocument" } },
        },
      },
    ],
  },
  LinkedDocument: { type: "object", properties: { id: { type: "string", format: "uuid" }, title: { type: "string" }, url: { type: "string", format: "uri" } } },
  CategoryNode: {
    type: "object",
    properties: { code: { type: "string" }, name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/CategoryNode" } } },
  },
} as const;

const query = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({ name, in: "query", required: false, description, schema });

export const documentsPaths = {
  "/api/v1/documents": {
    get: {
      tags: ["政府信息公开目录"],
      summary: "检索和浏览已发布的政府信息",
      description: "全文检索标题、文号、索引号、内容概述和正文（中文按二元字词索引）；有检索词时按相关度排序，标题命中的排在前面。已撤回和草稿不会出现。",
      parameters: [
        query("q", "检索词（空格分隔多个词，须全部出现）", { type: "string", maxLength: 100 }),
        query("category", "分类代码（含下级分类），见 /api/v1/categories"),
        query("agency", "机关的统一社会信用代码"),
        query("year", "发布年份（北京时间）", { type: "integer" }),
        query("validity", "有效性", { type: "string", enum: [...VALIDITIES] }),
        query("docType", "文件类型", { type: "string", enum: [...DOC_TYPES] }),
        query("sort", "排序：relevance · date（默认，新→旧）· date_asc · title", { type: "string", enum: ["relevance", "date", "date_asc", "title"] }),
        query("page", "页码，从 1 开始", { type: "integer", minimum: 1, default: 1 }),
        query("pageSize", `每页条数，最多 ${MAX_PAGE_SIZE}`, { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 }),
      ],
      responses: {
        "200": {
          description: "检索结果",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["total", "items"],
                properties: {
                  total: { type: "integer", description: "命中条数；检索词命中过多时为上限（见 totalCapped）" },
                  totalCapped: { type: "boolean", description: "为 true 时命中条数超过 total（常见词只计数到上限）" },
                  page: { type: "integer" },
                  pageSize: { type: "integer" },
                  items: { type: "array", items: { $ref: "#/components/schemas/DocumentListItem" } },
                },
              },
            },
          },
        },
        "400": { description: "参数有误", content: { "application/json": { schema: error } } },
      },
    },
  },
  "/api/v1/documents/{id}": {
    get: {
      tags: ["政府信息公开目录"],
      summary: "一条已发布政府信息的全部元数据、正文和附件链接",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      responses: {
        "200": { description: "文件", content: { "application/json": { schema: { $ref: "#/components/schemas/DocumentDetail" } } } },
        "404": { description: "不存在、未发布或已撤回", content: { "application/json": { schema: error } } },
      },
    },
  },
  "/api/v1/categories": {
    get: {
      tags: ["政府信息公开目录"],
      summary: "各机关的目录分类树（不含已停用分类）",
      parameters: [query("agency", "只返回该机关（统一社会信用代码）")],
      responses: {
        "200": {
          description: "分类树",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  items: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        agency: { $ref: "#/components/schemas/AgencyRef" },
                        categories: { type: "array", items: { $ref: "#/components/schemas/CategoryNode" } },
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
} as const;

export const documentsApi: OpenApiFragment = { paths: documentsPaths, schemas: documentsSchemas };

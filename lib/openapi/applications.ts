import type { OpenApiFragment } from "./types";
import { IDENTITY_PROOF_LIMITS, IDENTITY_PROOF_TEXT } from "@/lib/applications/identity-proof-rules";

/**
 * OpenAPI 3.1 fragment: the applications part of the open API (application-form.md field names).
 * lib/openapi/index.ts merges the fragments into GET /api/v1/openapi.json.
 */
const error = { $ref: "#/components/schemas/Error" };
const text = { type: "string" };

export const applicationsApi: OpenApiFragment = {
  paths: {
    "/api/v1/applications": {
      post: {
        tags: ["依申请公开"],
        summary: "提交政府信息公开申请",
        description:
          `multipart/form-data：字段 \`application\` 为申请内容的 JSON，文件 \`identityProof\` 为${IDENTITY_PROOF_TEXT.api}。` +
          "成功后申请处于“已提交待确认”，行政机关确认收到之日为收到申请之日（条例第三十一条），因此不返回答复期限。" +
          "相同的 `Idempotency-Key` 与相同内容返回同一结果；相同的键与不同内容返回 409。" +
          "须携带 API 密钥（`Authorization: Bearer …`），或在字段 `antiBot` 中附带已求解的工作量证明：GET `/api/apply/challenge` 返回 `{challenge, difficulty}`，" +
          "求一个 `nonce` 使 SHA-256(`challenge:nonce`) 以 `difficulty` 个 0 比特开头；每个题目只能用于一份申请，重复使用返回 400。",
        parameters: [
          { name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", minLength: 8, maxLength: 128 } },
        ],
        security: [{}, { apiKey: [] }],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["application", "identityProof"],
                properties: {
                  application: { $ref: "#/components/schemas/Application" },
                  identityProof: { type: "array", maxItems: IDENTITY_PROOF_LIMITS.maxFiles, items: { type: "string", format: "binary" } },
                  antiBot: {
                    type: "object",
                    description: "未携带 API 密钥时必填：已求解的工作量证明（单次有效）",
                    properties: { challenge: { type: "string" }, nonce: { type: "string", maxLength: 32 } },
                  },
                },
              },
              encoding: { application: { contentType: "application/json" }, antiBot: { contentType: "application/json" } },
            },
          },
        },
        responses: {
          "201": {
            description: "已提交（尚未确认收到）",
            content: { "application/json": { schema: { $ref: "#/components/schemas/SubmissionResult" } } },
          },
          "400": { description: "内容有误（每个字段一条中文说明）", content: { "application/json": { schema: { $ref: "#/components/schemas/ValidationErrors" } } } },
          "401": { description: "API 密钥无效", content: { "application/json": { schema: error } } },
          "409": { description: "Idempotency-Key 已用于不同内容", content: { "application/json": { schema: error } } },
          "411": { description: "缺少 Content-Length", content: { "application/json": { schema: error } } },
          "413": { description: "内容过大", content: { "application/json": { schema: error } } },
          "429": { description: "提交过于频繁（Retry-After 秒）", content: { "application/json": { schema: error } } },
        },
      },
    },
    "/api/v1/applications/lookup": {
      post: {
        tags: ["依申请公开"],
        summary: "凭查询码和联系电话查询申请进度",
        description: "查询码或电话不符时一律返回 404（同一条消息）；失败次数按 IP 限制。",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["trackingCode", "phone"],
                properties: { trackingCode: { type: "string", example: "ABCD-EFGH-JKMN-PQRS" }, phone: { type: "string", example: "13700137000" } },
              },
            },
          },
        },
        responses: {
          "200": { description: "办理进度", content: { "application/json": { schema: { $ref: "#/components/schemas/ApplicationStatus" } } } },
          "400": { description: "缺少查询码或电话", content: { "application/json": { schema: { $ref: "#/components/schemas/ValidationErrors" } } } },
          "404": { description: "未找到相符的申请", content: { "application/json": { schema: error } } },
          "429": { description: "失败次数过多", content: { "application/json": { schema: error } } },
        },
      },
    },
  },
  securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "由平台管理员签发的 API 密钥" } },
  schemas: {
      ValidationErrors: {
        type: "object",
        required: ["error", "errors"],
        properties: {
          error: text,
          errors: {
            type: "array",
            items: { type: "object", required: ["path", "message"], properties: { path: { type: "string", example: "applicant.idNumber" }, message: text } },
          },
        },
      },
      Application: {
        type: "object",
        required: ["agency", "applicantType", "applicant", "items", "carrierForms", "deliveryMethods"],
        properties: {
          agency: { type: "string", description: "行政机关统一社会信用代码（GET /api/v1/agencies）" },
          applicantType: { enum: ["person", "organization"] },
          applicant: {
            oneOf: [
              {
                title: "自然人",
                type: "object",
                required: ["name", "idType", "idNumber", "phone"],
                properties: {
                  name: { type: "string", maxLength: 50 },
                  idType: { enum: ["居民身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证", "护照", "其他"] },
                  idNumber: text,
                  employer: text,
                  phone: text,
                  email: { type: "string", format: "email" },
                  fax: text,
                  address: text,
                  postcode: { type: "string", pattern: "^\\d{6}$" },
                },
              },
              {
                title: "法人或其他组织",
                type: "object",
                required: ["name", "orgKind", "creditCode", "legalRepresentative", "contactName", "contactPhone"],
                properties: {
                  name: { type: "string", maxLength: 100 },
                  orgKind: { enum: ["commercial", "research", "nonprofit", "legal", "other"] },
                  creditCode: { type: "string", pattern: "^[0-9A-HJ-NP-RTUW-Y]{18}$" },
                  legalRepresentative: text,
                  contactName: text,
                  contactPhone: text,
                  email: { type: "string", format: "email" },
                  fax: text,
                  address: text,
                  postcode: { type: "string", pattern: "^\\d{6}$" },
                },
              },
            ],
          },
          items: {
            type: "array",
            minItems: 1,
            maxItems: 20,
            items: {
              type: "object",
              required: ["title", "description"],
              properties: {
                title: { type: "string", minLength: 2, maxLength: 200 },
                docNumber: text,
                indexNumber: text,
                description: { type: "string", minLength: 10, maxLength: 2000 },
              },
            },
          },
          purpose: text,
          carrierForms: { type: "array", minItems: 1, items: { enum: ["纸质", "电子文档", "光盘", "U盘/磁盘"] } },
          deliveryMethods: { type: "array", minItems: 1, items: { enum: ["网上获取", "电子邮件", "邮寄", "快递", "传真", "自行领取", "当场阅读、抄录"] } },
          needsAssistance: { type: "boolean", description: "需要阅读或视听障碍协助（条例第四十三条）" },
          declaration: { type: "boolean" },
        },
      },
      SubmissionResult: {
        type: "object",
        required: ["caseNumber", "trackingCode", "status"],
        properties: { caseNumber: { type: "string", example: "BLT-2026-00001" }, trackingCode: text, status: { const: "submitted" } },
      },
      ApplicationStatus: {
        type: "object",
        required: ["caseNumber", "agency", "status", "statusLabel", "receivedOn", "replyDueOn", "clock", "events"],
        properties: {
          caseNumber: text,
          agency: { type: "object", properties: { code: text, name: text } },
          status: { enum: ["submitted", "in_progress", "awaiting_correction", "in_review", "replied", "closed"] },
          statusLabel: text,
          archived: { type: "boolean" },
          submittedAt: { type: "string", format: "date-time" },
          receivedOn: { type: ["string", "null"], format: "date" },
          replyDueOn: { type: ["string", "null"], format: "date" },
          clock: {
            type: "object",
            properties: {
              state: { enum: ["not_received", "running", "paused", "unknown", "finished"] },
              replyDueOn: { type: ["string", "null"], format: "date" },
              remainingWorkingDays: { type: ["integer", "null"] },
              explanation: { type: "array", items: text },
            },
          },
          events: {
            type: "array",
            items: { type: "object", properties: { at: { type: "string", format: "date-time" }, type: text, label: text, basis: { type: ["string", "null"] } } },
          },
          subApplications: {
            type: "array",
            description: "一事一申请：本申请拆分出的子申请（未拆分时为空数组），各自办理、各自答复。",
            items: {
              type: "object",
              required: ["caseNumber", "status", "statusLabel", "receivedOn", "replyDueOn"],
              properties: {
                caseNumber: { type: "string", example: "BLT-2026-00001-1" },
                status: { enum: ["submitted", "in_progress", "awaiting_correction", "in_review", "replied", "closed"] },
                statusLabel: text,
                receivedOn: { type: ["string", "null"], format: "date" },
                replyDueOn: { type: ["string", "null"], format: "date" },
              },
            },
          },
        },
      },
    },
};

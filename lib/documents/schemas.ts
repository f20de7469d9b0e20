import { isLocalDate } from "@/lib/calendar";
import { z } from "@/lib/validation/zod";
import { singleLineText, multiLineText } from "@/lib/validation/text";
import { DOC_TYPES, VALIDITIES } from "./labels";

/** Shared by the publisher's form (react-hook-form), the server actions, the use cases and the importer. */

const requiredDate = (label: string) =>
  singleLineText({ error: `请填写${label}。` })
    .trim()
    .min(1, `请填写${label}。`)
    .refine(isLocalDate, `${label}应为有效日期，格式如 2024-12-20。`);

const optionalDate = (label: string) =>
  singleLineText()
    .trim()
    .refine((value) => value === "" || isLocalDate(value), `${label}应为有效日期，格式如 2024-12-20。`);

const optionalText = (label: string, max: number) => singleLineText().trim().max(max, `${label}不能超过 ${max} 个字。`);

/** Every metadata field of catalogue.md that a publisher edits (索引号 and 发布日期 are assigned). */
export const documentFieldsSchema = z
  .object({
    title: singleLineText({ error: "请填写标题。" }).trim().min(1, "请填写标题。").max(200, "标题不能超过 200 个字。"),
    categoryCode: singleLineText({ error: "请选择主题分类。" }).trim().min(1, "请选择主题分类。"),
    docType: z.enum(DOC_TYPES, { error: "请选择文件类型。" }),
    docNumber: optionalText("文号", 100),
    signer: optionalText("签发人", 50),
    issuedOn: requiredDate("成文日期"),
    changedOn: optionalDate("变更日期"),
    validity: z.enum(VALIDITIES, { error: "请选择有效性。" }),
    expiresOn: optionalDate("失效日期"),
    repealedOn: optionalDate("废止日期"),
    keywords: optionalText("主题词", 200),
    summary: multiLineText({ error: "请填写内容概述。" }).trim().min(1, "请填写内容概述（条例第十二条要求目录包含内容概述）。").max(1000, "内容概述不能超过 1000 个字。"),
    body: multiLineText().max(2_000_000, "正文过长，请将大篇幅内容作为附件上传。"),
    /** 索引号 of linked documents: the policy documents a 政策解读 explains, or the interpretations of a policy document. */
    linkedIndexNumbers: multiLineText().trim().max(1000, "相关文件索引号不能超过 1000 个字。"),
    /** 索引号 of the earlier document this one repeals and replaces, or amends (文件沿革). */
    supersedesIndexNumber: optionalText("所替代或修订文件的索引号", 100),
  })
  .superRefine((value, ctx) => {
    if (value.changedOn && value.changedOn < value.issuedOn) {
      ctx.addIssue({ code: "custom", path: ["changedOn"], message: "变更日期不能早于成文日期。" });
    }
    if (value.validity === "expired" && !value.expiresOn) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "有效性为“失效”时，请填写失效日期。" });
    }
    if (value.validity === "repealed" && !value.repealedOn) {
      ctx.addIssue({ code: "custom", path: ["repealedOn"], message: "有效性为“废止”时，请填写废止日期。" });
    }
    if (value.repealedOn && value.repealedOn < value.issuedOn) {
      ctx.addIssue({ code: "custom", path: ["repealedOn"], message: "废止日期不能早于成文日期。" });
    }
  });
export type DocumentFieldsInput = z.infer<typeof documentFieldsSchema>;

export const EMPTY_DOCUMENT_FIELDS: DocumentFieldsInput = {
  title: "",
  categoryCode: "",
  docType: "other_document",
  docNumber: "",
  signer: "",
  issuedOn: "",
  changedOn: "",
  validity: "valid",
  expiresOn: "",
  repealedOn: "",
  keywords: "",
  summary: "",
  body: "",
  linkedIndexNumbers: "",
  supersedesIndexNumber: "",
};

/** Split the linked 索引号 field (commas, 、, semicolons or white space). */
export function parseIndexNumberList(text: string): string[] {
  return Array.from(new Set(text.split(/[\s,，、;；]+/).map((item) => item.trim()).filter(Boolean)));
}

/** One row of `npm run import:documents`: the same fields, plus where it belongs and its state. */
export const importRowSchema = z
  .object({
    agencyCode: singleLineText({ error: "请填写机关代码（agencyCode）。" }).trim().min(1, "请填写机关代码（agencyCode）。"),
    /** 索引号 of the migrated site: the importer is idempotent on it (a row already imported is skipped). */
    indexNumber: singleLineText({ error: "请填写索引号（indexNumber）。" }).trim().min(1, "请填写索引号（indexNumber）。").max(100, "索引号不能超过 100 个字。"),
    status: z.enum(["published", "draft"], { error: "状态应为 published 或 draft。" }).default("published"),
    /** 发布日期 of a published row (the old site's date). */
    publishedOn: optionalDate("发布日期").default(""),
  })
  .and(documentFieldsSchema)
  .superRefine((value, ctx) => {
    if (value.status === "published" && !value.publishedOn) {
      ctx.addIssue({ code: "custom", path: ["publishedOn"], message: "已发布的文件请填写发布日期（publishedOn）。" });
    }
  });
export type ImportRowInput = z.infer<typeof importRowSchema>;

export const withdrawSchema = z.object({
  reason: multiLineText({ error: "请填写撤回理由。" }).trim().min(2, "请填写撤回理由（将记入修订记录）。").max(500, "撤回理由不能超过 500 个字。"),
});

export const categoryNameSchema = z.object({
  name: singleLineText({ error: "请填写分类名称。" }).trim().min(1, "请填写分类名称。").max(40, "分类名称不能超过 40 个字。"),
});
export const createCategorySchema = categoryNameSchema.extend({
  parentCode: singleLineText().trim().default(""),
});

import { z } from "@/lib/validation/zod";
import { singleLineText } from "@/lib/validation/text";
import { isWellFormedTrackingCode } from "./tracking-code-format";

/** 查询申请: shared by the lookup form and the API. */
export const lookupSchema = z.object({
  trackingCode: singleLineText({ error: "请输入查询码。" })
    .trim()
    .min(1, "请输入查询码。")
    .refine(isWellFormedTrackingCode, "查询码为 16 位字母和数字（如 ABCD-EFGH-JKMN-PQRS），请核对提交凭证后重新输入。"),
  phone: singleLineText({ error: "请输入联系电话。" }).trim().min(1, "请输入提交申请时填写的联系电话。").max(40, "联系电话过长。"),
});
export type LookupInput = z.input<typeof lookupSchema>;

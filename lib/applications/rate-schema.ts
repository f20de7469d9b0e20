import { z } from "@/lib/validation/zod";
import { multiLineText } from "@/lib/validation/text";

/** 评价: shared by the rating form and the use case (the rate rule in case/steps/applicant.ts: 1–5). */
export const rateSchema = z.object({
  score: z.coerce.number({ error: "请选择1至5分的评价。" }).int("请选择1至5分的评价。").min(1, "请选择1至5分的评价。").max(5, "请选择1至5分的评价。"),
  comment: multiLineText().trim().max(500, "评价意见不能超过 500 个字。").default(""),
});
export type RateInput = z.input<typeof rateSchema>;

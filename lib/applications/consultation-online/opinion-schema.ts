import { z } from "@/lib/validation/zod";
import { multiLineText, singleLineText } from "@/lib/validation/text";

/**
 * What a consultee files online (条例第三十二条): consent or objection, the reasons (required when
 * objecting: 第三方不同意公开的，应当说明理由), optional contact details. The browser's form and
 * the server parse with this one schema.
 */
export const invitationCodeSchema = z.object({
  code: singleLineText().trim().min(1, "请填写征求意见书上的验证码。").max(20, "验证码不正确，请核对征求意见书上的验证码。"),
});

export const onlineOpinionSchema = invitationCodeSchema
  .extend({
    opinion: z.enum(["agree", "object"], "请选择同意公开或不同意公开。"),
    reasons: multiLineText().trim().max(1800, "理由不能超过1800个字。").default(""),
    contact: singleLineText().trim().max(200, "联系方式不能超过200个字。").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.opinion === "object" && value.reasons === "") {
      ctx.addIssue({ code: "custom", path: ["reasons"], message: "不同意公开的，请说明理由（条例第三十二条）。" });
    }
  });

export type OnlineOpinionInput = z.input<typeof onlineOpinionSchema>;
export type OnlineOpinion = z.output<typeof onlineOpinionSchema>;

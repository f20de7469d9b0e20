import { z } from "@/lib/validation/zod";
import { multiLineText } from "@/lib/validation/text";

/** 撤回申请: shared by the withdrawal form and the use case. */
export const withdrawSchema = z.object({
  reason: multiLineText().trim().max(500, "撤回原因不能超过 500 个字。").default(""),
  confirm: z.literal(true, { error: "请勾选“我确认撤回该申请”。撤回后申请即终止办理。" }),
});
export type WithdrawInput = z.input<typeof withdrawSchema>;

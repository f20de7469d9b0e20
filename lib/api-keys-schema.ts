import { z } from "@/lib/validation/zod";
import { singleLineText } from "@/lib/validation/text";

/** Issuing an open-API key: shared by the admin form and the use case. */
export const issueApiKeySchema = z.object({
  name: singleLineText().trim().min(1, "请填写使用方名称。").max(100, "名称不能超过 100 个字。"),
  rateLimitPerHour: z.coerce.number().int("每小时提交上限应为整数。").min(1, "每小时提交上限至少为 1。").max(10_000, "每小时提交上限不能超过 10000。"),
});

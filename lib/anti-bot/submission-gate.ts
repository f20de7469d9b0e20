import type { ApiClient } from "@/lib/applications/submit-application";
import { ValidationError } from "@/lib/errors";
import { challengeIdentity, checkProof } from "./proof-of-work";
import type { SpentChallenge } from "./single-use";

const WEB_MESSAGE = "自动验证未完成或已过期，请稍候片刻待“验证完成”后再提交（无需任何操作）。";
const API_MESSAGE =
  "未携带 API 密钥的调用须附带已完成的工作量证明：先 GET /api/apply/challenge 取得题目，求解后以字段 antiBot（JSON：{challenge, nonce}）随申请提交；每个题目只能使用一次。";

/**
 * Who may file an application: a caller with an API key (its own hourly limit applies), or anyone
 * with a solved, unexpired, unused proof-of-work challenge (the web form always; the open API
 * without a key too). Returns the challenge for the submission's transaction to spend (single use).
 */
export function admitSubmission(
  { secret, apiClient, proof, web, now = new Date() }: { secret: string; apiClient: ApiClient | null; proof: unknown; web: boolean; now?: Date },
): SpentChallenge | undefined {
  if (apiClient && !web) return undefined;
  const candidate = proof && typeof proof === "object" ? (proof as { challenge?: unknown; nonce?: unknown }) : undefined;
  if (checkProof(secret, candidate, now)) {
    throw new ValidationError([{ path: "antiBot", message: web ? WEB_MESSAGE : API_MESSAGE }]);
  }
  return challengeIdentity(candidate!.challenge as string);
}

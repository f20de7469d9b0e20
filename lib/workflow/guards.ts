import { compareLocalDate, isLocalDate, type LocalDate } from "@/lib/calendar";
import { validateDecisionDraft, type DecisionDraft } from "./decision-draft";
import { releasesInformation } from "./decisions";
import type { ApplicationSnapshot, ConsultationRecord, FeeNoticeRecord, ReleaseWaitRecord } from "./snapshot";

/**
 * Small predicates the transition table is written with. Each returns null when the rule is
 * met, or the Chinese sentence that says why not and what to do.
 */
export type Refusal = string | null;

export const filled = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

export function requireText(value: unknown, what: string): Refusal {
  return filled(value) ? null : `请填写${what}。`;
}

/** A date the user entered: valid, not in the future, and not before `notBefore` if given. */
export function requirePastDate(value: unknown, what: string, today: LocalDate, notBefore?: { date: LocalDate; what: string }): Refusal {
  if (!isLocalDate(value)) return `请填写有效的${what}（YYYY-MM-DD）。`;
  if (compareLocalDate(value, today) > 0) return `${what}不能晚于今天（${today}）。`;
  if (notBefore && compareLocalDate(value, notBefore.date) < 0) return `${what}不能早于${notBefore.what}（${notBefore.date}）。`;
  return null;
}

export function requireFutureDate(value: unknown, what: string, today: LocalDate): Refusal {
  if (!isLocalDate(value)) return `请填写有效的${what}（YYYY-MM-DD）。`;
  return compareLocalDate(value, today) > 0 ? null : `${what}须晚于今天（${today}）。`;
}

export const first = (...checks: (() => Refusal)[]): Refusal => {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
};

export const isOpenConsultation = (c: ConsultationRecord) => c.opinion === null && c.endedOn === null;
export const openConsultations = (s: ApplicationSnapshot) => s.consultations.filter(isOpenConsultation);
export const openReleaseWaits = (s: ApplicationSnapshot) => s.releaseWaits.filter((w: ReleaseWaitRecord) => w.endedOn === null);

/** The fee notice in play: proposed or issued and not yet settled (one at a time per application). */
export const activeFee = (s: ApplicationSnapshot): FeeNoticeRecord | undefined =>
  s.feeNotices.find((f) => f.state === "proposed" || f.state === "issued");
export const issuedFee = (s: ApplicationSnapshot): FeeNoticeRecord | undefined =>
  s.feeNotices.find((f) => f.state === "issued");
export const proposedFee = (s: ApplicationSnapshot): FeeNoticeRecord | undefined =>
  s.feeNotices.find((f) => f.state === "proposed");

export const findConsultation = (s: ApplicationSnapshot, id: unknown) => s.consultations.find((c) => c.id === id);

/**
 * A reply can leave only when nothing it depends on is still open: an open consultation (the
 * consultee's 15 working days, 条例第三十二、三十四条), an unsettled fee notice (the applicant may
 * still pay or decline), a release wait before disclosing over a third party's objection
 * (letters.md), and the draft must say everything letters.md requires.
 */
export function readyForReply(s: ApplicationSnapshot): Refusal {
  if (!s.draft) return "尚未起草答复，请先起草答复书。";
  const problems = validateDecisionDraft(s.draft);
  if (problems.length > 0) return `答复书草稿不完整：${problems[0]!.message}`;
  if (openConsultations(s).length > 0) return "尚有未结束的征求意见，请先记录意见或结束征求意见。";
  if (activeFee(s)) return "尚有未办结的收费通知，请先记录缴费、取消收费或等待缴费期限届满。";
  if (releasesInformation(s.draft.decision) && openReleaseWaits(s).length > 0) {
    return "向第三方告知决定公开后的等待期尚未届满，期满后方可公开。";
  }
  if (releasesInformation(s.draft.decision)) return overruledThirdPartyRefusal(s, s.draft);
  return null;
}

/**
 * 条例第三十二条: information a consulted third party objected to is disclosed only after the
 * agency told it in writing, and (letters.md Policy default) after the release wait. A partial
 * disclosure that withholds a part on third-party grounds (第十五条) is taken to withhold what the
 * third party objected to; any other disclosure over an objection needs the notice and the wait.
 */
function overruledThirdPartyRefusal(s: ApplicationSnapshot, draft: DecisionDraft): Refusal {
  const objections = s.consultations.filter((c) => c.kind === "thirdParty" && c.opinion?.objects);
  if (objections.length === 0) return null;
  const withholdsThirdPartyPart =
    draft.decision === "partlyDisclosed" && (draft.withheldParts ?? []).some((p) => p.ground === "notDisclosedThirdPartyRights");
  if (withholdsThirdPartyPart) return null;
  for (const c of objections) {
    if (!c.thirdPartyNotified) {
      return "第三方不同意公开：决定公开的，须先书面告知第三方决定公开的内容和理由（条例第三十二条）；否则请作不予公开或部分公开处理。";
    }
    const wait = s.releaseWaits.find((w) => w.consultationId === c.id);
    if (!wait) return "请先记录告知书送达第三方的日期，等待期届满后方可公开。";
    if (wait.endedOn === null) return "向第三方告知决定公开后的等待期尚未届满，期满后方可公开。";
  }
  return null;
}

import type { AgencyPolicy } from "@/lib/agencies/policy";
import type { OutcomeRow } from "@/lib/annual-report/rules/rows";

/**
 * Every decision an application can finish with (workflow.md §5), as data: its Chinese label,
 * its legal basis, its annual-report row (lib/annual-report/rules/rows.ts is the one source of truth for
 * rows), the remedy clause its letter carries (letters.md 救济途径告知), the letter that
 * carries it and the facts the reply must contain (letters.md "What each reply must say").
 */
export const DECISION_CODES = [
  "alreadyPublished",
  "disclosed",
  "partlyDisclosed",
  "notDisclosedStateSecret",
  "notDisclosedLawForbids",
  "notDisclosedSecurityStability",
  "notDisclosedThirdPartyRights",
  "notDisclosedInternalAffairs",
  "notDisclosedProcessInformation",
  "notDisclosedEnforcementFile",
  "queryMatter",
  "notHeld",
  "notThisAgency",
  "needsNewProcessing",
  "unclearAfterCorrection",
  "petition",
  "repeat",
  "publication",
  "unreasonableVolume",
  "confirmOrReissue",
  "abandonedNoCorrection",
  "abandonedFeeUnpaid",
  "withdrawn",
] as const;
export type DecisionCode = (typeof DECISION_CODES)[number];

/** The seven grounds of （三）1–7: 条例第十四、十五、十六条, answered under 第三十六条第三项. */
export const NOT_DISCLOSED_GROUNDS = [
  "notDisclosedStateSecret",
  "notDisclosedLawForbids",
  "notDisclosedSecurityStability",
  "notDisclosedThirdPartyRights",
  "notDisclosedInternalAffairs",
  "notDisclosedProcessInformation",
  "notDisclosedEnforcementFile",
] as const satisfies readonly DecisionCode[];
export type NotDisclosedGround = (typeof NOT_DISCLOSED_GROUNDS)[number];

/**
 * letters.md 救济途径告知: `reconsiderationFirst` 复议前置 (行政复议法第二十三条) for （三）1–7,
 * `both` for partial disclosure (复议前置 for the withheld part, ordinary for the rest),
 * `ordinary` otherwise. `none` only for a withdrawal: the 撤回确认 records the applicant's own act,
 * not a decision of the agency, and letters.md lists no remedy clause among its contents.
 */
export type RemedyKind = "reconsiderationFirst" | "both" | "ordinary" | "none";

/** Which letter carries the decision to the applicant. */
export type DecisionLetter = "reply" | "closingNotice" | "withdrawalConfirmation";

/**
 * Facts a reply draft must carry, beyond the reasons text every reply has (letters.md):
 * - `provision`: how the information is provided (attached files, link, where/when to collect; 第四十条 form)
 * - `whereToObtain`: where and how to get already published information or the publication
 * - `withheldParts`: each withheld part with its ground (（三）1–7) and reason (第三十七条)
 * - `governingLaw`: the law that governs access to a queried matter (第三十六条第七项)
 * - `responsibleAgency`: the agency responsible for the information (第三十六条第五项)
 * - `earlierReply`: number and date of the earlier reply (第三十六条第六项)
 * - `stillUnclear`: what remained unclear after the correction (第三十条)
 * - `properChannel`: the channel for a petition, complaint or report (第三十九条第一款)
 * - `explanation`: the reasons the applicant gave and why they are not accepted (第三十五条)
 * - `documentAlreadyHeld`: the document the applicant already has (（五）5)
 */
export const DRAFT_FIELDS = [
  "reasons",
  "provision",
  "whereToObtain",
  "withheldParts",
  "governingLaw",
  "responsibleAgency",
  "earlierReply",
  "stillUnclear",
  "properChannel",
  "explanation",
  "documentAlreadyHeld",
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface DecisionDefinition {
  code: DecisionCode;
  /** The Chinese name staff and applicants see. */
  label: string;
  /** Legal basis as printed in letters and events; null where no article governs (（五）5, withdrawal). */
  basis: string | null;
  /** Report row; for `queryMatter` the default, see reportRowOf. */
  reportRow: OutcomeRow;
  remedy: RemedyKind;
  letter: DecisionLetter;
  /** Staff choose it in a reply draft (the others are reached by closing actions). */
  draftable: boolean;
  requiredFields: readonly DraftField[];
}

const reply = (
  code: DecisionCode,
  label: string,
  basis: string | null,
  reportRow: OutcomeRow,
  requiredFields: readonly DraftField[],
  remedy: RemedyKind = "ordinary",
): DecisionDefinition => ({ code, label, basis, reportRow, remedy, letter: "reply", draftable: true, requiredFields });

const notDisclosed = (code: NotDisclosedGround, label: string, article: string, reportRow: OutcomeRow) =>
  reply(code, label, `条例第三十六条第三项、${article}`, reportRow, ["reasons"], "reconsiderationFirst");

export const DECISIONS: Record<DecisionCode, DecisionDefinition> = {
  alreadyPublished: reply("alreadyPublished", "已主动公开", "条例第三十六条第一项", "1", ["whereToObtain"]),
  disclosed: reply("disclosed", "予以公开", "条例第三十六条第二项", "1", ["provision"]),
  partlyDisclosed: reply("partlyDisclosed", "部分公开", "条例第三十七条", "2", ["provision", "withheldParts"], "both"),
  notDisclosedStateSecret: notDisclosed("notDisclosedStateSecret", "不予公开（属于国家秘密）", "第十四条", "3.1"),
  notDisclosedLawForbids: notDisclosed("notDisclosedLawForbids", "不予公开（其他法律行政法规禁止公开）", "第十四条", "3.2"),
  notDisclosedSecurityStability: notDisclosed(
    "notDisclosedSecurityStability",
    "不予公开（危及“三安全一稳定”）",
    "第十四条",
    "3.3",
  ),
  notDisclosedThirdPartyRights: notDisclosed(
    "notDisclosedThirdPartyRights",
    "不予公开（保护第三方合法权益）",
    "第十五条",
    "3.4",
  ),
  notDisclosedInternalAffairs: notDisclosed(
    "notDisclosedInternalAffairs",
    "不予公开（属于三类内部事务信息）",
    "第十六条第一款",
    "3.5",
  ),
  notDisclosedProcessInformation: notDisclosed(
    "notDisclosedProcessInformation",
    "不予公开（属于四类过程性信息）",
    "第十六条第二款",
    "3.6",
  ),
  notDisclosedEnforcementFile: notDisclosed(
    "notDisclosedEnforcementFile",
    "不予公开（属于行政执法案卷）",
    "第十六条第二款",
    "3.7",
  ),
  queryMatter: reply("queryMatter", "属于行政查询事项", "条例第三十六条第七项", "3.8", ["governingLaw", "whereToObtain"]),
  notHeld: reply("notHeld", "本机关不掌握相关政府信息", "条例第三十六条第四项", "4.1", ["reasons"]),
  notThisAgency: reply("notThisAgency", "不属于本机关负责公开", "条例第三十六条第五项", "4.1", [
    "reasons",
    "responsibleAgency",
  ]),
  needsNewProcessing: reply("needsNewProcessing", "没有现成信息需要另行制作", "条例第三十八条", "4.2", ["reasons"]),
  unclearAfterCorrection: reply("unclearAfterCorrection", "补正后申请内容仍不明确", "条例第三十条", "4.3", [
    "stillUnclear",
  ]),
  petition: reply("petition", "信访举报投诉类申请", "条例第三十九条第一款", "5.1", ["properChannel"]),
  repeat: reply("repeat", "重复申请", "条例第三十六条第六项", "5.2", ["earlierReply"]),
  publication: reply("publication", "要求提供公开出版物", "条例第三十九条第二款", "5.3", ["whereToObtain"]),
  unreasonableVolume: reply("unreasonableVolume", "无正当理由大量反复申请", "条例第三十五条", "5.4", ["explanation"]),
  // No article of the 条例 governs this answer; the row is 国办公开办函〔2021〕30号 （五）5.
  confirmOrReissue: reply("confirmOrReissue", "要求行政机关确认或重新出具已获取信息", null, "5.5", [
    "documentAlreadyHeld",
  ]),
  abandonedNoCorrection: {
    code: "abandonedNoCorrection",
    label: "逾期未补正，视为放弃申请",
    basis: "条例第三十条",
    reportRow: "6.1",
    remedy: "ordinary",
    letter: "closingNotice",
    draftable: false,
    requiredFields: [],
  },
  abandonedFeeUnpaid: {
    code: "abandonedFeeUnpaid",
    label: "逾期未缴纳信息处理费，视为放弃申请",
    basis: "《政府信息公开信息处理费管理办法》",
    reportRow: "6.2",
    remedy: "ordinary",
    letter: "closingNotice",
    draftable: false,
    requiredFields: [],
  },
  withdrawn: {
    code: "withdrawn",
    label: "申请人撤回申请",
    basis: null,
    reportRow: "6.3",
    remedy: "none",
    letter: "withdrawalConfirmation",
    draftable: false,
    requiredFields: [],
  },
};

export function isDecisionCode(value: unknown): value is DecisionCode {
  return typeof value === "string" && (DECISION_CODES as readonly string[]).includes(value);
}

export function isNotDisclosedGround(value: unknown): value is NotDisclosedGround {
  return typeof value === "string" && (NOT_DISCLOSED_GROUNDS as readonly string[]).includes(value);
}

/** Decisions that release information to the applicant (a release wait must be over first). */
export function releasesInformation(decision: DecisionCode): boolean {
  return decision === "disclosed" || decision === "partlyDisclosed";
}

/**
 * The annual-report row an application with this decision counts in. workflow.md §5: a matter
 * queried under its own law counts in （三）8 by default, or in （六）3 when the agency's policy
 * `queryMatterReportRow` says so. Partial disclosure counts only as （二）.
 */
export function reportRowOf(decision: DecisionCode, policy: Pick<AgencyPolicy, "queryMatterReportRow">): OutcomeRow {
  if (decision === "queryMatter") return policy.queryMatterReportRow;
  return DECISIONS[decision].reportRow;
}

import type { DecisionDraft } from "@/lib/workflow/decision-draft";
import { validateDecisionDraft } from "@/lib/workflow/decision-draft";
import { DECISIONS, type NotDisclosedGround } from "@/lib/workflow/decisions";
import { applicationReference, formatChineseDate, numbered, sentence } from "./format";
import { LETTER_TITLES } from "./kinds";
import { remedyClauses } from "./remedy";
import type { AgencyLetterSettings, ApplicantFacts, Letter, LetterIssue } from "./types";

const REGULATION = "《中华人民共和国政府信息公开条例》";

/** The seven grounds as the reply states them, with their article (条例第十四、十五、十六条). */
export const GROUND_TEXT: Record<NotDisclosedGround, { text: string; article: string }> = {
  notDisclosedStateSecret: { text: "属于依法确定为国家秘密的政府信息", article: "第十四条" },
  notDisclosedLawForbids: { text: "属于法律、行政法规禁止公开的政府信息", article: "第十四条" },
  notDisclosedSecurityStability: { text: "公开后可能危及国家安全、公共安全、经济安全、社会稳定", article: "第十四条" },
  notDisclosedThirdPartyRights: { text: "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害", article: "第十五条" },
  notDisclosedInternalAffairs: { text: "属于行政机关的内部事务信息", article: "第十六条第一款" },
  notDisclosedProcessInformation: { text: "属于行政机关在履行行政管理职能过程中形成的过程性信息", article: "第十六条第二款" },
  notDisclosedEnforcementFile: { text: "属于行政执法案卷信息", article: "第十六条第二款" },
};

const withReasons = (reasons: string) => (reasons.trim() ? [sentence(`理由：${reasons}`)] : []);

/** What the reply says for its decision (letters.md "What each reply must say, by decision"). */
function body(d: DecisionDraft): string[] {
  switch (d.decision) {
    case "alreadyPublished":
      // sentence(): the clerk's own text may already end with 。 (never print “（PDF）。。”).
      return [sentence(`您申请公开的政府信息已经主动公开，获取方式和途径：${d.whereToObtain}`), ...withReasons(d.reasons)];
    case "disclosed":
      return [
        sentence(`您申请公开的政府信息属于公开范围，本机关予以公开。提供方式：${d.provision}`),
        ...(d.releasedFiles?.length ? [`所提供的信息：${d.releasedFiles.join("、")}。`] : []),
        ...withReasons(d.reasons),
      ];
    case "partlyDisclosed":
      return [
        sentence(`您申请公开的政府信息中，${d.disclosedPart?.trim() || "可以公开的部分"}予以公开，提供方式：${d.provision}`),
        ...(d.releasedFiles?.length ? [`所提供的信息：${d.releasedFiles.join("、")}。`] : []),
        `根据${REGULATION}第三十七条，本机关对能够区分处理的下列部分不予公开：`,
        ...numbered(
          (d.withheldParts ?? []).map(
            (p) =>
              `${p.part}：${GROUND_TEXT[p.ground].text}，根据${REGULATION}第三十六条第三项、${GROUND_TEXT[p.ground].article}的规定不予公开。${sentence(`理由：${p.reason}`)}`,
          ),
        ),
        ...withReasons(d.reasons),
      ];
    case "notDisclosedStateSecret":
    case "notDisclosedLawForbids":
    case "notDisclosedSecurityStability":
    case "notDisclosedThirdPartyRights":
    case "notDisclosedInternalAffairs":
    case "notDisclosedProcessInformation":
    case "notDisclosedEnforcementFile":
      return [`您申请公开的政府信息${GROUND_TEXT[d.decision].text}，本机关不予公开。`, ...withReasons(d.reasons)];
    case "queryMatter":
      return [
        `您申请的信息属于${d.governingLaw}对信息的获取有特别规定的事项，请依照该规定办理：${d.whereToObtain}。`,
        ...withReasons(d.reasons),
      ];
    case "notHeld":
      return [`本机关经检索，没有您申请公开的政府信息，该政府信息不存在。`, ...withReasons(d.reasons)];
    case "notThisAgency": {
      const agency = d.responsibleAgency;
      const who =
        agency && "name" in agency
          ? `负责公开该政府信息的行政机关为${agency.name}${agency.contact ? `，联系方式：${agency.contact}` : ""}。`
          : `本机关无法确定负责公开该政府信息的行政机关：${agency?.undeterminedReason ?? ""}。`;
      // 一键转交: the responsible agency is on this platform, so the applicant need not file again by hand.
      const forward =
        agency && "agencyId" in agency && agency.agencyId
          ? [`该机关已在本平台办理政府信息公开申请。经您同意，您可以在本平台查看本申请时一键将本申请转交该机关，无需重新填写；该机关自确认收到申请之日起依法答复。`]
          : [];
      return [`您申请公开的政府信息不属于本机关负责公开。`, ...withReasons(d.reasons), who, ...forward];
    }
    case "needsNewProcessing":
      return [
        "您申请的信息本机关没有现成的政府信息，需要对现有政府信息进行加工、分析方能形成，本机关不予提供。",
        ...withReasons(d.reasons),
      ];
    case "unclearAfterCorrection":
      return [`经补正，您的申请内容仍不明确：${d.stillUnclear}。本机关无法确定您所需的政府信息。`, ...withReasons(d.reasons)];
    case "petition":
      return [
        `您的申请系以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理。您可以通过以下渠道提出：${d.properChannel}。`,
        ...withReasons(d.reasons),
      ];
    case "repeat":
      return [
        `本机关已于${formatChineseDate(d.earlierReply!.date)}以${d.earlierReply!.number}就您申请公开的相同政府信息作出答复，本次申请不予重复处理。`,
        ...withReasons(d.reasons),
      ];
    case "publication":
      return [`您申请获取的是公开出版物，您可以通过以下途径获取：${d.whereToObtain}。`, ...withReasons(d.reasons)];
    case "unreasonableVolume":
      return [
        `本机关已要求您说明申请理由，您说明的理由为：${d.explanation!.given}。本机关认为该理由不合理：${d.explanation!.whyNotAccepted}。本机关不予处理。`,
        ...withReasons(d.reasons),
      ];
    case "confirmOrReissue":
      return [
        `您的申请系要求本机关确认或重新出具您已获取的信息（${d.documentAlreadyHeld}），请以您已获取的文书为准，本机关不再重新出具。`,
        ...withReasons(d.reasons),
      ];
    case "abandonedNoCorrection":
    case "abandonedFeeUnpaid":
    case "withdrawn":
      throw new RangeError("该处理决定以终止办理告知书或撤回确认告知，不出具答复书");
  }
}

function basisSentence(d: DecisionDraft): string[] {
  const basis = DECISIONS[d.decision].basis;
  return basis ? [`根据${basis.replace(/^条例/, REGULATION)}的规定，作出上述答复。`] : [];
}

/**
 * 答复书 (letters.md): the decision and its legal basis, the reasons, how the information is
 * provided, and the remedy clause of the decision: 复议前置 for （三）1–7, both clauses (each naming
 * its part) for partial disclosure, the ordinary clause otherwise. Refuses an incomplete draft.
 */
export function buildReply(input: {
  agency: AgencyLetterSettings;
  issue: LetterIssue;
  application: ApplicantFacts;
  /** 申请内容, as the applicant described it. */
  requestSummary: string;
  draft: DecisionDraft;
}): Letter {
  const problems = validateDecisionDraft(input.draft);
  if (problems.length > 0) throw new RangeError(`答复书草稿不完整：${problems[0]!.message}`);
  const d = input.draft;
  const definition = DECISIONS[d.decision];
  return {
    kind: "reply",
    title: LETTER_TITLES.reply,
    number: input.issue.number,
    addressee: input.application.applicantName,
    date: input.issue.date,
    paragraphs: [
      `${applicationReference(input.application)}您申请公开：${input.requestSummary}。`,
      "经审查，现答复如下：",
      ...body(d),
      ...basisSentence(d),
    ],
    remedy: remedyClauses(definition.remedy, input.agency, "本答复", {
      withheld: d.withheldParts?.map((p) => p.part).join("、"),
      disclosed: d.disclosedPart,
    }),
    signature: input.agency.name,
  };
}

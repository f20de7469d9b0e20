import { isLocalDate } from "@/lib/calendar";
import { z } from "@/lib/validation/zod";
import { DECISION_CODES, DECISIONS, isNotDisclosedGround, NOT_DISCLOSED_GROUNDS, type DraftField } from "./decisions";

/**
 * The shape of a draft: its type is derived from this schema, so the two cannot drift. The shape
 * only — what each decision requires, and the Chinese messages, are validateDecisionDraft's
 * (letters.md), which the reply step's check calls.
 */

/** A part withheld from a partial disclosure, with its ground and reason (条例第三十七条). */
export const withheldPartSchema = z.object({
  /** What is withheld, e.g. "第3页申请人以外自然人的身份证号码". */
  part: z.string(),
  ground: z.enum(NOT_DISCLOSED_GROUNDS),
  reason: z.string(),
});
export type WithheldPart = z.output<typeof withheldPartSchema>;

/**
 * The reply a clerk drafts (workflow.md §5, letters.md). One draft, one decision; the fields a
 * decision requires are listed in DECISIONS[decision].requiredFields.
 */
export const decisionDraftSchema = z.object({
  decision: z.enum(DECISION_CODES),
  /** 理由: why the agency decided so (every reply states its reasons). */
  reasons: z.string(),
  /** How the information is provided: attached files, link, or where and when to collect (第四十条). */
  provision: z.string().optional(),
  /** Names of the files released with the reply. */
  releasedFiles: z.array(z.string()).optional(),
  /** Where and how to obtain published information, a publication or a record under its own law. */
  whereToObtain: z.string().optional(),
  /** For partial disclosure: what is disclosed (the part the ordinary remedy clause covers). */
  disclosedPart: z.string().optional(),
  withheldParts: z.array(withheldPartSchema).optional(),
  governingLaw: z.string().optional(),
  /** 第三十六条第五项: name and contact "where it can be determined"; else say why it cannot be. */
  responsibleAgency: z
    .union([
      /** `agencyId`: the agency is on this platform, so the applicant can forward the request to it (一键转交). */
      z.object({ name: z.string(), contact: z.string().optional(), agencyId: z.string().optional() }),
      z.object({ undeterminedReason: z.string() }),
    ])
    .optional(),
  /** The earlier reply's number and date (a calendar day, YYYY-MM-DD). */
  earlierReply: z.object({ number: z.string(), date: z.string() }).optional(),
  stillUnclear: z.string().optional(),
  properChannel: z.string().optional(),
  /** 第三十五条: the reasons the applicant gave and why they are not accepted. */
  explanation: z.object({ given: z.string(), whyNotAccepted: z.string() }).optional(),
  documentAlreadyHeld: z.string().optional(),
});
export type DecisionDraft = z.output<typeof decisionDraftSchema>;

export interface FieldProblem {
  path: string;
  message: string;
}

const filled = (value: string | undefined | null): value is string => typeof value === "string" && value.trim() !== "";

/** Checks one required field; returns the Chinese problems (empty when it is present and sound). */
const FIELD_CHECKS: Record<DraftField, (draft: DecisionDraft) => FieldProblem[]> = {
  reasons: (d) => (filled(d.reasons) ? [] : [{ path: "reasons", message: "请填写答复理由。" }]),
  provision: (d) =>
    filled(d.provision)
      ? []
      : [{ path: "provision", message: "请说明提供信息的方式（附件、链接，或领取的地点和时间）。" }],
  whereToObtain: (d) =>
    filled(d.whereToObtain) ? [] : [{ path: "whereToObtain", message: "请说明获取该信息的方式和途径。" }],
  withheldParts: (d) => {
    const parts = d.withheldParts ?? [];
    if (parts.length === 0) {
      return [{ path: "withheldParts", message: "部分公开须列明不予公开的部分，并逐项说明理由和依据。" }];
    }
    return parts.flatMap((p, i) => [
      ...(filled(p.part) ? [] : [{ path: `withheldParts.${i}.part`, message: "请写明不予公开的是哪一部分。" }]),
      ...(isNotDisclosedGround(p.ground)
        ? []
        : [{ path: `withheldParts.${i}.ground`, message: "请选择不予公开的法定情形（条例第十四、十五、十六条）。" }]),
      ...(filled(p.reason) ? [] : [{ path: `withheldParts.${i}.reason`, message: "请说明该部分不予公开的理由。" }]),
    ]);
  },
  governingLaw: (d) =>
    filled(d.governingLaw) ? [] : [{ path: "governingLaw", message: "请写明对该信息的获取有特别规定的法律、行政法规。" }],
  responsibleAgency: (d) => {
    const agency = d.responsibleAgency;
    if (agency && "undeterminedReason" in agency) {
      return filled(agency.undeterminedReason)
        ? []
        : [{ path: "responsibleAgency.undeterminedReason", message: "请说明无法确定负责公开机关的原因。" }];
    }
    return agency && filled(agency.name)
      ? []
      : [{ path: "responsibleAgency.name", message: "请填写负责公开该信息的行政机关名称及联系方式。" }];
  },
  earlierReply: (d) => [
    ...(filled(d.earlierReply?.number) ? [] : [{ path: "earlierReply.number", message: "请填写此前答复的文号。" }]),
    ...(isLocalDate(d.earlierReply?.date) ? [] : [{ path: "earlierReply.date", message: "请填写此前答复的日期。" }]),
  ],
  stillUnclear: (d) =>
    filled(d.stillUnclear) ? [] : [{ path: "stillUnclear", message: "请写明补正后仍不明确的内容。" }],
  properChannel: (d) =>
    filled(d.properChannel) ? [] : [{ path: "properChannel", message: "请告知申请人信访、投诉、举报的相应渠道。" }],
  explanation: (d) => [
    ...(filled(d.explanation?.given) ? [] : [{ path: "explanation.given", message: "请写明申请人说明的理由。" }]),
    ...(filled(d.explanation?.whyNotAccepted)
      ? []
      : [{ path: "explanation.whyNotAccepted", message: "请说明不予采纳该理由的原因。" }]),
  ],
  documentAlreadyHeld: (d) =>
    filled(d.documentAlreadyHeld) ? [] : [{ path: "documentAlreadyHeld", message: "请写明申请人已获取的文书。" }],
};

/**
 * The problems of a draft (letters.md: what each reply must say), as per-field Chinese messages.
 * Empty when the draft can be submitted for review.
 */
export function validateDecisionDraft(draft: DecisionDraft): FieldProblem[] {
  const definition = DECISIONS[draft.decision];
  if (!definition) return [{ path: "decision", message: "请选择答复类型。" }];
  if (!definition.draftable) {
    return [{ path: "decision", message: `“${definition.label}”不能通过答复书作出，请使用相应的办理操作。` }];
  }
  return definition.requiredFields.flatMap((field) => FIELD_CHECKS[field](draft));
}

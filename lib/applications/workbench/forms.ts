import { z } from "@/lib/validation/zod";
import { singleLineText, multiLineText } from "@/lib/validation/text";
import { DECISION_CODES, NOT_DISCLOSED_GROUNDS } from "@/lib/workflow/decisions";
import { MAX_EXTENSION_WORKING_DAYS } from "@/lib/clock/rules";

/**
 * The forms of the staff workbench (one per action), shared by the react-hook-form components and
 * the use case. Legal checks (dates against the clock, once-only rules …) stay in lib/workflow; these
 * only fix the shape and say in Chinese what is missing.
 */
const date = (what: string) => singleLineText().regex(/^\d{4}-\d{2}-\d{2}$/, `请填写有效的${what}（YYYY-MM-DD）。`);
const text = (what: string, max = 2000) =>
  multiLineText().trim().min(1, `请填写${what}。`).max(max, `${what}不能超过${max}个字。`);
const optional = multiLineText().trim().max(2000, "内容过长，请精简。").default("");

export const emptyForm = z.object({});

export const receivedOnForm = z.object({ receivedOn: date("收到申请之日") });

export const correctionForm = z.object({
  /** One point per line: the consolidated list of 条例第三十条. */
  points: text("需要补正的事项（每行一项）", 4000),
  guidance: text("补正指引（如何描述所需信息）"),
  deadlineOn: date("补正期限"),
});

export const correctionReceivedForm = z.object({ receivedOn: date("收到补正之日") });

export const commentForm = z.object({ comment: text("退回意见") });
export const reasonForm = z.object({ reason: text("理由") });
export const noteForm = z.object({ text: text("备注内容") });

export const extensionForm = z.object({
  workingDays: z.coerce.number<number>().int("请填写整数。").min(1, "延长的期限至少1个工作日。").max(MAX_EXTENSION_WORKING_DAYS, `延长的期限最长不得超过${MAX_EXTENSION_WORKING_DAYS}个工作日（条例第三十三条）。`),
  reason: text("延期理由"),
});

export const CONSULTEE_KINDS = ["thirdParty", "coMakingAgency", "otherAgency"] as const;
export const CONSULTEE_LABELS: Record<(typeof CONSULTEE_KINDS)[number], string> = {
  thirdParty: "第三方（条例第三十二条）",
  coMakingAgency: "共同制作机关（条例第三十四条）",
  otherAgency: "其他机关（条例第三十三条第二款）",
};

export const consultationForm = z.object({
  kind: z.enum(CONSULTEE_KINDS, "请选择征求意见的对象类型。"),
  consultee: text("被征求意见方名称", 200),
  information: text("所涉政府信息（不得含申请人个人信息）"),
  whyAffected: optional,
  sentOn: date("征求意见书发出之日"),
});

export const consultationDeliveryForm = z.object({ consultationId: text("征求意见"), deliveredOn: date("送达日期") });
export const consultationEndForm = z.object({ consultationId: text("征求意见") });

export const consultationOpinionForm = z.object({
  consultationId: text("征求意见"),
  receivedOn: date("收到意见之日"),
  objects: z.enum(["yes", "no"], "请选择对方是否同意公开。"),
  summary: text("意见摘要"),
});

export const DELIVERY_METHOD_LABELS = {
  online: "网上送达",
  email: "电子邮件",
  registered_mail: "挂号信/快递",
  in_person: "当面送达",
  fax: "传真",
} as const;
export const deliveryForm = z.object({
  method: z.enum(Object.keys(DELIVERY_METHOD_LABELS) as [keyof typeof DELIVERY_METHOD_LABELS], "请选择送达方式。"),
  deliveredOn: date("送达日期"),
});

/**
 * The reply draft as a form: every field a decision may need (letters.md "What each reply must
 * say"); lib/workflow's validateDecisionDraft says which ones this decision requires.
 */
export const decisionDraftForm = z.object({
  decision: z.enum(DECISION_CODES, "请选择答复类型。"),
  reasons: optional,
  provision: optional,
  releasedFiles: optional,
  whereToObtain: optional,
  disclosedPart: optional,
  withheldParts: z
    .array(z.object({ part: optional, ground: z.enum(NOT_DISCLOSED_GROUNDS, "请选择不予公开的法定情形。"), reason: optional }))
    .default([]),
  governingLaw: optional,
  responsibleAgencyName: optional,
  responsibleAgencyContact: optional,
  responsibleAgencyUndetermined: optional,
  earlierReplyNumber: optional,
  earlierReplyDate: optional,
  stillUnclear: optional,
  properChannel: optional,
  explanationGiven: optional,
  explanationWhyNotAccepted: optional,
  documentAlreadyHeld: optional,
});

export type DecisionDraftFormValues = z.input<typeof decisionDraftForm>;

export const FEE_METHOD_LABELS = { perItem: "按件计收（当月累计件数）", perPage: "按量计收（页数）" } as const;
export const feeProposalForm = z.object({
  method: z.enum(["perItem", "perPage"], "请选择按件计收或按量计收。"),
  /** Only for 按量计收; the per-item count is taken from the record. */
  pages: singleLineText().trim().default(""),
});
export const feeDeliveryForm = z.object({ deliveredOn: date("收费通知送达日期") });
export const feePaymentForm = z.object({ paidOn: date("缴费日期"), receiptNumber: text("财政票据（收据）号码", 100) });

export const assignForm = z.object({ assigneeId: singleLineText().trim().min(1, "请选择经办人。") });

export const lateCorrectionForm = z.object({ receivedOn: date("收到补正之日"), reason: text("接受逾期补正的理由（逾期的正当理由）") });
export const abandonmentForm = z.object({ reason: text("认定逾期无正当理由的说明") });

/** 一事一申请: for each request item (in order), the number of the sub-application it goes to (1, 2, …). */
export const splitForm = z.object({
  reason: text("拆分理由"),
  groups: z.array(singleLineText().trim().regex(/^[1-9]\d*$/, "请选择拆分后的申请序号。")).min(1, "没有可拆分的申请内容。"),
});

export const explanationForm = z.object({ question: text("要求说明的事项"), answerBy: date("说明理由的期限") });
export const laterReplyForm = z.object({ replyOn: date("延迟答复期限"), reason: text("延迟答复的理由") });

export const thirdPartyNoticeForm = z.object({
  consultationId: text("第三方意见"),
  information: text("决定公开的政府信息内容（不得含申请人个人信息）"),
  reasons: text("决定公开的理由（不公开可能对公共利益造成重大影响）"),
});
export const thirdPartyDeliveryForm = z.object({ consultationId: text("第三方告知书"), deliveredOn: date("告知书送达第三方之日") });
export const releaseWaitForm = z.object({ releaseWaitId: text("等待期") });

export const feeReductionForm = z.object({
  amountYuan: z.coerce.number<number>().int("请填写整数金额（元）。").min(1, "减少后的金额至少1元；不收费请使用“取消收费”。"),
  reason: text("减少收费的理由"),
});

export const WITHDRAWAL_WAY_LABELS = { phone: "电话", in_writing: "书面（信函、传真）", in_person: "当面" } as const;
/** A withdrawal the applicant declared by phone, in writing or in person, recorded by a clerk. */
export const clerkWithdrawalForm = z.object({
  way: z.enum(Object.keys(WITHDRAWAL_WAY_LABELS) as [keyof typeof WITHDRAWAL_WAY_LABELS], "请选择申请人撤回的方式。"),
  withdrawnOn: date("申请人撤回之日"),
  statement: text("申请人撤回的表示（记录要点）"),
});

export const ORDERED_BY_LABELS = { reconsideration: "行政复议决定", court: "人民法院判决" } as const;
export const newReplyOrderForm = z.object({
  orderedBy: z.enum(["reconsideration", "court"], "请选择行政复议决定或法院判决。"),
  orderReference: text("复议决定书或判决书文号", 200),
  orderedOn: date("本机关收到决定（判决）之日"),
  /** The period the decision or judgment sets; empty: 20 working days (条例第三十三条). */
  replyDueOn: singleLineText()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, "请填写有效的重新答复期限（YYYY-MM-DD），或留空。")
    .default(""),
});

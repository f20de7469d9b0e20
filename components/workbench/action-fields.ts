import type { z } from "zod";
import type { StaffAction } from "@/lib/applications/workbench/handlers";
import {
  commentForm,
  CONSULTEE_KINDS,
  CONSULTEE_LABELS,
  consultationDeliveryForm,
  consultationEndForm,
  consultationForm,
  consultationOpinionForm,
  correctionForm,
  correctionReceivedForm,
  DELIVERY_METHOD_LABELS,
  deliveryForm,
  emptyForm,
  extensionForm,
  abandonmentForm,
  lateCorrectionForm,
  assignForm,
  FEE_METHOD_LABELS,
  feeDeliveryForm,
  feePaymentForm,
  feeProposalForm,
  noteForm,
  reasonForm,
  receivedOnForm,
  splitForm,
  explanationForm,
  laterReplyForm,
  thirdPartyNoticeForm,
  thirdPartyDeliveryForm,
  releaseWaitForm,
  feeReductionForm,
  clerkWithdrawalForm,
  WITHDRAWAL_WAY_LABELS,
  newReplyOrderForm,
  ORDERED_BY_LABELS,
} from "@/lib/applications/workbench/forms";

export interface FieldSpec {
  name: string;
  label: string;
  kind: "date" | "text" | "textarea" | "number" | "select";
  options?: { value: string; label: string }[];
  hint?: string;
  /** May be left empty. */
  optional?: boolean;
}

export interface ActionFormSpec {
  schema: z.ZodType;
  fields: FieldSpec[];
  defaults: Record<string, string | string[]>;
  /** Shown above the button: what the step does (and which letter it issues). */
  note?: string;
}

/** What the page knows that a form needs for its choices and defaults. */
export interface ActionFormContext {
  today: string;
  openConsultations: { id: string; label: string; delivered: boolean }[];
  /** The agency's default correction deadline (Policy default 15 working days), when computable. */
  correctionDeadline: string | null;
  /** The agency's clerks and reviewers (for 指定经办人). */
  assignees: { id: string; label: string }[];
  /** The request items, in order (for 拆分申请). */
  requestItems: string[];
  /** Third parties that objected and were not yet told of the decision to disclose. */
  objectingThirdParties: { id: string; label: string }[];
  /** Third parties told, whose notice's delivery is not yet recorded. */
  notifiedThirdParties: { id: string; label: string }[];
  /** Open release waits (with their release date in the label). */
  releaseWaits: { id: string; label: string }[];
  /** The amount of the fee notice in force, for 减少收费. */
  feeAmountYuan: number | null;
}

const choice = (list: { id: string; label: string }[]) => list.map((c) => ({ value: c.id, label: c.label }));

const options = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

/** The form of each simple workbench step (the reply draft has its own component). */
export function actionFormSpec(action: Exclude<StaffAction, "draftDecision">, ctx: ActionFormContext): ActionFormSpec {
  const consultations = ctx.openConsultations.map((c) => ({ value: c.id, label: c.label }));
  switch (action) {
    case "confirmReceipt":
      return {
        schema: receivedOnForm,
        fields: [{ name: "receivedOn", label: "收到申请之日", kind: "date", hint: "网上申请以本机关确认之日（今天）为收到申请之日（条例第三十一条）。" }],
        defaults: { receivedOn: ctx.today },
        note: "确认后出具《申请接收回执》，答复期限自此起算。",
      };
    case "requestCorrection":
      return {
        schema: correctionForm,
        fields: [
          { name: "points", label: "需要补正的事项（每行一项，一次性告知）", kind: "textarea" },
          { name: "guidance", label: "补正指引", kind: "textarea", hint: "告诉申请人如何描述所需信息，例如写明文件名称、文号或时间范围。" },
          { name: "deadlineOn", label: "补正期限", kind: "date" },
        ],
        defaults: { points: "", guidance: "", deadlineOn: ctx.correctionDeadline ?? "" },
        note: "发出《补正告知书》（条例第三十条，只能发出一次），答复期限自收到补正之日起重新计算。",
      };
    case "confirmCorrection":
      return {
        schema: correctionReceivedForm,
        fields: [{ name: "receivedOn", label: "收到补正之日", kind: "date" }],
        defaults: { receivedOn: ctx.today },
      };
    case "returnDraft":
      return { schema: commentForm, fields: [{ name: "comment", label: "退回意见", kind: "textarea" }], defaults: { comment: "" } };
    case "refuseExtension":
      return { schema: reasonForm, fields: [{ name: "reason", label: "不同意的理由", kind: "textarea" }], defaults: { reason: "" } };
    case "proposeExtension":
      return {
        schema: extensionForm,
        fields: [
          { name: "workingDays", label: "延长的工作日数（最多20）", kind: "number" },
          { name: "reason", label: "延期理由", kind: "textarea" },
        ],
        defaults: { workingDays: "20", reason: "" },
        note: "报审核人（政府信息公开工作机构负责人）同意后出具《延期答复告知书》（条例第三十三条）。",
      };
    case "startConsultation":
      return {
        schema: consultationForm,
        fields: [
          { name: "kind", label: "征求意见对象类型", kind: "select", options: CONSULTEE_KINDS.map((k) => ({ value: k, label: CONSULTEE_LABELS[k] })) },
          { name: "consultee", label: "被征求意见方名称", kind: "text" },
          { name: "information", label: "所涉政府信息", kind: "textarea", hint: "不得写入申请人的姓名、联系方式等个人信息。" },
          { name: "whyAffected", label: "可能影响其权益的原因", kind: "textarea" },
          { name: "sentOn", label: "征求意见书发出之日", kind: "date" },
        ],
        defaults: { kind: "thirdParty", consultee: "", information: "", whyAffected: "", sentOn: ctx.today },
        note: "出具《征求意见书》；征求意见期间不计入答复期限。",
      };
    case "recordConsultationDelivery":
      return {
        schema: consultationDeliveryForm,
        fields: [
          { name: "consultationId", label: "征求意见", kind: "select", options: ctx.openConsultations.filter((c) => !c.delivered).map((c) => ({ value: c.id, label: c.label })) },
          { name: "deliveredOn", label: "送达日期", kind: "date" },
        ],
        defaults: { consultationId: ctx.openConsultations.find((c) => !c.delivered)?.id ?? "", deliveredOn: ctx.today },
      };
    case "recordConsultationOpinion":
      return {
        schema: consultationOpinionForm,
        fields: [
          { name: "consultationId", label: "征求意见", kind: "select", options: consultations },
          { name: "receivedOn", label: "收到意见之日", kind: "date" },
          { name: "objects", label: "对方是否不同意公开", kind: "select", options: [{ value: "no", label: "同意公开" }, { value: "yes", label: "不同意公开" }] },
          { name: "summary", label: "意见摘要", kind: "textarea" },
        ],
        defaults: { consultationId: consultations[0]?.value ?? "", receivedOn: ctx.today, objects: "no", summary: "" },
      };
    case "endConsultation":
      return {
        schema: consultationEndForm,
        fields: [{ name: "consultationId", label: "征求意见", kind: "select", options: consultations }],
        defaults: { consultationId: consultations[0]?.value ?? "" },
        note: "被征求意见方自收到征求意见书之日起15个工作日内未提出意见的，结束征求意见，由本机关依照条例规定决定是否公开（条例第三十二条）。",
      };
    case "internalNote":
      return { schema: noteForm, fields: [{ name: "text", label: "备注内容（仅工作人员可见）", kind: "textarea" }], defaults: { text: "" } };
    case "recordDelivery":
      return {
        schema: deliveryForm,
        fields: [
          { name: "method", label: "送达方式", kind: "select", options: options(DELIVERY_METHOD_LABELS) },
          { name: "deliveredOn", label: "送达日期", kind: "date" },
        ],
        defaults: { method: "online", deliveredOn: ctx.today },
      };
    case "proposeFee":
      return {
        schema: feeProposalForm,
        fields: [
          { name: "method", label: "计收方式", kind: "select", options: options(FEE_METHOD_LABELS) },
          { name: "pages", label: "页数（按量计收时填写，按A4计）", kind: "number" },
        ],
        defaults: { method: "perPage", pages: "" },
        note: "按件计收的件数由系统按申请人当月收到的申请自动计算（《政府信息公开信息处理费管理办法》第四条）；报审核人同意后出具《收费通知书》。",
      };
    case "approveFee":
      return { schema: emptyForm, fields: [], defaults: {}, note: "同意后出具《收费通知书》；网上申请的通知当日视为送达。" };
    case "refuseFee":
    case "cancelFee":
      return { schema: reasonForm, fields: [{ name: "reason", label: "理由", kind: "textarea" }], defaults: { reason: "" } };
    case "recordFeeNoticeDelivery":
      return { schema: feeDeliveryForm, fields: [{ name: "deliveredOn", label: "收费通知送达日期", kind: "date" }], defaults: { deliveredOn: ctx.today } };
    case "recordFeePayment":
      return {
        schema: feePaymentForm,
        fields: [
          { name: "paidOn", label: "缴费日期（以票据为准）", kind: "date" },
          { name: "receiptNumber", label: "财政票据（收据）号码", kind: "text" },
        ],
        defaults: { paidOn: ctx.today, receiptNumber: "" },
      };
    case "acceptLateCorrection":
      return {
        schema: lateCorrectionForm,
        fields: [
          { name: "receivedOn", label: "收到补正之日", kind: "date" },
          { name: "reason", label: "接受逾期补正的理由（逾期的正当理由）", kind: "textarea" },
        ],
        defaults: { receivedOn: ctx.today, reason: "" },
        note: "答复期限自收到补正之日起重新计算（条例第三十条）。",
      };
    case "confirmAbandonment":
      return {
        schema: abandonmentForm,
        fields: [{ name: "reason", label: "认定逾期无正当理由的说明", kind: "textarea" }],
        defaults: { reason: "" },
        note: "确认后申请视为放弃，出具《终止办理告知书》（条例第三十条）。",
      };
    case "assign":
      return {
        schema: assignForm,
        fields: [{ name: "assigneeId", label: "经办人", kind: "select", options: ctx.assignees.map((a) => ({ value: a.id, label: a.label })) }],
        defaults: { assigneeId: ctx.assignees[0]?.id ?? "" },
      };
    case "submitForReview":
      return { schema: emptyForm, fields: [], defaults: {}, note: "提交审核人审核答复书草稿。" };
    case "approveReply":
      return { schema: emptyForm, fields: [], defaults: {}, note: "审核通过后出具编号的《政府信息公开申请答复书》，答复日期为今天。" };
    case "approveExtension":
      return { schema: emptyForm, fields: [], defaults: {}, note: "同意后出具《延期答复告知书》，答复期限相应延长。" };
    case "archive":
      return { schema: emptyForm, fields: [], defaults: {}, note: "归档后不能再办理（复议、诉讼要求重新答复的除外）。" };
    case "split": {
      const numbers = ctx.requestItems.map((_, i) => ({ value: String(i + 1), label: `拆分后的第${i + 1}件（受理编号后缀 -${i + 1}）` }));
      return {
        schema: splitForm,
        fields: [
          ...ctx.requestItems.map((title, i): FieldSpec => ({ name: `groups.${i}`, label: `申请内容${i + 1}：${title}`, kind: "select", options: numbers })),
          { name: "reason", label: "拆分理由", kind: "textarea" },
        ],
        defaults: { groups: ctx.requestItems.map((_, i) => String(i + 1)), reason: "" },
        note: "一事一申请（《政府信息公开信息处理费管理办法》第四条）：每件拆分后的申请有自己的受理编号、答复和统计，收到申请之日与本申请相同。",
      };
    }
    case "requestExplanation":
      return {
        schema: explanationForm,
        fields: [
          { name: "question", label: "要求说明的事项", kind: "textarea", hint: "例如：申请的数量、频次明显超过合理范围，请说明申请理由。" },
          { name: "answerBy", label: "说明理由的期限", kind: "date" },
        ],
        defaults: { question: "", answerBy: ctx.correctionDeadline ?? "" },
        note: "出具《说明理由告知书》（条例第三十五条）；要求说明理由不中止答复期限。",
      };
    case "setLaterReplyDate":
      return {
        schema: laterReplyForm,
        fields: [
          { name: "replyOn", label: "延迟答复期限", kind: "date" },
          { name: "reason", label: "延迟答复的理由", kind: "textarea", hint: "写入《延迟答复告知书》：“因……，无法在条例第三十三条规定的期限内答复”。" },
        ],
        defaults: { replyOn: "", reason: "" },
        note: "出具《延迟答复告知书》（条例第三十五条），该日期取代按条例第三十三条计算的答复期限。",
      };
    case "notifyThirdParty":
      return {
        schema: thirdPartyNoticeForm,
        fields: [
          { name: "consultationId", label: "不同意公开的第三方", kind: "select", options: choice(ctx.objectingThirdParties) },
          { name: "information", label: "决定公开的政府信息", kind: "textarea", hint: "不得写入申请人的姓名、联系方式等个人信息。" },
          { name: "reasons", label: "决定公开的理由（不公开可能对公共利益造成重大影响）", kind: "textarea" },
        ],
        defaults: { consultationId: ctx.objectingThirdParties[0]?.id ?? "", information: "", reasons: "" },
        note: "向第三方出具告知书（条例第三十二条），载明公开日期和救济途径；送达后开始公开前等待期。",
      };
    case "recordThirdPartyDelivery":
      return {
        schema: thirdPartyDeliveryForm,
        fields: [
          { name: "consultationId", label: "第三方告知书", kind: "select", options: choice(ctx.notifiedThirdParties) },
          { name: "deliveredOn", label: "送达第三方之日", kind: "date" },
        ],
        defaults: { consultationId: ctx.notifiedThirdParties[0]?.id ?? "", deliveredOn: ctx.today },
        note: "等待期自送达之日起计算，期间不计入答复期限（本机关规定）。",
      };
    case "endReleaseWait":
      return {
        schema: releaseWaitForm,
        fields: [{ name: "releaseWaitId", label: "等待期", kind: "select", options: choice(ctx.releaseWaits) }],
        defaults: { releaseWaitId: ctx.releaseWaits[0]?.id ?? "" },
        note: "公开日期已到：等待期结束，答复期限恢复计算。",
      };
    case "reduceFee":
      return {
        schema: feeReductionForm,
        fields: [
          { name: "amountYuan", label: `减少后的金额（元，须少于原金额${ctx.feeAmountYuan ?? ""}元）`, kind: "number" },
          { name: "reason", label: "减少收费的理由", kind: "textarea" },
        ],
        defaults: { amountYuan: "", reason: "" },
        note: "出具新的《收费通知书》并注明替代原通知；缴费期限自申请人收到新通知之次日起重新计算。",
      };
    case "withdraw":
      return {
        schema: clerkWithdrawalForm,
        fields: [
          { name: "way", label: "申请人撤回的方式", kind: "select", options: options(WITHDRAWAL_WAY_LABELS) },
          { name: "withdrawnOn", label: "申请人撤回之日", kind: "date" },
          { name: "statement", label: "申请人撤回的表示（记录要点）", kind: "textarea" },
        ],
        defaults: { way: "phone", withdrawnOn: ctx.today, statement: "" },
        note: "记录申请人以电话、书面或当面方式撤回申请；申请终止办理，并向申请人出具撤回确认。",
      };
    case "createCatalogueDraft":
      return { schema: emptyForm, fields: [], defaults: {}, note: "把本答复公开的信息转为主动公开草稿（条例第四十四条），已删除申请人信息，由信息发布员完善后发布。" };
    case "reopenForNewReply":
      return {
        schema: newReplyOrderForm,
        fields: [
          { name: "orderedBy", label: "责令重新答复的文书", kind: "select", options: options(ORDERED_BY_LABELS) },
          { name: "orderReference", label: "决定书或判决书文号", kind: "text" },
          { name: "orderedOn", label: "本机关收到决定（判决）之日", kind: "date" },
          { name: "replyDueOn", label: "决定（判决）确定的重新答复期限（未确定的留空）", kind: "date", optional: true, hint: "留空时自收到之日起20个工作日（条例第三十三条）。" },
        ],
        defaults: { orderedBy: "reconsideration", orderReference: "", orderedOn: ctx.today, replyDueOn: "" },
        note: "申请恢复为办理中（并取消归档），由经办人重新起草答复。",
      };
  }
}

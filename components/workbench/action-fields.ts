import type { z } from "zod";
import type { StaffAction } from "@/lib/applications/case/steps";
import {
  commentForm,
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

/** A field with the value the form starts from. */
type FieldWithDefault = FieldSpec & { value: string };
type Extra = Pick<FieldSpec, "hint" | "optional">;

const text = (name: string, label: string, extra?: Extra): FieldWithDefault => ({ name, label, kind: "text", value: "", ...extra });
const textarea = (name: string, label: string, extra?: Extra): FieldWithDefault => ({ name, label, kind: "textarea", value: "", ...extra });
const number = (name: string, label: string, value = ""): FieldWithDefault => ({ name, label, kind: "number", value });
const date = (name: string, label: string, value: string, extra?: Extra): FieldWithDefault => ({ name, label, kind: "date", value, ...extra });
/** A choice, starting on the first option unless told otherwise. */
const select = (name: string, label: string, choices: { value: string; label: string }[], value = choices[0]?.value ?? ""): FieldWithDefault => ({
  name,
  label,
  kind: "select",
  options: choices,
  value,
});

/** A step's form: its fields with their defaults, and the note shown above the button. */
function form(schema: z.ZodType, fields: FieldWithDefault[], note?: string): ActionFormSpec {
  return {
    schema,
    fields: fields.map(({ value: _value, ...field }) => field),
    defaults: Object.fromEntries(fields.map((field) => [field.name, field.value])),
    ...(note ? { note } : {}),
  };
}

/** Steps that only need the click: what each one does. */
const CONFIRMATIONS = {
  approveFee: "同意后出具《收费通知书》；网上申请的通知当日视为送达。",
  submitForReview: "提交审核人审核答复书草稿。",
  approveReply: "审核通过后出具编号的《政府信息公开申请答复书》，答复日期为今天。",
  approveExtension: "同意后出具《延期答复告知书》，答复期限相应延长。",
  archive: "归档后不能再办理（复议、诉讼要求重新答复的除外）。",
  createCatalogueDraft: "把本答复公开的信息转为主动公开草稿（条例第四十四条），已删除申请人信息，由信息发布员完善后发布。",
} satisfies Partial<Record<StaffAction, string>>;

/** The form of each simple workbench step (the reply draft has its own component). */
export function actionFormSpec(action: Exclude<StaffAction, "draftDecision">, ctx: ActionFormContext): ActionFormSpec {
  const consultations = choice(ctx.openConsultations);
  const noPersonalData: Extra = { hint: "不得写入申请人的姓名、联系方式等个人信息。" };
  switch (action) {
    case "approveFee":
    case "submitForReview":
    case "approveReply":
    case "approveExtension":
    case "archive":
    case "createCatalogueDraft":
      return form(emptyForm, [], CONFIRMATIONS[action]);
    case "confirmReceipt":
      return form(
        receivedOnForm,
        [date("receivedOn", "收到申请之日", ctx.today, { hint: "网上申请以本机关确认之日（今天）为收到申请之日（条例第三十一条）。" })],
        "确认后出具《申请接收回执》，答复期限自此起算。",
      );
    case "requestCorrection":
      return form(
        correctionForm,
        [
          textarea("points", "需要补正的事项（每行一项，一次性告知）"),
          textarea("guidance", "补正指引", { hint: "告诉申请人如何描述所需信息，例如写明文件名称、文号或时间范围。" }),
          date("deadlineOn", "补正期限", ctx.correctionDeadline ?? ""),
        ],
        "发出《补正告知书》（条例第三十条，只能发出一次），答复期限自收到补正之日起重新计算。",
      );
    case "confirmCorrection":
      return form(correctionReceivedForm, [date("receivedOn", "收到补正之日", ctx.today)]);
    case "returnDraft":
      return form(commentForm, [textarea("comment", "退回意见")]);
    case "refuseExtension":
      return form(reasonForm, [textarea("reason", "不同意的理由")]);
    case "proposeExtension":
      return form(
        extensionForm,
        [number("workingDays", "延长的工作日数（最多20）", "20"), textarea("reason", "延期理由")],
        "报审核人（政府信息公开工作机构负责人）同意后出具《延期答复告知书》（条例第三十三条）。",
      );
    case "startConsultation":
      return form(
        consultationForm,
        [
          select("kind", "征求意见对象类型", options(CONSULTEE_LABELS)),
          text("consultee", "被征求意见方名称"),
          textarea("information", "所涉政府信息", noPersonalData),
          textarea("whyAffected", "可能影响其权益的原因"),
          date("sentOn", "征求意见书发出之日", ctx.today),
        ],
        "出具《征求意见书》；征求意见期间不计入答复期限。",
      );
    case "recordConsultationDelivery":
      return form(consultationDeliveryForm, [
        select("consultationId", "征求意见", choice(ctx.openConsultations.filter((c) => !c.delivered))),
        date("deliveredOn", "送达日期", ctx.today),
      ]);
    case "recordConsultationOpinion":
      return form(consultationOpinionForm, [
        select("consultationId", "征求意见", consultations),
        date("receivedOn", "收到意见之日", ctx.today),
        select("objects", "对方是否不同意公开", [
          { value: "no", label: "同意公开" },
          { value: "yes", label: "不同意公开" },
        ]),
        textarea("summary", "意见摘要"),
      ]);
    case "endConsultation":
      return form(
        consultationEndForm,
        [select("consultationId", "征求意见", consultations)],
        "被征求意见方自收到征求意见书之日起15个工作日内未提出意见的，结束征求意见，由本机关依照条例规定决定是否公开（条例第三十二条）。",
      );
    case "internalNote":
      return form(noteForm, [textarea("text", "备注内容（仅工作人员可见）")]);
    case "recordDelivery":
      return form(deliveryForm, [select("method", "送达方式", options(DELIVERY_METHOD_LABELS), "online"), date("deliveredOn", "送达日期", ctx.today)]);
    case "proposeFee":
      return form(
        feeProposalForm,
        [select("method", "计收方式", options(FEE_METHOD_LABELS), "perPage"), number("pages", "页数（按量计收时填写，按A4计）")],
        "按件计收的件数由系统按申请人当月收到的申请自动计算（《政府信息公开信息处理费管理办法》第四条）；报审核人同意后出具《收费通知书》。",
      );
    case "refuseFee":
    case "cancelFee":
      return form(reasonForm, [textarea("reason", "理由")]);
    case "recordFeeNoticeDelivery":
      return form(feeDeliveryForm, [date("deliveredOn", "收费通知送达日期", ctx.today)]);
    case "recordFeePayment":
      return form(feePaymentForm, [date("paidOn", "缴费日期（以票据为准）", ctx.today), text("receiptNumber", "财政票据（收据）号码")]);
    case "acceptLateCorrection":
      return form(
        lateCorrectionForm,
        [date("receivedOn", "收到补正之日", ctx.today), textarea("reason", "接受逾期补正的理由（逾期的正当理由）")],
        "答复期限自收到补正之日起重新计算（条例第三十条）。",
      );
    case "confirmAbandonment":
      return form(abandonmentForm, [textarea("reason", "认定逾期无正当理由的说明")], "确认后申请视为放弃，出具《终止办理告知书》（条例第三十条）。");
    case "assign":
      return form(assignForm, [select("assigneeId", "经办人", choice(ctx.assignees))]);
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
      return form(
        explanationForm,
        [
          textarea("question", "要求说明的事项", { hint: "例如：申请的数量、频次明显超过合理范围，请说明申请理由。" }),
          date("answerBy", "说明理由的期限", ctx.correctionDeadline ?? ""),
        ],
        "出具《说明理由告知书》（条例第三十五条）；要求说明理由不中止答复期限。",
      );
    case "setLaterReplyDate":
      return form(
        laterReplyForm,
        [
          date("replyOn", "延迟答复期限", ""),
          textarea("reason", "延迟答复的理由", { hint: "写入《延迟答复告知书》：“因……，无法在条例第三十三条规定的期限内答复”。" }),
        ],
        "出具《延迟答复告知书》（条例第三十五条），该日期取代按条例第三十三条计算的答复期限。",
      );
    case "notifyThirdParty":
      return form(
        thirdPartyNoticeForm,
        [
          select("consultationId", "不同意公开的第三方", choice(ctx.objectingThirdParties)),
          textarea("information", "决定公开的政府信息", noPersonalData),
          textarea("reasons", "决定公开的理由（不公开可能对公共利益造成重大影响）"),
        ],
        "向第三方出具告知书（条例第三十二条），载明公开日期和救济途径；送达后开始公开前等待期。",
      );
    case "recordThirdPartyDelivery":
      return form(
        thirdPartyDeliveryForm,
        [select("consultationId", "第三方告知书", choice(ctx.notifiedThirdParties)), date("deliveredOn", "送达第三方之日", ctx.today)],
        "等待期自送达之日起计算，期间不计入答复期限（本机关规定）。",
      );
    case "endReleaseWait":
      return form(releaseWaitForm, [select("releaseWaitId", "等待期", choice(ctx.releaseWaits))], "公开日期已到：等待期结束，答复期限恢复计算。");
    case "reduceFee":
      return form(
        feeReductionForm,
        [number("amountYuan", `减少后的金额（元，须少于原金额${ctx.feeAmountYuan ?? ""}元）`), textarea("reason", "减少收费的理由")],
        "出具新的《收费通知书》并注明替代原通知；缴费期限自申请人收到新通知之次日起重新计算。",
      );
    case "withdraw":
      return form(
        clerkWithdrawalForm,
        [
          select("way", "申请人撤回的方式", options(WITHDRAWAL_WAY_LABELS), "phone"),
          date("withdrawnOn", "申请人撤回之日", ctx.today),
          textarea("statement", "申请人撤回的表示（记录要点）"),
        ],
        "记录申请人以电话、书面或当面方式撤回申请；申请终止办理，并向申请人出具撤回确认。",
      );
    case "reopenForNewReply":
      return form(
        newReplyOrderForm,
        [
          select("orderedBy", "责令重新答复的文书", options(ORDERED_BY_LABELS), "reconsideration"),
          text("orderReference", "决定书或判决书文号"),
          date("orderedOn", "本机关收到决定（判决）之日", ctx.today),
          date("replyDueOn", "决定（判决）确定的重新答复期限（未确定的留空）", "", { optional: true, hint: "留空时自收到之日起20个工作日（条例第三十三条）。" }),
        ],
        "申请恢复为办理中（并取消归档），由经办人重新起草答复。",
      );
  }
}

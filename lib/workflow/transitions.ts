import type { Role } from "@/lib/auth/roles";
import { ownsApplication } from "@/lib/applications/ownership";
import { compareLocalDate, type LocalDate } from "@/lib/calendar";
import { canApproveExtension, canIssueFeeNotice, canRequestCorrection, canSetLaterReplyDate } from "@/lib/clock";
import { FeeInputError, perItemFee, perPageFee, type FeeQuote } from "@/lib/fees";
import type { LetterKind } from "@/lib/letters/kinds";
import type { ActionCode, ActionInputs, FeeProposal } from "./action-inputs";
import { validateDecisionDraft } from "./decision-draft";
import { DECISIONS, releasesInformation, type DecisionCode } from "./decisions";
import { checkWithinReplyPeriod, hasPassed, pauseDeadline, refusalOf } from "./deadlines";
import type { EventType } from "./events";
import {
  activeFee,
  filled,
  findConsultation,
  first,
  isOpenConsultation,
  issuedFee,
  openConsultations,
  openReleaseWaits,
  proposedFee,
  readyForReply,
  requireFutureDate,
  requirePastDate,
  requireText,
  type Refusal,
} from "./guards";
import type { ApplicationSnapshot, GuardContext, RuleEnvironment, WorkflowActor } from "./snapshot";
import { STATUS_LABELS, type ApplicationStatus } from "./status";

export type ActorRole = Role | "system";

/**
 * One row of the state machine: from which statuses, to which status, who may, the guard, the
 * event it records and the letter it issues. `when` looks only at the record (it decides whether
 * the UI offers the action); `check` also looks at the input.
 */
export interface TransitionRule<A extends ActionCode> {
  label: string;
  from: readonly ApplicationStatus[];
  /** `unchanged`: a pause record, a note or a flag; the status stays. */
  to: ApplicationStatus | "unchanged";
  roles: readonly ActorRole[];
  event: EventType;
  letter: LetterKind | null;
  /** Legal basis recorded with the event. */
  basis: string | null;
  /** The decision the application finishes with (`fromDraft`: the approved draft's). */
  decision?: DecisionCode | "fromDraft";
  /** Allowed on an archived application (everything else waits for a reopening). */
  whenArchived?: boolean;
  /** Allowed on an application split into sub-applications (which carry everything else). */
  whenSplit?: boolean;
  when?: (s: ApplicationSnapshot, ctx: GuardContext, actor: WorkflowActor) => Refusal;
  check?: (s: ApplicationSnapshot, input: ActionInputs[A], ctx: GuardContext, actor: WorkflowActor) => Refusal;
}

const OPEN: readonly ApplicationStatus[] = ["in_progress", "in_review"];
const BEFORE_REPLY: readonly ApplicationStatus[] = ["submitted", "in_progress", "awaiting_correction", "in_review"];
const FINISHED: readonly ApplicationStatus[] = ["replied", "closed"];
const ALL: readonly ApplicationStatus[] = [...BEFORE_REPLY, ...FINISHED];

const correctionDeadlinePassed = (s: ApplicationSnapshot, today: LocalDate) =>
  s.correction !== null && compareLocalDate(today, s.correction.deadlineOn) > 0;

/** The applicant answered online by the deadline: their part was done on time (条例第三十条). */
const answeredInTime = (s: ApplicationSnapshot) =>
  s.correction?.answeredOn != null && compareLocalDate(s.correction.answeredOn, s.correction.deadlineOn) <= 0;

/**
 * workflow.md §4: an online correction is received when staff confirm it, so its date is today;
 * a correction by post or in person is received on the day recorded.
 */
function checkCorrectionReceivedOn(s: ApplicationSnapshot, receivedOn: unknown, today: LocalDate): Refusal {
  const correction = s.correction!;
  return first(
    () => requirePastDate(receivedOn, "收到补正之日", today, { date: correction.requestedOn, what: "补正告知日" }),
    () =>
      correction.answeredOn !== null && receivedOn !== today
        ? "申请人已在网上提交补正，收到补正之日为确认之日（今天）。"
        : null,
  );
}

function checkFeeProposal(input: FeeProposal): Refusal {
  const raw = input as Record<string, unknown>;
  if ("pages" in raw && "priorItemsThisMonth" in raw) {
    return "同一申请只能选择按件或按量一种方式计收，不能同时按两种方式收费（《政府信息公开信息处理费管理办法》第三条）。";
  }
  const result = quoteFeeProposal(input);
  if ("refusal" in result) return result.refusal;
  if (result.quote.amount <= 0) return "按所选方式计算的费用为0元，无需发出收费通知。";
  return null;
}

/**
 * The fee of a proposal, computed by lib/fees (《政府信息公开信息处理费管理办法》第三至五条). The use case
 * stores this quote with the proposal; the guard refuses what lib/fees refuses.
 */
export function quoteFeeProposal(input: FeeProposal): { quote: FeeQuote } | { refusal: string } {
  try {
    if (input.method === "perItem") return { quote: perItemFee(input.priorItemsThisMonth, 1) };
    if (input.method === "perPage") return { quote: perPageFee(input.pages) };
  } catch (error) {
    if (error instanceof FeeInputError) return { refusal: error.message };
    throw error;
  }
  return { refusal: "请选择按件计收或按量计收。" };
}

/** The last day to pay the issued notice (lib/clock's fee pause; undefined until received, or 待定). */
export function feePaymentDeadline(s: ApplicationSnapshot, ctx: GuardContext): LocalDate | undefined {
  const fee = issuedFee(s);
  // The notice in force not yet received (by post; also a reduced one, fees.md §3.6): no window runs yet.
  return fee?.receivedOn ? pauseDeadline(ctx.clock, "feeNotice", fee.id) : undefined;
}

/** Every action of issue 6 / workflow.md §4–§6, as one table keyed by action. */
export const TRANSITIONS: { [A in ActionCode]: TransitionRule<A> } = {
  // ── Registration (条例第三十一条) ──────────────────────────────────────────
  confirmReceipt: {
    label: "确认收到申请",
    from: ["submitted"],
    to: "in_progress",
    roles: ["clerk"],
    event: "received",
    letter: "receipt",
    basis: "条例第三十一条",
    check: (s, input, { today }) =>
      first(
        () => requirePastDate(input.receivedOn, "收到申请之日", today),
        // Online and e-mail: received on the day both sides confirm, i.e. staff's confirmation.
        () =>
          s.channel === "online" && input.receivedOn !== today
            ? "网上申请以本机关确认收到之日为收到申请之日（条例第三十一条），应为今天。"
            : null,
      ),
  },

  // ── Correction (条例第三十条) ──────────────────────────────────────────────
  requestCorrection: {
    label: "发出补正告知",
    from: ["in_progress"],
    to: "awaiting_correction",
    roles: ["clerk"],
    event: "correctionRequested",
    letter: "correctionNotice",
    basis: "条例第三十条",
    when: (s, { clock, today }) =>
      first(
        () => (s.correction ? "补正告知只能一次性发出，本申请已发出过补正告知（条例第三十条）。" : null),
        () => (s.receivedOn ? null : "尚未确认收到申请。"),
        () => refusalOf(canRequestCorrection(clock, today)),
      ),
    check: (_s, input, { calendar, today, policy }) =>
      first(
        () =>
          Array.isArray(input.points) && input.points.length > 0 && input.points.every(filled)
            ? null
            : "请逐项列明需要补正的内容（一次性告知）。",
        () => requireFutureDate(input.deadlineOn, "补正期限", today),
        // The agency's default period is its own measure of "reasonable"; a shorter one is refused.
        () => {
          const minimum = defaultCorrectionDeadline(calendar, today, policy.correctionDeadlineWorkingDays);
          return minimum && compareLocalDate(input.deadlineOn, minimum) < 0
            ? `补正期限不得短于本机关规定的${policy.correctionDeadlineWorkingDays}个工作日（即不早于${minimum}）。`
            : null;
        },
      ),
  },
  answerCorrection: {
    label: "提交补正",
    from: ["awaiting_correction"],
    to: "unchanged",
    roles: ["citizen"],
    event: "correctionAnswered",
    letter: null,
    basis: "条例第三十条",
    // 条例第三十条: the correction is due by the deadline in the 补正告知书; after it, only a
    // reviewer may accept a late correction (the applicant asks the agency, not the form).
    when: (s, { today }) =>
      correctionDeadlinePassed(s, today)
        ? `补正期限（${s.correction!.deadlineOn}）已届满，不能再在线提交补正。如有正当理由，请与受理机关联系，由其决定是否接受逾期补正。`
        : null,
    check: (_s, input) => requireText(input.text, "补正内容"),
  },
  confirmCorrection: {
    label: "确认收到补正",
    from: ["awaiting_correction"],
    to: "in_progress",
    roles: ["clerk"],
    event: "correctionReceived",
    letter: null,
    basis: "条例第三十条",
    check: (s, input, { today }) =>
      first(
        () => checkCorrectionReceivedOn(s, input.receivedOn, today),
        () =>
          answeredInTime(s) || compareLocalDate(input.receivedOn, s.correction!.deadlineOn) <= 0
            ? null
            : `补正在期限（${s.correction!.deadlineOn}）届满后才收到，须由审核人决定接受逾期补正或确认视为放弃。`,
      ),
  },
  correctionDeadlinePassed: {
    label: "补正期限届满，移入待确认队列",
    from: ["awaiting_correction"],
    to: "unchanged",
    roles: ["system"],
    event: "correctionDeadlinePassed",
    letter: null,
    basis: "条例第三十条",
    when: (s, { today }) =>
      first(
        () => (correctionDeadlinePassed(s, today) ? null : "补正期限尚未届满。"),
        () => (s.correction!.expiryRecorded ? "已记录补正期限届满。" : null),
        () => (answeredInTime(s) ? "申请人已在期限内提交补正，待经办人确认。" : null),
      ),
  },
  acceptLateCorrection: {
    label: "接受逾期补正",
    from: ["awaiting_correction"],
    to: "in_progress",
    roles: ["reviewer"],
    event: "lateCorrectionAccepted",
    letter: null,
    basis: "条例第三十条",
    when: (s, { today }) => (correctionDeadlinePassed(s, today) ? null : "补正期限尚未届满，由经办人确认收到补正即可。"),
    check: (s, input, { today }) =>
      first(
        () => requireText(input.reason, "接受逾期补正的理由（逾期的正当理由）"),
        () => checkCorrectionReceivedOn(s, input.receivedOn, today),
      ),
  },
  confirmAbandonment: {
    label: "确认视为放弃申请",
    from: ["awaiting_correction"],
    to: "closed",
    roles: ["reviewer"],
    event: "abandonmentConfirmed",
    letter: "closingNotice",
    basis: "条例第三十条",
    decision: "abandonedNoCorrection",
    when: (s, { today }) =>
      first(
        () => (correctionDeadlinePassed(s, today) ? null : "补正期限尚未届满，不能视为放弃申请。"),
        () => (answeredInTime(s) ? "申请人已在补正期限内提交补正，请确认收到补正。" : null),
      ),
    check: (_s, input) => requireText(input.reason, "认定逾期无正当理由的说明"),
  },

  // ── 一事一申请 (《政府信息公开信息处理费管理办法》第四条) ──────────────────────────
  split: {
    label: "拆分申请（一事一申请）",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "applicationSplit",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》第四条",
    when: (s) =>
      first(
        () => (s.parentId ? "拆分后的申请不再拆分。" : null),
        () => (s.hasSubApplications ? "本申请已拆分。" : null),
        () => (s.requestItemCount >= 2 ? null : "申请只有一项内容，无需拆分。"),
        // A split changes what the fee was computed on.
        () => (activeFee(s) ? "已有收费通知在办理中，不能拆分。" : null),
      ),
    check: (s, input) =>
      first(
        () => requireText(input.reason, "拆分理由"),
        () => checkPartition(input.parts, s.requestItemCount),
      ),
  },

  // ── 条例第三十五条 ───────────────────────────────────────────────────────
  requestExplanation: {
    label: "要求申请人说明理由",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "explanationRequested",
    letter: "explanationRequest",
    basis: "条例第三十五条",
    when: (s) => (s.explanationRequestedOn ? "已要求申请人说明理由。" : null),
    check: (_s, input, { today }) =>
      first(
        () => requireText(input.question, "要求说明的事项"),
        () => requireFutureDate(input.answerBy, "说明理由的期限", today),
      ),
  },
  setLaterReplyDate: {
    label: "确定延迟答复期限",
    from: OPEN,
    to: "unchanged",
    roles: ["reviewer"],
    event: "laterReplyDateSet",
    letter: "laterReplyNotice",
    basis: "条例第三十五条",
    when: (s, { clock, today }) =>
      first(
        () => (s.explanationRequestedOn ? null : "须先要求申请人说明理由（条例第三十五条），认为理由合理后方可确定延迟答复期限。"),
        () => (s.laterReplyOn ? "已确定延迟答复期限。" : null),
        () => refusalOf(checkWithinReplyPeriod(clock, today, "确定延迟答复期限")),
      ),
    check: (_s, input, { clock, today }) =>
      first(
        () => requireText(input.reason, "延迟答复的理由"),
        () => requireFutureDate(input.replyOn, "延迟答复期限", today),
        () => refusalOf(canSetLaterReplyDate(clock, input.replyOn, today)),
      ),
  },

  // ── Consultations (条例第三十二、三十三、三十四条) ─────────────────────────────
  startConsultation: {
    label: "征求意见",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "consultationSent",
    letter: "consultationLetter",
    basis: "条例第三十二条、第三十三条第二款、第三十四条",
    check: (s, input, { today }) =>
      first(
        () =>
          ["thirdParty", "coMakingAgency", "otherAgency"].includes(input.kind)
            ? null
            : "请选择征求意见的对象类型（第三方、共同制作机关或其他机关）。",
        () => requireText(input.consultee, "被征求意见方"),
        () => requireText(input.information, "所涉政府信息"),
        () => requirePastDate(input.sentOn, "征求意见书发出之日", today, { date: s.receivedOn!, what: "收到申请之日" }),
      ),
  },
  recordConsultationDelivery: {
    label: "记录征求意见书送达",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "consultationDelivered",
    letter: null,
    basis: "条例第三十二条",
    when: (s) => (openConsultations(s).some((c) => !c.deliveredOn) ? null : "没有待记录送达的征求意见。"),
    check: (s, input, { today }) => {
      const c = findConsultation(s, input.consultationId);
      if (!c || !isOpenConsultation(c)) return "该征求意见不存在或已结束。";
      if (c.deliveredOn) return "已记录该征求意见书的送达日期。";
      return requirePastDate(input.deliveredOn, "送达日期", today, { date: c.sentOn, what: "发出之日" });
    },
  },
  recordConsultationOpinion: {
    label: "记录反馈意见",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "consultationAnswered",
    letter: null,
    basis: "条例第三十二条、第三十四条",
    when: (s) => (openConsultations(s).length > 0 ? null : "没有进行中的征求意见。"),
    check: (s, input, { today }) => {
      const c = findConsultation(s, input.consultationId);
      if (!c || !isOpenConsultation(c)) return "该征求意见不存在或已结束。";
      return first(
        () => requirePastDate(input.receivedOn, "收到意见之日", today, { date: c.deliveredOn ?? c.sentOn, what: "征求意见书送达（发出）之日" }),
        () => (typeof input.objects === "boolean" ? null : "请选择对方是否同意公开。"),
        () => requireText(input.summary, "意见摘要"),
      );
    },
  },
  endConsultation: {
    label: "结束征求意见",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk", "system"],
    event: "consultationEnded",
    letter: null,
    basis: "条例第三十二条、第三十四条",
    when: (s, { clock, today }) =>
      openConsultations(s).some((c) => hasPassed(pauseDeadline(clock, "consultation", c.id), today))
        ? null
        : "没有期限已届满的征求意见。",
    // Ends a consultation whose 15 working days passed without an opinion (条例第三十二、三十四条):
    // the worker does it, a clerk may do it first. Before the deadline a consultation ends only
    // with the opinion (recordConsultationOpinion), as lib/clock counts the pause.
    check: (s, input, ctx) => {
      const c = findConsultation(s, input.consultationId);
      if (!c || !isOpenConsultation(c)) return "该征求意见不存在或已结束。";
      const deadline = pauseDeadline(ctx.clock, "consultation", c.id);
      if (!deadline) return "征求意见期限待定（放假安排未公布），暂不能结束。";
      return hasPassed(deadline, ctx.today) ? null : `征求意见期限至${deadline}，尚未届满；收到意见的，请记录反馈意见。`;
    },
  },
  notifyThirdParty: {
    label: "告知第三方决定公开",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    event: "thirdPartyNotified",
    letter: "thirdPartyNotice",
    basis: "条例第十五条、第三十二条",
    when: (s) =>
      s.consultations.some((c) => c.kind === "thirdParty" && c.opinion?.objects && !c.thirdPartyNotified)
        ? null
        : "没有不同意公开且尚未告知的第三方意见。",
    check: (s, input) => {
      const c = findConsultation(s, input.consultationId);
      if (!c || c.kind !== "thirdParty" || !c.opinion?.objects) return "只有第三方不同意公开时才需发出此告知书。";
      if (c.thirdPartyNotified) return "已向该第三方发出告知书。";
      return first(
        () => requireText(input.information, "决定公开的政府信息内容"),
        () => requireText(input.reasons, "决定公开的理由（不公开可能对公共利益造成重大影响）"),
      );
    },
  },
  recordThirdPartyDelivery: {
    label: "记录告知书送达第三方（开始等待期）",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "releaseWaitStarted",
    letter: null,
    basis: "条例第三十二条",
    when: (s) =>
      s.consultations.some((c) => c.thirdPartyNotified && !s.releaseWaits.some((w) => w.consultationId === c.id))
        ? null
        : "没有待记录送达的第三方告知书。",
    check: (s, input, { today }) => {
      const c = findConsultation(s, input.consultationId);
      if (!c?.thirdPartyNotified) return "尚未向该第三方发出告知书。";
      if (s.releaseWaits.some((w) => w.consultationId === c.id)) return "已记录该告知书的送达日期。";
      return requirePastDate(input.deliveredOn, "送达日期", today, { date: c.opinion!.receivedOn, what: "收到第三方意见之日" });
    },
  },
  endReleaseWait: {
    label: "结束公开前等待期",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk", "system"],
    event: "releaseWaitEnded",
    letter: null,
    basis: "条例第三十二条",
    when: (s, { clock, today }) =>
      openReleaseWaits(s).some((w) => {
        const releaseOn = pauseDeadline(clock, "releaseWait", w.id);
        return releaseOn !== undefined && compareLocalDate(today, releaseOn) >= 0;
      })
        ? null
        : "没有已到公开日期的等待期。",
    check: (s, input, { clock, today }) => {
      const wait = s.releaseWaits.find((w) => w.id === input.releaseWaitId && w.endedOn === null);
      if (!wait) return "该等待期不存在或已结束。";
      const releaseOn = pauseDeadline(clock, "releaseWait", wait.id);
      if (!releaseOn) return "公开日期待定（放假安排未公布），暂不能结束等待期。";
      return compareLocalDate(today, releaseOn) >= 0 ? null : `等待期至${releaseOn}届满，届满前不得公开。`;
    },
  },

  // ── Extension (条例第三十三条第一款) ──────────────────────────────────────────
  proposeExtension: {
    label: "申请延期答复",
    from: OPEN,
    to: "unchanged",
    roles: ["clerk"],
    event: "extensionProposed",
    letter: null,
    basis: "条例第三十三条第一款",
    when: (s, { clock, today }) =>
      first(
        () => (s.extensions.some((e) => e.state === "approved") ? "延期答复只能一次，本申请已延期（条例第三十三条）。" : null),
        () => (s.extensions.some((e) => e.state === "proposed") ? "延期申请待审核人审批。" : null),
        () => refusalOf(checkWithinReplyPeriod(clock, today, "延期申请")),
      ),
    check: (_s, input, { clock, today }) =>
      first(
        () => refusalOf(canApproveExtension(clock, input.workingDays, today)),
        () => requireText(input.reason, "延期理由"),
      ),
  },
  approveExtension: {
    label: "同意延期答复",
    from: OPEN,
    to: "unchanged",
    roles: ["reviewer"],
    event: "extensionApproved",
    letter: "extensionNotice",
    basis: "条例第三十三条第一款",
    when: (s, { clock, today }) =>
      first(
        () => (s.extensions.some((e) => e.state === "approved") ? "延期答复只能一次，本申请已延期（条例第三十三条）。" : null),
        () => (s.extensions.some((e) => e.state === "proposed") ? null : "没有待审批的延期申请。"),
        // The approval and the 延期答复告知书 both bear today's date.
        () => refusalOf(canApproveExtension(clock, s.extensions.find((e) => e.state === "proposed")!.workingDays, today)),
      ),
  },
  refuseExtension: {
    label: "不同意延期",
    from: OPEN,
    to: "unchanged",
    roles: ["reviewer"],
    event: "extensionRefused",
    letter: null,
    basis: "条例第三十三条第一款",
    when: (s) => (s.extensions.some((e) => e.state === "proposed") ? null : "没有待审批的延期申请。"),
    check: (_s, input) => requireText(input.reason, "不同意的理由"),
  },

  // ── Fees (条例第四十二条; fees.md §3) ───────────────────────────────────────
  proposeFee: {
    label: "拟收取信息处理费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "feeProposed",
    letter: null,
    basis: "条例第四十二条、《政府信息公开信息处理费管理办法》第三条",
    when: (s, { clock, today }) =>
      first(
        () => (s.hasSubApplications ? "本申请已拆分，请在拆分后的申请中收费。" : null),
        () => (activeFee(s) ? "已有收费通知在办理中。" : null),
        () => (s.feeNotices.some((f) => f.state === "paid") ? "本申请已缴费，不能再次收费。" : null),
        () => refusalOf(canIssueFeeNotice(clock, today)),
      ),
    // A cancelled or refused fee charged nothing, so a new proposal may use either method.
    check: (_s, input) => checkFeeProposal(input),
  },
  approveFee: {
    label: "同意收费并发出收费通知",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    event: "feeNoticeIssued",
    letter: "feeNotice",
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s, { clock, today }) =>
      first(
        () => (proposedFee(s) ? null : "没有待审批的收费。"),
        // fees.md §3.2: the notice is issued within the reply period.
        () => refusalOf(canIssueFeeNotice(clock, today)),
      ),
  },
  refuseFee: {
    label: "不同意收费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    event: "feeRefused",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (proposedFee(s) ? null : "没有待审批的收费。"),
    check: (_s, input) => requireText(input.reason, "不同意收费的理由"),
  },
  recordFeeNoticeDelivery: {
    label: "记录收费通知送达",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "feeNoticeReceived",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) && !issuedFee(s)!.receivedOn ? null : "没有待记录送达的收费通知。"),
    check: (s, input, { today }) =>
      requirePastDate(input.deliveredOn, "收费通知送达日期", today, { date: issuedFee(s)!.issuedOn!, what: "发出之日" }),
  },
  acceptFee: {
    label: "同意缴费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["citizen"],
    event: "feeAccepted",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) && !issuedFee(s)!.accepted ? null : "没有待确认的收费通知。"),
  },
  declineFee: {
    label: "不同意缴费（终止办理）",
    from: ["in_progress"],
    to: "closed",
    // A clerk records a refusal the applicant declared in writing or in person.
    roles: ["citizen", "clerk"],
    event: "feeDeclined",
    letter: "closingNotice",
    basis: "《政府信息公开信息处理费管理办法》",
    decision: "abandonedFeeUnpaid",
    when: (s) => (issuedFee(s) ? null : "没有待缴费的收费通知。"),
    check: (_s, input, _ctx, actor) => (actor.role === "clerk" ? requireText(input.statement, "申请人不同意缴费的表示（书面或当面）") : null),
  },
  recordFeePayment: {
    label: "记录缴费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "feePaid",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) ? null : "没有待缴费的收费通知。"),
    check: (s, input, ctx) => {
      const fee = issuedFee(s)!;
      const dueOn = feePaymentDeadline(s, ctx);
      return first(
        () => requirePastDate(input.paidOn, "缴费日期", ctx.today, { date: fee.issuedOn!, what: "收费通知发出之日" }),
        () => requireText(input.receiptNumber, "财政票据（收据）号码"),
        () =>
          dueOn && compareLocalDate(input.paidOn, dueOn) > 0
            ? `缴费日期晚于缴费期限（${dueOn}），申请视为放弃，不能记录为按时缴费。`
            : null,
      );
    },
  },
  reduceFee: {
    label: "减少收费（重新发出收费通知）",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    event: "feeReduced",
    letter: "feeNotice",
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) ? null : "没有可减少的收费通知。"),
    check: (s, input) =>
      first(
        () => requireText(input.reason, "减少收费的理由"),
        // fees.md §3.6: reduce, never increase; a reduction to nothing is a cancellation.
        () =>
          Number.isInteger(input.amountYuan) && input.amountYuan > 0 && input.amountYuan < issuedFee(s)!.amountYuan
            ? null
            : `减少后的金额须为大于0且小于原金额（${issuedFee(s)!.amountYuan}元）的整数；不收费请使用“取消收费”。`,
      ),
  },
  cancelFee: {
    label: "取消收费",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    event: "feeCancelled",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》",
    when: (s) => (issuedFee(s) ? null : "没有可取消的收费通知。"),
    check: (_s, input) => requireText(input.reason, "取消收费的理由"),
  },
  closeForUnpaidFee: {
    label: "逾期未缴费，终止办理",
    from: ["in_progress"],
    to: "closed",
    roles: ["system"],
    event: "feeUnpaidClosed",
    letter: "closingNotice",
    basis: "《政府信息公开信息处理费管理办法》",
    decision: "abandonedFeeUnpaid",
    when: (s, ctx) => {
      if (!issuedFee(s)) return "没有待缴费的收费通知。";
      const dueOn = feePaymentDeadline(s, ctx);
      if (!dueOn) return "缴费期限尚不确定（未记录送达或放假安排未公布）。";
      return hasPassed(dueOn, ctx.today) ? null : `缴费期限至${dueOn}，尚未届满。`;
    },
  },

  // ── Decision and reply (条例第三十六至三十九条) ─────────────────────────────────
  draftDecision: {
    label: "起草答复",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    event: "decisionDrafted",
    letter: null,
    basis: null,
    when: (s) => (s.hasSubApplications ? "本申请已拆分，请在拆分后的申请中分别答复。" : null),
    check: (s, draft, { today }) => {
      const problems = validateDecisionDraft(draft);
      if (problems.length > 0) return problems[0]!.message;
      if (draft.decision === "unclearAfterCorrection" && !s.correction?.receivedOn) {
        return "只有经补正后仍不明确的申请才能作此答复（条例第三十条）。";
      }
      if (draft.decision === "unreasonableVolume" && !s.explanationRequestedOn) {
        return "须先要求申请人说明理由，方可认定理由不合理（条例第三十五条）。";
      }
      if (draft.decision === "repeat" && compareLocalDate(draft.earlierReply!.date, today) > 0) {
        return "此前答复的日期不能晚于今天。";
      }
      return null;
    },
  },
  submitForReview: {
    label: "提交审核",
    from: ["in_progress"],
    to: "in_review",
    roles: ["clerk"],
    event: "draftSubmitted",
    letter: null,
    basis: "条例第四十五条",
    when: (s) => readyForReply(s),
  },
  approveReply: {
    label: "审核通过并出具答复书",
    from: ["in_review"],
    to: "replied",
    roles: ["reviewer"],
    event: "replyApproved",
    letter: "reply",
    basis: "条例第三十六条",
    decision: "fromDraft",
    when: (s) => readyForReply(s),
  },
  returnDraft: {
    label: "退回修改",
    from: ["in_review"],
    to: "in_progress",
    roles: ["reviewer"],
    event: "draftReturned",
    letter: null,
    basis: "条例第四十五条",
    check: (_s, input) => requireText(input.comment, "退回意见"),
  },

  // ── The applicant ────────────────────────────────────────────────────────
  withdraw: {
    label: "撤回申请",
    from: BEFORE_REPLY,
    to: "closed",
    // A clerk records a withdrawal the applicant made in writing (by post or in person).
    roles: ["citizen", "clerk"],
    event: "withdrawn",
    letter: "withdrawalConfirmation",
    basis: null,
    decision: "withdrawn",
    check: (_s, input, _ctx, actor) => (actor.role === "clerk" ? requireText(input.reason, "申请人撤回申请的方式和日期") : null),
  },
  rate: {
    label: "评价",
    from: ["replied"],
    to: "unchanged",
    roles: ["citizen"],
    event: "rated",
    letter: null,
    basis: null,
    whenArchived: true,
    when: (s) => (s.rated ? "您已评价过本申请。" : null),
    check: (_s, input) => (Number.isInteger(input.score) && input.score >= 1 && input.score <= 5 ? null : "请选择1至5分的评价。"),
  },

  // ── After the reply (条例第四十四、四十五条) ──────────────────────────────────
  recordDelivery: {
    label: "记录送达",
    from: FINISHED,
    to: "unchanged",
    roles: ["clerk"],
    event: "delivered",
    letter: null,
    basis: "条例第四十五条",
    when: (s) => (s.deliveredOn ? "已记录送达。" : null),
    check: (s, input, { today }) =>
      first(
        () =>
          ["online", "email", "registered_mail", "in_person", "fax"].includes(input.method) ? null : "请选择送达方式。",
        () => requirePastDate(input.deliveredOn, "送达日期", today, s.finishedOn ? { date: s.finishedOn, what: "答复（终止）之日" } : undefined),
      ),
  },
  archive: {
    label: "归档",
    from: FINISHED,
    to: "unchanged",
    roles: ["clerk"],
    event: "archived",
    letter: null,
    basis: "条例第四十五条",
    // A reply or closing notice is archived once its delivery (送达) is on file; a withdrawal
    // confirmation is shown to the applicant online and needs no delivery record.
    when: (s) => (!s.deliveredOn && s.decision !== "withdrawn" ? "请先记录答复书（告知书）的送达，再归档。" : null),
  },
  createCatalogueDraft: {
    label: "生成主动公开草稿",
    from: ["replied"],
    to: "unchanged",
    roles: ["clerk"],
    event: "catalogueDraftCreated",
    letter: null,
    basis: "条例第四十四条",
    whenArchived: true,
    when: (s) =>
      first(
        () => (s.decision && releasesInformation(s.decision) ? null : "只有予以公开或部分公开的答复才能转为主动公开。"),
        () => (s.catalogueDraftCreated ? "已生成主动公开草稿。" : null),
      ),
  },
  reopenForNewReply: {
    label: "按复议决定或判决重新答复",
    from: FINISHED,
    to: "in_progress",
    roles: ["reviewer"],
    event: "reopenedForNewReply",
    letter: null,
    basis: "行政复议法、行政诉讼法",
    whenArchived: true,
    when: (s) => (s.status === "closed" && s.decision === "withdrawn" ? "申请人已撤回申请。" : null),
    check: (s, input, { today }) =>
      first(
        () => (input.orderedBy === "reconsideration" || input.orderedBy === "court" ? null : "请选择行政复议决定或法院判决。"),
        () => requireText(input.orderReference, "复议决定书或判决书文号"),
        () => requirePastDate(input.orderedOn, "决定（判决）日期", today, s.finishedOn ? { date: s.finishedOn, what: "原答复之日" } : undefined),
      ),
  },

  // ── Records that change nothing but the file ─────────────────────────────────
  internalNote: {
    label: "添加内部备注",
    from: ALL,
    to: "unchanged",
    roles: ["clerk", "reviewer"],
    event: "note",
    letter: null,
    basis: null,
    whenArchived: true,
    whenSplit: true,
    check: (_s, input) => requireText(input.text, "备注内容"),
  },
  assign: {
    label: "指定经办人",
    from: BEFORE_REPLY,
    to: "unchanged",
    roles: ["reviewer", "admin"],
    event: "assigned",
    letter: null,
    basis: null,
    check: (s, input) => {
      const a = input.assignee;
      if (!a || !filled(a.userId)) return "请选择经办人。";
      if (!a.agencyId || a.agencyId !== s.agencyId) return "只能指定本机关的工作人员办理。";
      return a.role === "clerk" || a.role === "reviewer" ? null : "只能指定经办人或审核人办理。";
    },
  },
};

/** 一事一申请: every request item goes to exactly one of at least two sub-applications. */
function checkPartition(parts: unknown, itemCount: number): Refusal {
  if (!Array.isArray(parts) || parts.length < 2) return "拆分至少要形成两个申请。";
  const seen = new Set<number>();
  for (const part of parts) {
    if (!Array.isArray(part) || part.length === 0) return "每个拆分后的申请至少包含一项申请内容。";
    for (const index of part) {
      if (!Number.isInteger(index) || index < 0 || index >= itemCount) return "拆分中包含不存在的申请内容。";
      if (seen.has(index)) return "同一项申请内容不能分到两个申请中。";
      seen.add(index);
    }
  }
  return seen.size === itemCount ? null : "每一项申请内容都须分到一个拆分后的申请中。";
}

/** The correction deadline the agency sets by default: N working days after the notice (Policy default 15). */
export function defaultCorrectionDeadline(
  calendar: GuardContext["calendar"],
  noticeOn: LocalDate,
  workingDays: number,
): LocalDate | null {
  try {
    return calendar.addWorkingDays(noticeOn, workingDays);
  } catch {
    return null;
  }
}

// ── Who may act on this application ─────────────────────────────────────────────

/**
 * Staff act only on their own agency's applications, the applicant only on their own; both
 * sides are compared explicitly so that a missing id is a refusal, never a pass. The worker
 * (`system`) acts on whatever application it was handed.
 */
export function partyRefusal(s: ApplicationSnapshot, actor: WorkflowActor): Refusal {
  if (actor.role === "system") return null;
  // The applicant: the one ownership rule (an account, or a proven tracking code covering its sub-applications).
  if (actor.role === "citizen") return ownsApplication(actor, s) ? null : "您只能办理本人提出的申请。";
  return filled(actor.agencyId) && filled(s.agencyId) && actor.agencyId === s.agencyId
    ? null
    : "您只能办理本机关的申请。";
}

const ROLE_NAMES: Record<ActorRole, string> = {
  citizen: "申请人",
  clerk: "经办人",
  reviewer: "审核人",
  publisher: "信息发布员",
  admin: "系统管理员",
  system: "系统",
};

function stateRefusal(
  rule: Omit<TransitionRule<ActionCode>, "check">,
  s: ApplicationSnapshot,
  actor: WorkflowActor,
  ctx: GuardContext,
): Refusal {
  if (!rule.roles.includes(actor.role)) return `${ROLE_NAMES[actor.role] ?? "当前用户"}不能办理“${rule.label}”。`;
  const party = partyRefusal(s, actor);
  if (party) return party;
  if (s.imported) return "本申请是从历史登记簿导入的记录，只读，不能在系统中办理。";
  if (s.archived && !rule.whenArchived) return "本申请已归档，不能再办理此操作。";
  if (!rule.from.includes(s.status)) return `本申请当前状态为“${STATUS_LABELS[s.status]}”，不能办理“${rule.label}”。`;
  // 一事一申请: once split, the sub-applications are handled; the parent only keeps its notes.
  return rule.when?.(s, ctx, actor) ?? (s.hasSubApplications && !rule.whenSplit ? "本申请已拆分，请在拆分后的申请中办理。" : null);
}

export interface AvailableAction {
  action: ActionCode;
  label: string;
  to: ApplicationStatus | "unchanged";
  letter: LetterKind | null;
}

export const ACTION_CODES = Object.keys(TRANSITIONS) as ActionCode[];

/** The actions the UI offers this actor now (role, agency or applicant, status, record guard). */
export function availableActions(
  s: ApplicationSnapshot,
  actor: WorkflowActor,
  today: LocalDate,
  env: RuleEnvironment,
): AvailableAction[] {
  const ctx: GuardContext = { ...env, today };
  return ACTION_CODES.filter((action) => stateRefusal(TRANSITIONS[action], s, actor, ctx) === null).map((action) => {
    const rule = TRANSITIONS[action];
    return { action, label: rule.label, to: rule.to, letter: rule.letter };
  });
}

export type ActionCheck =
  | {
      ok: true;
      /** The status after the action (the same status for pause records and notes). */
      to: ApplicationStatus;
      event: EventType;
      letter: LetterKind | null;
      basis: string | null;
      /** Set when the action finishes the application. */
      decision: DecisionCode | null;
    }
  | { ok: false; reason: string };

/**
 * Decide whether this actor may take this action now with this input. The use case refuses
 * (ConflictError / ForbiddenError) whatever this refuses, with the Chinese reason it gives.
 */
export function checkAction<A extends ActionCode>(
  s: ApplicationSnapshot,
  actor: WorkflowActor,
  action: A,
  input: ActionInputs[A],
  today: LocalDate,
  env: RuleEnvironment,
): ActionCheck {
  const ctx: GuardContext = { ...env, today };
  const rule = TRANSITIONS[action] as TransitionRule<A> | undefined;
  if (!rule || !Object.hasOwn(TRANSITIONS, action)) return { ok: false, reason: "不支持的操作。" };
  const refusal = stateRefusal(rule, s, actor, ctx) ?? rule.check?.(s, input ?? ({} as ActionInputs[A]), ctx, actor) ?? null;
  if (refusal) return { ok: false, reason: refusal };
  const decision = rule.decision === "fromDraft" ? s.draft!.decision : (rule.decision ?? null);
  return {
    ok: true,
    to: rule.to === "unchanged" ? s.status : rule.to,
    event: rule.event,
    letter: rule.letter,
    basis: rule.decision === "fromDraft" ? (DECISIONS[decision!].basis ?? rule.basis) : rule.basis,
    decision,
  };
}

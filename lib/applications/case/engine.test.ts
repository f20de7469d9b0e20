import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { ActionCode, ActionInputs } from "./engine";
import type { ClockEvent } from "@/lib/clock";
import type { ApplicationSnapshot, ConsultationRecord, FeeNoticeRecord, WorkflowActor } from "@/lib/workflow/snapshot";
import { APPLICATION_STATUSES } from "@/lib/workflow/status";
import { actors, COMPLETE_DRAFTS, environment, OTHER_AGENCY, RECEIVED, snapshot } from "@/lib/workflow/test-fixtures";
import { ACTION_CODES, availableActions, checkAction, TRANSITIONS, type ActorRole } from "./engine";

type ActorKey = keyof typeof actors;
type Case = {
  name: string;
  action: ActionCode;
  actor: ActorKey;
  snap?: Partial<ApplicationSnapshot>;
  input?: unknown;
  today?: string;
  /** The clock's events (default: received 2025-03-03). */
  events?: ClockEvent[];
};
type Allowed = Case & { to: string; event: string; letter: string | null; decision?: string };
type Refused = Case & { reason: RegExp };

const check = (c: Case) =>
  checkAction(
    snapshot(c.snap),
    actors[c.actor],
    c.action,
    (c.input ?? {}) as ActionInputs[ActionCode],
    c.today ?? "2025-03-05",
    environment(c.today ?? "2025-03-05", c.events),
  );

// Pause events carry the record's id (lib/clock): consultation c1, fee notice f1, release wait w1.
const CONSULTED: ClockEvent[] = [
  RECEIVED,
  { type: "consultationSent", on: "2025-03-05", pauseId: "c1", consultee: "thirdParty" },
  { type: "consultationDelivered", on: "2025-03-07", pauseId: "c1" },
];
const CONSULTED_UNDELIVERED = CONSULTED.slice(0, 2);
const FEE_RECEIVED: ClockEvent[] = [RECEIVED, { type: "feeNoticeReceived", on: "2025-03-10", pauseId: "f1" }];
const WAITING: ClockEvent[] = [RECEIVED, { type: "releaseWaitStarted", on: "2025-03-18", pauseId: "w1" }];
// 15 working days after delivery on 2025-03-18, across 清明 (2025-04-04): release on 2025-04-09.
const RELEASE_ON = "2025-04-09";
const DAY_BEFORE_RELEASE = "2025-04-08";
const wait = { id: "w1", consultationId: "c1", deliveredOn: "2025-03-18", endedOn: null };

// Records the cases are built from (received 2025-03-03, reply due 2025-03-31).
const correction = (o: Partial<NonNullable<ApplicationSnapshot["correction"]>> = {}) => ({
  requestedOn: "2025-03-05",
  deadlineOn: "2025-03-26",
  answeredOn: null,
  receivedOn: null,
  expiryRecorded: false,
  ...o,
});
const awaiting = (o: Partial<NonNullable<ApplicationSnapshot["correction"]>> = {}) => ({
  status: "awaiting_correction" as const,
  correction: correction(o),
});
const consultation = (o: Partial<ConsultationRecord> = {}): ConsultationRecord => ({
  id: "c1",
  kind: "thirdParty",
  sentOn: "2025-03-05",
  deliveredOn: "2025-03-07",
  opinion: null,
  endedOn: null,
  thirdPartyNotified: false,
  ...o,
});
const objecting = consultation({ opinion: { receivedOn: "2025-03-14", objects: true } });
const fee = (o: Partial<FeeNoticeRecord> = {}): FeeNoticeRecord => ({
  id: "f1",
  method: "perPage",
  amountYuan: 1700,
  state: "issued",
  issuedOn: "2025-03-10",
  receivedOn: "2025-03-10",
  paidOn: null,
  accepted: false,
  ...o,
});
const disclosedDraft = COMPLETE_DRAFTS.find((d) => d.decision === "disclosed")!;
const notHeldDraft = COMPLETE_DRAFTS.find((d) => d.decision === "notHeld")!;
const partlyDraft = COMPLETE_DRAFTS.find((d) => d.decision === "partlyDisclosed")!;
const thirdPartyRefusalDraft = { decision: "notDisclosedThirdPartyRights" as const, reasons: "第三方不同意公开且理由合理" };
const inReview = { status: "in_review" as const, draft: disclosedDraft };
const replied = { status: "replied" as const, draft: disclosedDraft, decision: "disclosed" as const, finishedOn: "2025-03-20" };
/** 不属于本机关负责公开 naming an agency on the platform (条例第三十六条第五项): the applicant may forward it. */
const notThisAgencyOnPlatform = {
  ...replied,
  decision: "notThisAgency" as const,
  draft: { decision: "notThisAgency" as const, reasons: "由区政府负责公开", responsibleAgency: { name: "天津市津南区人民政府", agencyId: "agency-b" } },
};
const overdue = { today: "2025-04-01" };

/** One allowed case per action (and per variant that matters), citing the rule. */
const ALLOWED: Allowed[] = [
  // 条例第三十一条
  { name: "online: received on the day staff confirm", action: "confirmReceipt", actor: "clerk", snap: { status: "submitted", receivedOn: null }, input: { receivedOn: "2025-03-05" }, to: "in_progress", event: "received", letter: "receipt" },
  { name: "registered mail: the day the agency signed for it", action: "confirmReceipt", actor: "clerk", snap: { status: "submitted", receivedOn: null, channel: "registered_mail" }, input: { receivedOn: "2025-03-03" }, to: "in_progress", event: "received", letter: "receipt" },
  // 条例第三十条
  { name: "correction within 7 working days, default deadline", action: "requestCorrection", actor: "clerk", input: { points: ["写明文件名称"], deadlineOn: "2025-03-26" }, to: "awaiting_correction", event: "correctionRequested", letter: "correctionNotice" },
  { name: "correction on the 7th working day (2025-03-12)", action: "requestCorrection", actor: "clerk", today: "2025-03-12", input: { points: ["写明文件名称"], deadlineOn: "2025-04-30" }, to: "awaiting_correction", event: "correctionRequested", letter: "correctionNotice" },
  { name: "correction when day 7 falls in an unpublished year (lib/clock: an unknown year blocks nothing)", action: "requestCorrection", actor: "clerk", snap: { receivedOn: "2026-12-28" }, events: [{ type: "received", on: "2026-12-28" }], today: "2027-01-06", input: { points: ["写明文件名称"], deadlineOn: "2027-02-01" }, to: "awaiting_correction", event: "correctionRequested", letter: "correctionNotice" },
  { name: "the applicant answers a correction", action: "answerCorrection", actor: "citizen", snap: awaiting(), input: { text: "文件名称为……" }, to: "awaiting_correction", event: "correctionAnswered", letter: null },
  { name: "a posted correction received before the deadline", action: "confirmCorrection", actor: "clerk", snap: awaiting(), today: "2025-03-21", input: { receivedOn: "2025-03-20" }, to: "in_progress", event: "correctionReceived", letter: null },
  { name: "an online answer in time, confirmed after the deadline", action: "confirmCorrection", actor: "clerk", snap: awaiting({ answeredOn: "2025-03-25" }), today: "2025-03-28", input: { receivedOn: "2025-03-28" }, to: "in_progress", event: "correctionReceived", letter: null },
  { name: "the worker queues an expired correction", action: "correctionDeadlinePassed", actor: "system", snap: awaiting(), today: "2025-03-27", to: "awaiting_correction", event: "correctionDeadlinePassed", letter: null },
  { name: "a reviewer accepts a late correction", action: "acceptLateCorrection", actor: "reviewer", snap: awaiting(), today: "2025-03-28", input: { receivedOn: "2025-03-27", reason: "邮寄延误，非申请人原因" }, to: "in_progress", event: "lateCorrectionAccepted", letter: null },
  { name: "a reviewer confirms the abandonment", action: "confirmAbandonment", actor: "reviewer", snap: awaiting(), today: "2025-03-27", input: { reason: "逾期未补正，无正当理由" }, to: "closed", event: "abandonmentConfirmed", letter: "closingNotice", decision: "abandonedNoCorrection" },
  { name: "a reviewer confirms the abandonment despite a late answer", action: "confirmAbandonment", actor: "reviewer", snap: awaiting({ answeredOn: "2025-03-27" }), today: "2025-03-28", input: { reason: "逾期无正当理由" }, to: "closed", event: "abandonmentConfirmed", letter: "closingNotice", decision: "abandonedNoCorrection" },
  // 一事一申请
  { name: "split into sub-applications", action: "split", actor: "clerk", snap: { requestItemCount: 3 }, input: { reason: "三项内容互不相关", parts: [[0], [1, 2]] }, to: "in_progress", event: "applicationSplit", letter: null },
  // 条例第三十五条
  { name: "ask the applicant for reasons", action: "requestExplanation", actor: "clerk", input: { question: "请说明申请数量的合理性", answerBy: "2025-03-12" }, to: "in_progress", event: "explanationRequested", letter: "explanationRequest" },
  { name: "set a later reply date", action: "setLaterReplyDate", actor: "reviewer", snap: { explanationRequestedOn: "2025-03-04" }, input: { replyOn: "2025-05-30", reason: "申请数量大" }, to: "in_progress", event: "laterReplyDateSet", letter: "laterReplyNotice" },
  // 条例第三十二、三十三、三十四条
  { name: "consult a third party", action: "startConsultation", actor: "clerk", input: { kind: "thirdParty", consultee: "某公司", information: "某合同", sentOn: "2025-03-05" }, to: "in_progress", event: "consultationSent", letter: "consultationLetter" },
  { name: "consult a co-making agency", action: "startConsultation", actor: "clerk", input: { kind: "coMakingAgency", consultee: "区财政局", information: "联合发文", sentOn: "2025-03-04" }, to: "in_progress", event: "consultationSent", letter: "consultationLetter" },
  { name: "consult a third party by e-mail, sent today", action: "startConsultation", actor: "clerk", input: { kind: "thirdParty", consultee: "某公司", information: "某合同", sentOn: "2025-03-05", email: "a@b.example" }, to: "in_progress", event: "consultationSent", letter: "consultationLetter" },
  { name: "record delivery of the consultation letter", action: "recordConsultationDelivery", actor: "clerk", snap: { consultations: [consultation({ deliveredOn: null })] }, today: "2025-03-10", input: { consultationId: "c1", deliveredOn: "2025-03-07" }, to: "in_progress", event: "consultationDelivered", letter: null },
  { name: "record the opinion", action: "recordConsultationOpinion", actor: "clerk", snap: { consultations: [consultation()] }, today: "2025-03-14", input: { consultationId: "c1", receivedOn: "2025-03-14", objects: true, summary: "不同意公开" }, to: "in_progress", event: "consultationAnswered", letter: null },
  { name: "the system files a consultee's online opinion (issue 16.4)", action: "recordConsultationOpinion", actor: "system", snap: { consultations: [consultation()] }, today: "2025-03-14", input: { consultationId: "c1", receivedOn: "2025-03-14", objects: true, summary: "不同意公开" }, to: "in_progress", event: "consultationAnswered", letter: null },
  { name: "the worker ends a consultation 15 working days after delivery (2025-03-28)", action: "endConsultation", actor: "system", snap: { consultations: [consultation()] }, events: CONSULTED, today: "2025-03-31", input: { consultationId: "c1" }, to: "in_progress", event: "consultationEnded", letter: null },
  { name: "the worker counts from sending when delivery is unknown", action: "endConsultation", actor: "system", snap: { consultations: [consultation({ deliveredOn: null })] }, events: CONSULTED_UNDELIVERED, today: "2025-03-27", input: { consultationId: "c1" }, to: "in_progress", event: "consultationEnded", letter: null },
  { name: "a clerk ends a consultation after its deadline, before the worker", action: "endConsultation", actor: "clerk", snap: { consultations: [consultation()] }, events: CONSULTED, today: "2025-03-31", input: { consultationId: "c1" }, to: "in_progress", event: "consultationEnded", letter: null },
  { name: "notify an objecting third party of disclosure", action: "notifyThirdParty", actor: "reviewer", snap: { consultations: [objecting] }, today: "2025-03-17", input: { consultationId: "c1", information: "合同金额", reasons: "涉及重大公共利益" }, to: "in_progress", event: "thirdPartyNotified", letter: "thirdPartyNotice" },
  { name: "record delivery to the third party: the release wait starts", action: "recordThirdPartyDelivery", actor: "clerk", snap: { consultations: [{ ...objecting, thirdPartyNotified: true }] }, today: "2025-03-19", input: { consultationId: "c1", deliveredOn: "2025-03-18" }, to: "in_progress", event: "releaseWaitStarted", letter: null },
  { name: "end the release wait on its last day", action: "endReleaseWait", actor: "system", snap: { releaseWaits: [wait] }, events: WAITING, today: RELEASE_ON, input: { releaseWaitId: "w1" }, to: "in_progress", event: "releaseWaitEnded", letter: null },
  // 条例第三十三条第一款
  { name: "propose a 20-working-day extension", action: "proposeExtension", actor: "clerk", input: { workingDays: 20, reason: "需调取档案" }, to: "in_progress", event: "extensionProposed", letter: null },
  { name: "propose an extension after a refused one", action: "proposeExtension", actor: "clerk", snap: { extensions: [{ workingDays: 20, state: "refused" }] }, input: { workingDays: 10, reason: "需调取档案" }, to: "in_progress", event: "extensionProposed", letter: null },
  { name: "approve the extension on the due date", action: "approveExtension", actor: "reviewer", snap: { extensions: [{ workingDays: 20, state: "proposed" }] }, today: "2025-03-31", to: "in_progress", event: "extensionApproved", letter: "extensionNotice" },
  { name: "approve while the clock is paused", action: "approveExtension", actor: "reviewer", snap: { extensions: [{ workingDays: 20, state: "proposed" }] }, today: "2025-04-02", events: FEE_RECEIVED, to: "in_progress", event: "extensionApproved", letter: "extensionNotice" },
  { name: "approve during review", action: "approveExtension", actor: "reviewer", snap: { ...inReview, extensions: [{ workingDays: 5, state: "proposed" }] }, to: "in_review", event: "extensionApproved", letter: "extensionNotice" },
  { name: "refuse the extension", action: "refuseExtension", actor: "reviewer", snap: { extensions: [{ workingDays: 20, state: "proposed" }] }, input: { reason: "无需延期" }, to: "in_progress", event: "extensionRefused", letter: null },
  // 《政府信息公开信息处理费管理办法》
  { name: "propose a per-page fee (150 pages: 1,700 元)", action: "proposeFee", actor: "clerk", input: { method: "perPage", pages: 150 }, to: "in_progress", event: "feeProposed", letter: null },
  { name: "propose a per-item fee (12th item: 100 元)", action: "proposeFee", actor: "clerk", input: { method: "perItem", priorItemsThisMonth: 11 }, to: "in_progress", event: "feeProposed", letter: null },
  { name: "propose again after a cancelled fee of the other method", action: "proposeFee", actor: "clerk", snap: { feeNotices: [fee({ state: "cancelled", method: "perItem" })] }, input: { method: "perPage", pages: 150 }, to: "in_progress", event: "feeProposed", letter: null },
  { name: "a reviewer approves: 收费通知书", action: "approveFee", actor: "reviewer", snap: { feeNotices: [fee({ state: "proposed", issuedOn: null, receivedOn: null })] }, to: "in_progress", event: "feeNoticeIssued", letter: "feeNotice" },
  { name: "a reviewer refuses the fee", action: "refuseFee", actor: "reviewer", snap: { feeNotices: [fee({ state: "proposed", issuedOn: null, receivedOn: null })] }, input: { reason: "不符合收费条件" }, to: "in_progress", event: "feeRefused", letter: null },
  { name: "record delivery of a mailed fee notice", action: "recordFeeNoticeDelivery", actor: "clerk", snap: { feeNotices: [fee({ receivedOn: null })] }, today: "2025-03-13", input: { deliveredOn: "2025-03-12" }, to: "in_progress", event: "feeNoticeReceived", letter: null },
  { name: "the applicant accepts the fee", action: "acceptFee", actor: "citizen", snap: { feeNotices: [fee()] }, to: "in_progress", event: "feeAccepted", letter: null },
  { name: "the applicant declines the fee: closed as abandoned", action: "declineFee", actor: "citizen", snap: { feeNotices: [fee()] }, input: {}, to: "closed", event: "feeDeclined", letter: "closingNotice", decision: "abandonedFeeUnpaid" },
  { name: "a clerk records a written refusal to pay", action: "declineFee", actor: "clerk", snap: { feeNotices: [fee()] }, input: { statement: "申请人来函表示不缴费" }, to: "closed", event: "feeDeclined", letter: "closingNotice", decision: "abandonedFeeUnpaid" },
  { name: "record payment on the last day (2025-04-08)", action: "recordFeePayment", actor: "clerk", snap: { feeNotices: [fee()] }, events: FEE_RECEIVED, today: "2025-04-08", input: { paidOn: "2025-04-08", receiptNumber: "NO.0012345" }, to: "in_progress", event: "feePaid", letter: null },
  { name: "reduce the fee: a new notice", action: "reduceFee", actor: "reviewer", snap: { feeNotices: [fee()] }, input: { amountYuan: 1000, reason: "申请人经济困难" }, to: "in_progress", event: "feeReduced", letter: "feeNotice" },
  { name: "cancel the fee", action: "cancelFee", actor: "reviewer", snap: { feeNotices: [fee()] }, input: { reason: "申请人经济困难" }, to: "in_progress", event: "feeCancelled", letter: null },
  { name: "the worker closes an unpaid fee the day after the deadline", action: "closeForUnpaidFee", actor: "system", snap: { feeNotices: [fee()] }, events: FEE_RECEIVED, today: "2025-04-09", to: "closed", event: "feeUnpaidClosed", letter: "closingNotice", decision: "abandonedFeeUnpaid" },
  // Drafting, review and reply (条例第三十六至三十九条, 第四十五条)
  ...COMPLETE_DRAFTS.map(
    (draft): Allowed => ({
      name: `draft a ${draft.decision} reply`,
      action: "draftDecision",
      actor: "clerk",
      snap: { correction: correction({ receivedOn: "2025-03-10" }), explanationRequestedOn: "2025-03-04" },
      input: draft,
      to: "in_progress",
      event: "decisionDrafted",
      letter: null,
    }),
  ),
  { name: "submit the draft", action: "submitForReview", actor: "clerk", snap: { draft: disclosedDraft }, to: "in_review", event: "draftSubmitted", letter: null },
  { name: "submit a not-held draft during a release wait", action: "submitForReview", actor: "clerk", snap: { draft: notHeldDraft, releaseWaits: [wait] }, to: "in_review", event: "draftSubmitted", letter: null },
  { name: "submit with the fee paid", action: "submitForReview", actor: "clerk", snap: { draft: disclosedDraft, feeNotices: [fee({ state: "paid", paidOn: "2025-03-20" })] }, to: "in_review", event: "draftSubmitted", letter: null },
  { name: "disclose over an objection after the notice and the wait (条例第三十二条)", action: "submitForReview", actor: "clerk", snap: { draft: disclosedDraft, consultations: [{ ...objecting, thirdPartyNotified: true }], releaseWaits: [{ ...wait, endedOn: RELEASE_ON }] }, to: "in_review", event: "draftSubmitted", letter: null },
  { name: "partly disclose, withholding the third party's part (第十五条)", action: "submitForReview", actor: "clerk", snap: { draft: partlyDraft, consultations: [objecting] }, to: "in_review", event: "draftSubmitted", letter: null },
  { name: "refuse on third-party grounds after an objection", action: "submitForReview", actor: "clerk", snap: { draft: thirdPartyRefusalDraft, consultations: [objecting] }, to: "in_review", event: "draftSubmitted", letter: null },
  { name: "approve the reply: numbered 答复书", action: "approveReply", actor: "reviewer", snap: inReview, to: "replied", event: "replyApproved", letter: "reply", decision: "disclosed" },
  { name: "approve an overdue reply (late, but it must still be issued)", action: "approveReply", actor: "reviewer", snap: inReview, ...overdue, to: "replied", event: "replyApproved", letter: "reply", decision: "disclosed" },
  { name: "return the draft with a comment", action: "returnDraft", actor: "reviewer", snap: inReview, input: { comment: "请补充获取方式" }, to: "in_progress", event: "draftReturned", letter: null },
  // The applicant (workflow.md §6)
  ...(["submitted", "in_progress", "awaiting_correction", "in_review"] as const).map(
    (status): Allowed => ({
      name: `the applicant withdraws while ${status}`,
      action: "withdraw",
      actor: "citizen",
      snap: { status, ...(status === "awaiting_correction" ? { correction: correction() } : {}) },
      input: {},
      to: "closed",
      event: "withdrawn",
      letter: "withdrawalConfirmation",
      decision: "withdrawn",
    }),
  ),
  { name: "a clerk records a written withdrawal", action: "withdraw", actor: "clerk", input: { reason: "2025-03-05 申请人来函撤回" }, to: "closed", event: "withdrawn", letter: "withdrawalConfirmation", decision: "withdrawn" },
  { name: "the applicant rates the reply", action: "rate", actor: "citizen", snap: replied, input: { score: 5, comment: "" }, to: "replied", event: "rated", letter: null },
  { name: "the applicant rates an archived reply", action: "rate", actor: "citizen", snap: { ...replied, archived: true }, input: { score: 4, comment: "" }, to: "replied", event: "rated", letter: null },
  { name: "the applicant forwards a （五） reply to the agency on the platform it names", action: "referToResponsibleAgency", actor: "citizen", snap: notThisAgencyOnPlatform, to: "replied", event: "referredToResponsibleAgency", letter: null },
  { name: "the applicant forwards it after the archiving", action: "referToResponsibleAgency", actor: "citizen", snap: { ...notThisAgencyOnPlatform, archived: true }, to: "replied", event: "referredToResponsibleAgency", letter: null },
  // After the reply
  { name: "record delivery", action: "recordDelivery", actor: "clerk", snap: replied, today: "2025-03-21", input: { method: "registered_mail", deliveredOn: "2025-03-21" }, to: "replied", event: "delivered", letter: null },
  { name: "archive a delivered reply", action: "archive", actor: "clerk", snap: { ...replied, deliveredOn: "2025-03-21" }, to: "replied", event: "archived", letter: null },
  { name: "archive an abandoned application after delivery of the closing notice", action: "archive", actor: "clerk", snap: { status: "closed", decision: "abandonedFeeUnpaid", deliveredOn: "2025-04-10" }, to: "closed", event: "archived", letter: null },
  { name: "archive a withdrawn application", action: "archive", actor: "clerk", snap: { status: "closed", decision: "withdrawn" }, to: "closed", event: "archived", letter: null },
  { name: "catalogue draft from a disclosed reply (第四十四条)", action: "createCatalogueDraft", actor: "clerk", snap: { ...replied, archived: true }, to: "replied", event: "catalogueDraftCreated", letter: null },
  { name: "reopen after a reconsideration decision", action: "reopenForNewReply", actor: "reviewer", snap: { ...replied, archived: true }, today: "2025-06-01", input: { orderedBy: "reconsideration", orderReference: "津南政复决〔2025〕1号", orderedOn: "2025-05-30" }, to: "in_progress", event: "reopenedForNewReply", letter: null },
  { name: "reopen an abandoned application after a court judgment", action: "reopenForNewReply", actor: "reviewer", snap: { status: "closed", decision: "abandonedNoCorrection", finishedOn: "2025-03-27" }, today: "2025-09-01", input: { orderedBy: "court", orderReference: "（2025）津0112行初1号", orderedOn: "2025-08-30" }, to: "in_progress", event: "reopenedForNewReply", letter: null },
  // Records
  ...APPLICATION_STATUSES.map(
    (status): Allowed => ({ name: `internal note while ${status}`, action: "internalNote", actor: "reviewer", snap: { status }, input: { text: "已电话联系申请人" }, to: status, event: "note", letter: null }),
  ),
  { name: "a reviewer assigns a clerk", action: "assign", actor: "reviewer", input: { assignee: { userId: "u2", role: "clerk", agencyId: "agency-a" } }, to: "in_progress", event: "assigned", letter: null },
  { name: "an admin assigns a clerk", action: "assign", actor: "admin", snap: { status: "submitted", receivedOn: null }, input: { assignee: { userId: "u2", role: "clerk", agencyId: "agency-a" } }, to: "submitted", event: "assigned", letter: null },
];

const REFUSED: Refused[] = [
  // 条例第三十一条
  { name: "online receipt dated other than the confirmation day", action: "confirmReceipt", actor: "clerk", snap: { status: "submitted", receivedOn: null }, input: { receivedOn: "2025-03-04" }, reason: /应为今天/ },
  { name: "receipt in the future", action: "confirmReceipt", actor: "clerk", snap: { status: "submitted", receivedOn: null, channel: "fax" }, input: { receivedOn: "2025-03-06" }, reason: /不能晚于今天/ },
  { name: "receipt with no date", action: "confirmReceipt", actor: "clerk", snap: { status: "submitted", receivedOn: null }, input: { receivedOn: "3月5日" }, reason: /有效的收到申请之日/ },
  // 条例第三十条
  { name: "a second correction (once only)", action: "requestCorrection", actor: "clerk", snap: { correction: correction({ receivedOn: "2025-03-10" }) }, input: { points: ["再补"], deadlineOn: "2025-04-30" }, reason: /只能一次性发出/ },
  { name: "correction after 7 working days (day 8 is 2025-03-13)", action: "requestCorrection", actor: "clerk", today: "2025-03-13", input: { points: ["写明文件名称"], deadlineOn: "2025-04-30" }, reason: /7个工作日内.*2025-03-12/ },
  { name: "a correction deadline shorter than the agency's 15 working days", action: "requestCorrection", actor: "clerk", input: { points: ["写明文件名称"], deadlineOn: "2025-03-20" }, reason: /不得短于本机关规定的15个工作日.*2025-03-26/ },
  { name: "a correction with no points", action: "requestCorrection", actor: "clerk", input: { points: [], deadlineOn: "2025-03-26" }, reason: /逐项列明/ },
  { name: "a correction with a blank point", action: "requestCorrection", actor: "clerk", input: { points: ["写明名称", " "], deadlineOn: "2025-03-26" }, reason: /逐项列明/ },
  { name: "a correction deadline in the past", action: "requestCorrection", actor: "clerk", input: { points: ["x"], deadlineOn: "2025-03-05" }, reason: /须晚于今天/ },
  { name: "an empty correction answer", action: "answerCorrection", actor: "citizen", snap: awaiting(), input: { text: "" }, reason: /补正内容/ },
  { name: "a correction received after the deadline (the reviewer decides)", action: "confirmCorrection", actor: "clerk", snap: awaiting(), today: "2025-03-28", input: { receivedOn: "2025-03-27" }, reason: /审核人决定/ },
  { name: "an online correction dated before its confirmation", action: "confirmCorrection", actor: "clerk", snap: awaiting({ answeredOn: "2025-03-20" }), today: "2025-03-21", input: { receivedOn: "2025-03-20" }, reason: /确认之日/ },
  { name: "a correction received before it was requested", action: "confirmCorrection", actor: "clerk", snap: awaiting(), input: { receivedOn: "2025-03-04" }, reason: /不能早于补正告知日/ },
  { name: "queueing on the deadline day itself", action: "correctionDeadlinePassed", actor: "system", snap: awaiting(), today: "2025-03-26", reason: /尚未届满/ },
  { name: "queueing twice", action: "correctionDeadlinePassed", actor: "system", snap: awaiting({ expiryRecorded: true }), today: "2025-03-27", reason: /已记录/ },
  { name: "queueing a correction answered in time", action: "correctionDeadlinePassed", actor: "system", snap: awaiting({ answeredOn: "2025-03-26" }), today: "2025-03-27", reason: /期限内提交补正/ },
  { name: "abandonment before the deadline", action: "confirmAbandonment", actor: "reviewer", snap: awaiting(), today: "2025-03-26", input: { reason: "x" }, reason: /尚未届满/ },
  { name: "abandonment by a clerk", action: "confirmAbandonment", actor: "clerk", snap: awaiting(), today: "2025-03-27", input: { reason: "x" }, reason: /经办人不能办理/ },
  { name: "abandonment by the worker (nothing closes by itself)", action: "confirmAbandonment", actor: "system", snap: awaiting(), today: "2025-03-27", input: { reason: "x" }, reason: /系统不能办理/ },
  { name: "abandonment although answered in time", action: "confirmAbandonment", actor: "reviewer", snap: awaiting({ answeredOn: "2025-03-20" }), today: "2025-03-27", input: { reason: "x" }, reason: /期限内提交补正/ },
  { name: "abandonment without a reason", action: "confirmAbandonment", actor: "reviewer", snap: awaiting(), today: "2025-03-27", input: { reason: "" }, reason: /请填写/ },
  { name: "accepting a late correction before the deadline", action: "acceptLateCorrection", actor: "reviewer", snap: awaiting(), today: "2025-03-20", input: { receivedOn: "2025-03-20", reason: "x" }, reason: /尚未届满/ },
  { name: "accepting a late correction without a reason", action: "acceptLateCorrection", actor: "reviewer", snap: awaiting(), today: "2025-03-28", input: { receivedOn: "2025-03-27", reason: "" }, reason: /正当理由/ },
  // 一事一申请
  { name: "splitting a sub-application", action: "split", actor: "clerk", snap: { parentId: "app-0", requestItemCount: 2 }, input: { reason: "x", parts: [[0], [1]] }, reason: /不再拆分/ },
  { name: "splitting twice", action: "split", actor: "clerk", snap: { hasSubApplications: true, requestItemCount: 2 }, input: { reason: "x", parts: [[0], [1]] }, reason: /已拆分/ },
  { name: "any other step on a split application (its sub-applications carry it)", action: "startConsultation", actor: "clerk", snap: { hasSubApplications: true }, input: { kind: "thirdParty", consultee: "x", information: "x", sentOn: "2025-03-05" }, reason: /已拆分，请在拆分后的申请中办理/ },
  { name: "withdrawing a split application (withdraw a sub-application)", action: "withdraw", actor: "clerk", snap: { hasSubApplications: true }, input: { reason: "电话撤回" }, reason: /已拆分/ },
  { name: "splitting a one-item application", action: "split", actor: "clerk", input: { reason: "x", parts: [[0], [0]] }, reason: /无需拆分/ },
  { name: "splitting with a fee notice open", action: "split", actor: "clerk", snap: { requestItemCount: 2, feeNotices: [fee()] }, input: { reason: "x", parts: [[0], [1]] }, reason: /收费通知/ },
  { name: "splitting into one part", action: "split", actor: "clerk", snap: { requestItemCount: 2 }, input: { reason: "x", parts: [[0, 1]] }, reason: /至少要形成两个/ },
  { name: "splitting an item twice", action: "split", actor: "clerk", snap: { requestItemCount: 2 }, input: { reason: "x", parts: [[0, 1], [1]] }, reason: /不能分到两个/ },
  { name: "splitting and leaving an item out", action: "split", actor: "clerk", snap: { requestItemCount: 3 }, input: { reason: "x", parts: [[0], [1]] }, reason: /每一项/ },
  { name: "splitting with an unknown item", action: "split", actor: "clerk", snap: { requestItemCount: 2 }, input: { reason: "x", parts: [[0], [5]] }, reason: /不存在/ },
  { name: "splitting without a reason", action: "split", actor: "clerk", snap: { requestItemCount: 2 }, input: { reason: "", parts: [[0], [1]] }, reason: /拆分理由/ },
  // 条例第三十五条
  { name: "asking for reasons twice", action: "requestExplanation", actor: "clerk", snap: { explanationRequestedOn: "2025-03-04" }, input: { question: "x", answerBy: "2025-03-12" }, reason: /已要求/ },
  { name: "a later reply date without asking for reasons first", action: "setLaterReplyDate", actor: "reviewer", input: { replyOn: "2025-05-30", reason: "x" }, reason: /须先要求申请人说明理由/ },
  { name: "a later reply date not after the due date", action: "setLaterReplyDate", actor: "reviewer", snap: { explanationRequestedOn: "2025-03-04" }, input: { replyOn: "2025-03-31", reason: "x" }, reason: /应晚于现行答复期限（2025-03-31）/ },
  { name: "a later reply date set when already overdue", action: "setLaterReplyDate", actor: "reviewer", snap: { explanationRequestedOn: "2025-03-04" }, ...overdue, input: { replyOn: "2025-05-30", reason: "x" }, reason: /答复期限（2025-03-31）届满前/ },
  { name: "a later reply date by a clerk", action: "setLaterReplyDate", actor: "clerk", snap: { explanationRequestedOn: "2025-03-04" }, input: { replyOn: "2025-05-30", reason: "x" }, reason: /经办人不能办理/ },
  // Consultations
  { name: "a consultation sent before receipt", action: "startConsultation", actor: "clerk", input: { kind: "thirdParty", consultee: "x", information: "x", sentOn: "2025-03-01" }, reason: /不能早于收到申请之日/ },
  { name: "a consultation by e-mail dated another day (the e-mail is the sending)", action: "startConsultation", actor: "clerk", input: { kind: "thirdParty", consultee: "x", information: "x", sentOn: "2025-03-04", email: "a@b.example" }, reason: /发出之日为今天/ },
  { name: "a consultation of an unknown kind", action: "startConsultation", actor: "clerk", input: { kind: "friend", consultee: "x", information: "x", sentOn: "2025-03-05" }, reason: /对象类型/ },
  { name: "delivery before sending", action: "recordConsultationDelivery", actor: "clerk", snap: { consultations: [consultation({ deliveredOn: null })] }, input: { consultationId: "c1", deliveredOn: "2025-03-04" }, reason: /不能早于发出之日/ },
  { name: "delivery of an unknown consultation", action: "recordConsultationDelivery", actor: "clerk", snap: { consultations: [consultation({ deliveredOn: null })] }, input: { consultationId: "zz", deliveredOn: "2025-03-05" }, reason: /不存在或已结束/ },
  { name: "an opinion on an ended consultation", action: "recordConsultationOpinion", actor: "clerk", snap: { consultations: [consultation(), consultation({ id: "c2", endedOn: "2025-03-28" })] }, input: { consultationId: "c2", receivedOn: "2025-03-05", objects: false, summary: "x" }, reason: /不存在或已结束/ },
  { name: "the worker ending a consultation on its last day", action: "endConsultation", actor: "system", snap: { consultations: [consultation()] }, events: CONSULTED, today: "2025-03-28", input: { consultationId: "c1" }, reason: /没有期限已届满的征求意见/ },
  { name: "a clerk ending a consultation the worker has just ended", action: "endConsultation", actor: "clerk", snap: { consultations: [consultation({ endedOn: "2025-03-31" })] }, events: CONSULTED, today: "2025-03-31", input: { consultationId: "c1" }, reason: /征求意见已结束（期限届满未收到意见的，系统已于届满次日自动结束）/ },
  { name: "a clerk ending a consultation before its deadline (another one has expired)", action: "endConsultation", actor: "clerk", snap: { consultations: [consultation(), consultation({ id: "c2", sentOn: "2025-03-20", deliveredOn: null })] }, events: [...CONSULTED, { type: "consultationSent", on: "2025-03-20", pauseId: "c2", consultee: "otherAgency" }], today: "2025-03-31", input: { consultationId: "c2" }, reason: /至2025-04-\d\d，尚未届满；收到意见的，请记录反馈意见/ },
  { name: "notifying a third party that consented", action: "notifyThirdParty", actor: "reviewer", snap: { consultations: [consultation({ opinion: { receivedOn: "2025-03-14", objects: false } })] }, input: { consultationId: "c1", information: "x", reasons: "x" }, reason: /没有不同意公开/ },
  { name: "a clerk deciding to disclose over an objection", action: "notifyThirdParty", actor: "clerk", snap: { consultations: [objecting] }, input: { consultationId: "c1", information: "x", reasons: "x" }, reason: /经办人不能办理/ },
  { name: "ending the release wait early", action: "endReleaseWait", actor: "system", snap: { releaseWaits: [wait] }, events: WAITING, today: DAY_BEFORE_RELEASE, input: { releaseWaitId: "w1" }, reason: /没有已到公开日期的等待期/ },
  // 条例第三十三条第一款
  { name: "an extension over 20 working days", action: "proposeExtension", actor: "clerk", input: { workingDays: 21, reason: "x" }, reason: /1至20个工作日/ },
  { name: "an extension of 0 days", action: "proposeExtension", actor: "clerk", input: { workingDays: 0, reason: "x" }, reason: /1至20个工作日.*「0」/ },
  { name: "an extension of 2.5 days", action: "proposeExtension", actor: "clerk", input: { workingDays: 2.5, reason: "x" }, reason: /1至20个工作日.*「2.5」/ },
  { name: "an extension without a reason", action: "proposeExtension", actor: "clerk", input: { workingDays: 5, reason: " " }, reason: /延期理由/ },
  { name: "a second extension", action: "proposeExtension", actor: "clerk", snap: { extensions: [{ workingDays: 5, state: "approved" }] }, input: { workingDays: 5, reason: "x" }, reason: /只能一次/ },
  { name: "a proposal while one is pending", action: "proposeExtension", actor: "clerk", snap: { extensions: [{ workingDays: 5, state: "proposed" }] }, input: { workingDays: 5, reason: "x" }, reason: /待审核人审批/ },
  { name: "a proposal when already overdue", action: "proposeExtension", actor: "clerk", ...overdue, input: { workingDays: 5, reason: "x" }, reason: /答复期限（2025-03-31）届满前/ },
  { name: "an approval after the due date", action: "approveExtension", actor: "reviewer", snap: { extensions: [{ workingDays: 20, state: "proposed" }] }, ...overdue, reason: /答复期限（2025-03-31）届满前/ },
  { name: "an approval by a clerk", action: "approveExtension", actor: "clerk", snap: { extensions: [{ workingDays: 20, state: "proposed" }] }, reason: /经办人不能办理/ },
  { name: "an approval with nothing proposed", action: "approveExtension", actor: "reviewer", reason: /没有待审批/ },
  // Fees
  { name: "both fee methods at once", action: "proposeFee", actor: "clerk", input: { method: "perPage", pages: 150, priorItemsThisMonth: 11 }, reason: /不能同时按两种方式/ },
  { name: "a second method while a notice of the other is issued", action: "proposeFee", actor: "clerk", snap: { feeNotices: [fee({ method: "perItem", amountYuan: 100 })] }, input: { method: "perPage", pages: 150 }, reason: /已有收费通知/ },
  { name: "a fee that computes to nothing (30 pages)", action: "proposeFee", actor: "clerk", input: { method: "perPage", pages: 30 }, reason: /0元/ },
  { name: "a fee on the applicant's 10th item", action: "proposeFee", actor: "clerk", input: { method: "perItem", priorItemsThisMonth: 9 }, reason: /0元/ },
  { name: "a negative page count (lib/fees refuses)", action: "proposeFee", actor: "clerk", input: { method: "perPage", pages: -3 }, reason: /页数/ },
  { name: "no method", action: "proposeFee", actor: "clerk", input: { method: "free" }, reason: /按件计收或按量计收/ },
  { name: "a fee while another is open", action: "proposeFee", actor: "clerk", snap: { feeNotices: [fee()] }, input: { method: "perPage", pages: 150 }, reason: /已有收费通知/ },
  { name: "a fee after the applicant paid one", action: "proposeFee", actor: "clerk", snap: { feeNotices: [fee({ state: "paid", paidOn: "2025-03-20" })] }, input: { method: "perPage", pages: 150 }, reason: /已缴费/ },
  { name: "a fee on a split application", action: "proposeFee", actor: "clerk", snap: { hasSubApplications: true, requestItemCount: 2 }, input: { method: "perPage", pages: 150 }, reason: /拆分后的申请中收费/ },
  { name: "a fee proposed when overdue", action: "proposeFee", actor: "clerk", ...overdue, input: { method: "perPage", pages: 150 }, reason: /答复期限（2025-03-31）内发出/ },
  { name: "a fee notice issued after the reply period", action: "approveFee", actor: "reviewer", snap: { feeNotices: [fee({ state: "proposed", issuedOn: null, receivedOn: null })] }, ...overdue, reason: /答复期限（2025-03-31）内发出/ },
  { name: "a fee approved by a clerk", action: "approveFee", actor: "clerk", snap: { feeNotices: [fee({ state: "proposed", issuedOn: null, receivedOn: null })] }, reason: /经办人不能办理/ },
  { name: "payment after the deadline", action: "recordFeePayment", actor: "clerk", snap: { feeNotices: [fee()] }, events: FEE_RECEIVED, today: "2025-04-10", input: { paidOn: "2025-04-09", receiptNumber: "x" }, reason: /晚于缴费期限（2025-04-08）/ },
  { name: "payment without a receipt number", action: "recordFeePayment", actor: "clerk", snap: { feeNotices: [fee()] }, today: "2025-03-20", input: { paidOn: "2025-03-20", receiptNumber: "" }, reason: /票据/ },
  { name: "payment before the notice", action: "recordFeePayment", actor: "clerk", snap: { feeNotices: [fee()] }, today: "2025-03-12", input: { paidOn: "2025-03-09", receiptNumber: "x" }, reason: /不能早于收费通知发出之日/ },
  { name: "an increase dressed as a reduction", action: "reduceFee", actor: "reviewer", snap: { feeNotices: [fee()] }, input: { amountYuan: 1800, reason: "x" }, reason: /小于原金额（1700元）/ },
  { name: "a reduction to nothing", action: "reduceFee", actor: "reviewer", snap: { feeNotices: [fee()] }, input: { amountYuan: 0, reason: "x" }, reason: /取消收费/ },
  { name: "cancelling without a reason", action: "cancelFee", actor: "reviewer", snap: { feeNotices: [fee()] }, input: { reason: "" }, reason: /理由/ },
  { name: "closing on the payment deadline itself", action: "closeForUnpaidFee", actor: "system", snap: { feeNotices: [fee()] }, events: FEE_RECEIVED, today: "2025-04-08", reason: /尚未届满/ },
  { name: "closing when the mailed notice's receipt is unknown", action: "closeForUnpaidFee", actor: "system", snap: { feeNotices: [fee({ receivedOn: null })] }, today: "2025-06-01", reason: /缴费期限尚不确定/ },
  { name: "closing a paid fee", action: "closeForUnpaidFee", actor: "system", snap: { feeNotices: [fee({ state: "paid", paidOn: "2025-03-20" })] }, today: "2025-06-01", reason: /没有待缴费/ },
  { name: "a clerk declining without the applicant's statement", action: "declineFee", actor: "clerk", snap: { feeNotices: [fee()] }, input: { statement: "" }, reason: /不同意缴费的表示/ },
  { name: "declining with no notice", action: "declineFee", actor: "citizen", input: {}, reason: /没有待缴费/ },
  // Drafts and replies
  { name: "an incomplete draft", action: "draftDecision", actor: "clerk", input: { decision: "notThisAgency", reasons: "不属于本机关" }, reason: /负责公开该信息的行政机关名称/ },
  { name: "unclear after correction without a correction", action: "draftDecision", actor: "clerk", input: { decision: "unclearAfterCorrection", reasons: "", stillUnclear: "x" }, reason: /经补正后仍不明确/ },
  { name: "unreasonable volume without asking for reasons", action: "draftDecision", actor: "clerk", input: { decision: "unreasonableVolume", reasons: "", explanation: { given: "x", whyNotAccepted: "y" } }, reason: /须先要求申请人说明理由/ },
  { name: "a repeat citing a future reply", action: "draftDecision", actor: "clerk", input: { decision: "repeat", reasons: "", earlierReply: { number: "x", date: "2025-04-01" } }, reason: /不能晚于今天/ },
  { name: "drafting a closing decision", action: "draftDecision", actor: "clerk", input: { decision: "withdrawn", reasons: "x" }, reason: /不能通过答复书作出/ },
  { name: "drafting on a split application", action: "draftDecision", actor: "clerk", snap: { hasSubApplications: true, requestItemCount: 2 }, input: disclosedDraft, reason: /分别答复/ },
  { name: "submitting with no draft", action: "submitForReview", actor: "clerk", reason: /尚未起草/ },
  { name: "submitting with a consultation open", action: "submitForReview", actor: "clerk", snap: { draft: disclosedDraft, consultations: [consultation()] }, reason: /征求意见/ },
  { name: "submitting with a fee unpaid", action: "submitForReview", actor: "clerk", snap: { draft: disclosedDraft, feeNotices: [fee()] }, reason: /收费通知/ },
  { name: "disclosing before the release wait ends", action: "submitForReview", actor: "clerk", snap: { draft: disclosedDraft, releaseWaits: [wait] }, reason: /等待期尚未届满/ },
  { name: "disclosing over an objection without telling the third party", action: "submitForReview", actor: "clerk", snap: { draft: disclosedDraft, consultations: [objecting] }, reason: /书面告知第三方/ },
  { name: "disclosing over an objection before the notice was delivered", action: "submitForReview", actor: "clerk", snap: { draft: disclosedDraft, consultations: [{ ...objecting, thirdPartyNotified: true }] }, reason: /送达第三方的日期/ },
  { name: "approving a disclosure over an objection during the wait", action: "approveReply", actor: "reviewer", snap: { ...inReview, consultations: [{ ...objecting, thirdPartyNotified: true }], releaseWaits: [wait] }, reason: /等待期尚未届满/ },
  { name: "approving with a consultation opened during review", action: "approveReply", actor: "reviewer", snap: { ...inReview, consultations: [consultation()] }, reason: /征求意见/ },
  { name: "approving by a clerk", action: "approveReply", actor: "clerk", snap: inReview, reason: /经办人不能办理/ },
  { name: "approving a draft still in progress", action: "approveReply", actor: "reviewer", snap: { draft: disclosedDraft }, reason: /当前状态为“办理中”/ },
  { name: "returning without a comment", action: "returnDraft", actor: "reviewer", snap: inReview, input: { comment: "" }, reason: /退回意见/ },
  // The applicant
  { name: "withdrawing after the reply", action: "withdraw", actor: "citizen", snap: replied, input: {}, reason: /当前状态为“已答复”/ },
  { name: "a clerk recording a withdrawal with no details", action: "withdraw", actor: "clerk", input: { reason: "" }, reason: /撤回申请的方式/ },
  { name: "forwarding twice (条例第三十六条第五项)", action: "referToResponsibleAgency", actor: "citizen", snap: { ...notThisAgencyOnPlatform, referredOn: "2025-03-21" }, reason: /已于2025-03-21转交/ },
  { name: "forwarding a reply that names no agency on the platform", action: "referToResponsibleAgency", actor: "citizen", snap: { ...notThisAgencyOnPlatform, draft: { ...notThisAgencyOnPlatform.draft, responsibleAgency: { name: "天津市财政局" } } }, reason: /本平台上的负责机关/ },
  { name: "forwarding another decision", action: "referToResponsibleAgency", actor: "citizen", snap: replied, reason: /不属于本机关负责公开/ },
  { name: "forwarding before the reply", action: "referToResponsibleAgency", actor: "citizen", reason: /当前状态为“办理中”/ },
  { name: "a clerk forwarding the applicant's request", action: "referToResponsibleAgency", actor: "clerk", snap: notThisAgencyOnPlatform, reason: /经办人不能办理/ },
  { name: "rating twice", action: "rate", actor: "citizen", snap: { ...replied, rated: true }, input: { score: 5, comment: "" }, reason: /已评价/ },
  { name: "rating 6", action: "rate", actor: "citizen", snap: replied, input: { score: 6, comment: "" }, reason: /1至5分/ },
  { name: "rating before the reply", action: "rate", actor: "citizen", input: { score: 5, comment: "" }, reason: /当前状态为“办理中”/ },
  // After the reply
  { name: "delivery before the reply", action: "recordDelivery", actor: "clerk", snap: replied, today: "2025-03-21", input: { method: "online", deliveredOn: "2025-03-19" }, reason: /不能早于答复/ },
  { name: "delivery by carrier pigeon", action: "recordDelivery", actor: "clerk", snap: replied, today: "2025-03-21", input: { method: "pigeon", deliveredOn: "2025-03-21" }, reason: /送达方式/ },
  { name: "delivery recorded twice", action: "recordDelivery", actor: "clerk", snap: { ...replied, deliveredOn: "2025-03-21" }, input: { method: "online", deliveredOn: "2025-03-21" }, reason: /已记录送达/ },
  { name: "archiving an undelivered reply", action: "archive", actor: "clerk", snap: replied, reason: /先记录答复书（告知书）的送达/ },
  { name: "archiving an abandoned application before its closing notice was delivered", action: "archive", actor: "clerk", snap: { status: "closed", decision: "abandonedNoCorrection" }, reason: /送达/ },
  { name: "archiving twice", action: "archive", actor: "clerk", snap: { ...replied, deliveredOn: "2025-03-21", archived: true }, reason: /已归档/ },
  { name: "archiving an open application", action: "archive", actor: "clerk", reason: /当前状态为“办理中”/ },
  { name: "a catalogue draft from a not-held reply", action: "createCatalogueDraft", actor: "clerk", snap: { ...replied, decision: "notHeld" }, reason: /予以公开或部分公开/ },
  { name: "a second catalogue draft", action: "createCatalogueDraft", actor: "clerk", snap: { ...replied, catalogueDraftCreated: true }, reason: /已生成/ },
  { name: "reopening a withdrawn application", action: "reopenForNewReply", actor: "reviewer", snap: { status: "closed", decision: "withdrawn" }, input: { orderedBy: "court", orderReference: "x", orderedOn: "2025-03-05" }, reason: /已撤回/ },
  { name: "reopening without the order's number", action: "reopenForNewReply", actor: "reviewer", snap: replied, today: "2025-06-01", input: { orderedBy: "court", orderReference: "", orderedOn: "2025-05-30" }, reason: /文号/ },
  { name: "reopening by a clerk", action: "reopenForNewReply", actor: "clerk", snap: replied, input: { orderedBy: "court", orderReference: "x", orderedOn: "2025-03-05" }, reason: /经办人不能办理/ },
  // Records
  { name: "an empty note", action: "internalNote", actor: "clerk", input: { text: "" }, reason: /备注内容/ },
  { name: "assigning staff of another agency", action: "assign", actor: "reviewer", input: { assignee: { userId: "u9", role: "clerk", agencyId: OTHER_AGENCY } }, reason: /本机关的工作人员/ },
  { name: "assigning staff without an agency", action: "assign", actor: "reviewer", input: { assignee: { userId: "u9", role: "clerk", agencyId: null } }, reason: /本机关的工作人员/ },
  { name: "assigning a publisher", action: "assign", actor: "admin", input: { assignee: { userId: "u9", role: "publisher", agencyId: "agency-a" } }, reason: /经办人或审核人/ },
  { name: "assigning a finished application", action: "assign", actor: "reviewer", snap: replied, input: { assignee: { userId: "u2", role: "clerk", agencyId: "agency-a" } }, reason: /当前状态为“已答复”/ },
];

describe("checkAction: every transition (workflow.md §4–§6)", () => {
  it.each(ALLOWED.map((c) => [`${c.action}: ${c.name}`, c] as const))("allows %s", (_name, c) => {
    const result = check(c);
    expect(result).toMatchObject({ ok: true, to: c.to, event: c.event, letter: c.letter, decision: c.decision ?? null });
  });

  it("every action of the table has an allowed case", () => {
    const covered = new Set(ALLOWED.map((c) => c.action));
    expect(ACTION_CODES.filter((a) => !covered.has(a))).toEqual([]);
  });

  it("an approved reply records the decision's own legal basis", () => {
    const result = check({ name: "", action: "approveReply", actor: "reviewer", snap: { status: "in_review", draft: notHeldDraft } });
    expect(result).toMatchObject({ ok: true, decision: "notHeld", basis: "条例第三十六条第四项" });
  });
});

describe("checkAction: every refusal, with a Chinese reason", () => {
  it.each(REFUSED.map((c) => [`${c.action}: ${c.name}`, c] as const))("refuses %s", (_name, c) => {
    const result = check(c);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(c.reason);
  });

  it("an unknown action", () => {
    expect(check({ name: "", action: "approveEverything" as ActionCode, actor: "reviewer" })).toEqual({ ok: false, reason: "不支持的操作。" });
  });
});

const ROLES: ActorRole[] = ["citizen", "clerk", "reviewer", "publisher", "admin", "system"];
const roleActor = (role: ActorRole): WorkflowActor => (role === "system" ? actors.system : role === "citizen" ? actors.citizen : { ...actors.clerk, role });

describe("who may act (workflow.md §6)", () => {
  const wrongRoles = ACTION_CODES.flatMap((action) =>
    ROLES.filter((role) => !(TRANSITIONS[action].roles as readonly ActorRole[]).includes(role)).map((role) => [action, role] as const),
  );
  it.each(wrongRoles)("%s is refused to %s", (action, role) => {
    const result = checkAction(snapshot({ status: TRANSITIONS[action].from[0]! }), roleActor(role), action, {} as never, "2025-03-05", environment("2025-03-05"));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/不能办理/) });
  });

  const staffActions = ACTION_CODES.flatMap((action) =>
    TRANSITIONS[action].roles.filter((r) => r !== "citizen" && r !== "system").map((role) => [action, role] as const),
  );
  it.each(staffActions)("%s by a %s of another agency is refused", (action, role) => {
    const actor = { ...actors.clerk, role, agencyId: OTHER_AGENCY } as WorkflowActor;
    expect(checkAction(snapshot({ status: TRANSITIONS[action].from[0]! }), actor, action, {} as never, "2025-03-05", environment("2025-03-05"))).toEqual({
      ok: false,
      reason: "您只能办理本机关的申请。",
    });
  });

  it.each([
    ["a staff member without an agency", { ...actors.clerk, agencyId: null }, {}],
    ["a staff member with an empty agency", { ...actors.clerk, agencyId: "" }, {}],
    ["an application without an agency, staff without one", { ...actors.clerk, agencyId: "" }, { agencyId: "" }],
    ["another applicant", { ...actors.citizen, userId: "u-other" }, {}],
    ["an applicant on an application made offline (no account)", actors.citizen, { applicantUserId: null }],
    ["an applicant with no user id on an offline application", { ...actors.citizen, userId: null }, { applicantUserId: null }],
    ["an applicant with an empty id on an application with an empty id", { ...actors.citizen, userId: "" }, { applicantUserId: "" }],
  ] as const)("refuses %s (ids compared explicitly)", (_name, actor, snap) => {
    const action = actor.role === "citizen" ? "withdraw" : "internalNote";
    const result = checkAction(snapshot(snap), actor as WorkflowActor, action, { text: "x", reason: "x" } as never, "2025-03-05", environment("2025-03-05"));
    expect(result.ok).toBe(false);
    expect(availableActions(snapshot(snap), actor as WorkflowActor, "2025-03-05", environment("2025-03-05"))).toEqual([]);
  });
});

describe("which status each action starts from (workflow.md §6)", () => {
  const wrongStatuses = ACTION_CODES.flatMap((action) =>
    APPLICATION_STATUSES.filter((status) => !TRANSITIONS[action].from.includes(status)).map((status) => [action, status] as const),
  );
  it.each(wrongStatuses)("%s is refused while %s", (action, status) => {
    const role = TRANSITIONS[action].roles[0]!;
    const result = checkAction(snapshot({ status }), roleActor(role), action, {} as never, "2025-03-05", environment("2025-03-05"));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/当前状态为/) });
  });

  const notWhenArchived = ACTION_CODES.filter((action) => !TRANSITIONS[action].whenArchived);
  it.each(notWhenArchived)("%s is refused on an archived application", (action) => {
    const role = TRANSITIONS[action].roles[0]!;
    const result = checkAction(snapshot({ status: TRANSITIONS[action].from[0]!, archived: true }), roleActor(role), action, {} as never, "2025-03-05", environment("2025-03-05"));
    expect(result).toEqual({ ok: false, reason: "本申请已归档，不能再办理此操作。" });
  });
});

describe("availableActions (what the UI offers)", () => {
  const names = (s: Partial<ApplicationSnapshot>, actor: WorkflowActor, today = "2025-03-05") =>
    availableActions(snapshot(s), actor, today, environment(today)).map((a) => a.action);

  it("a clerk on a fresh application", () => {
    expect(names({}, actors.clerk)).toEqual([
      "requestCorrection",
      "requestExplanation",
      "startConsultation",
      "proposeExtension",
      "proposeFee",
      "draftDecision",
      "withdraw",
      "internalNote",
    ]);
  });

  it("no correction once 7 working days have passed (条例第三十条)", () => {
    expect(names({}, actors.clerk, "2025-03-13")).not.toContain("requestCorrection");
  });

  it("a reviewer on a draft in review", () => {
    expect(names(inReview, actors.reviewer)).toEqual(["approveReply", "returnDraft", "internalNote", "assign"]);
  });

  it("a reviewer on an expired correction: abandon or accept late (nothing closes by itself)", () => {
    expect(names(awaiting(), actors.reviewer, "2025-03-27")).toEqual(["acceptLateCorrection", "confirmAbandonment", "internalNote", "assign"]);
    expect(names(awaiting(), actors.system, "2025-03-27")).toEqual(["correctionDeadlinePassed"]);
  });

  it("the applicant while a fee notice is open", () => {
    expect(names({ feeNotices: [fee()] }, actors.citizen)).toEqual(["acceptFee", "declineFee", "withdraw"]);
  });

  it("the applicant after the reply", () => {
    expect(names(replied, actors.citizen)).toEqual(["rate"]);
    expect(names(notThisAgencyOnPlatform, actors.citizen)).toEqual(["rate", "referToResponsibleAgency"]);
  });

  it("each offer carries its label, target status and letter", () => {
    expect(availableActions(snapshot(inReview), actors.reviewer, "2025-03-05", environment("2025-03-05"))[0]).toEqual({
      action: "approveReply",
      label: "审核通过并出具答复书",
      to: "replied",
      letter: "reply",
    });
  });

  it("staff of another agency are offered nothing", () => {
    expect(names({}, { ...actors.reviewer, agencyId: OTHER_AGENCY })).toEqual([]);
  });

  it("an admin is offered only the assignment (no legal decisions)", () => {
    expect(names({}, actors.admin)).toEqual(["assign"]);
  });
});

describe("the session's Actor fits the workflow actor", () => {
  it("a logged-in clerk (lib/auth Actor) is checked like any staff member", () => {
    const actor: Actor = { userId: "u-clerk", role: "clerk", agencyId: "agency-a", name: "李经办" };
    expect(checkAction(snapshot(), actor, "internalNote", { text: "x" }, "2025-03-05", environment("2025-03-05"))).toMatchObject({ ok: true });
  });
});

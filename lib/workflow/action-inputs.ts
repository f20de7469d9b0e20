import type { Role } from "@/lib/auth/roles";
import type { LocalDate } from "@/lib/calendar";
import type { DecisionDraft } from "./decision-draft";
import type { ConsultationKind } from "./snapshot";

/** How a letter reached the applicant (送达). */
export type DeliveryMethod = "online" | "email" | "registered_mail" | "in_person" | "fax";

/**
 * 按件计收 or 按量计收 (《政府信息公开信息处理费管理办法》第三条): one method per application, never
 * both. A (sub-)application is one item (第四条), so per item it occupies the number after the
 * applicant's earlier items of the month.
 */
export type FeeProposal = { method: "perItem"; priorItemsThisMonth: number } | { method: "perPage"; pages: number };

/** What each action takes from the form, after the zod parse in the adapter. */
export interface ActionInputs {
  confirmReceipt: { receivedOn: LocalDate };
  requestCorrection: { points: string[]; deadlineOn: LocalDate };
  answerCorrection: { text: string };
  confirmCorrection: { receivedOn: LocalDate };
  correctionDeadlinePassed: Record<string, never>;
  acceptLateCorrection: { receivedOn: LocalDate; reason: string };
  confirmAbandonment: { reason: string };
  split: { reason: string; parts: number[][] };
  requestExplanation: { question: string; answerBy: LocalDate };
  setLaterReplyDate: { replyOn: LocalDate; reason: string };
  startConsultation: { kind: ConsultationKind; consultee: string; information: string; sentOn: LocalDate };
  recordConsultationDelivery: { consultationId: string; deliveredOn: LocalDate };
  recordConsultationOpinion: { consultationId: string; receivedOn: LocalDate; objects: boolean; summary: string };
  endConsultation: { consultationId: string };
  notifyThirdParty: { consultationId: string; information: string; reasons: string };
  recordThirdPartyDelivery: { consultationId: string; deliveredOn: LocalDate };
  endReleaseWait: { releaseWaitId: string };
  proposeExtension: { workingDays: number; reason: string };
  approveExtension: Record<string, never>;
  refuseExtension: { reason: string };
  proposeFee: FeeProposal;
  approveFee: Record<string, never>;
  refuseFee: { reason: string };
  recordFeeNoticeDelivery: { deliveredOn: LocalDate };
  acceptFee: Record<string, never>;
  declineFee: { statement: string };
  recordFeePayment: { paidOn: LocalDate; receiptNumber: string };
  reduceFee: { amountYuan: number; reason: string };
  cancelFee: { reason: string };
  closeForUnpaidFee: Record<string, never>;
  draftDecision: DecisionDraft;
  submitForReview: Record<string, never>;
  approveReply: Record<string, never>;
  returnDraft: { comment: string };
  withdraw: { reason: string };
  recordDelivery: { method: DeliveryMethod; deliveredOn: LocalDate };
  archive: Record<string, never>;
  createCatalogueDraft: Record<string, never>;
  reopenForNewReply: { orderedBy: "reconsideration" | "court"; orderReference: string; orderedOn: LocalDate };
  rate: { score: number; comment: string };
  internalNote: { text: string };
  assign: { assignee: { userId: string; role: Role; agencyId: string | null } };
}

export type ActionCode = keyof ActionInputs;

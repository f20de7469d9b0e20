import type { ActionCode } from "@/lib/applications/case/engine";
import type { Step } from "../../case/step";
import { assign } from "./assign";
import { acceptLateCorrection, confirmAbandonment } from "./correction-expiry";
import { approveFee, cancelFee, proposeFee, recordFeeNoticeDelivery, recordFeePayment, refuseFee } from "./fee";
import { endConsultation, recordConsultationDelivery, recordConsultationOpinion, startConsultation } from "./consultation";
import { approveExtension, proposeExtension, refuseExtension } from "./extension";
import { confirmCorrection, confirmReceipt, requestCorrection } from "./receipt-correction";
import { archive, internalNote, recordDelivery } from "./records";
import { approveReply, draftDecision, returnDraft, submitForReview } from "./reply";
import { requestExplanation, setLaterReplyDate } from "./art35";
import { endReleaseWait, notifyThirdParty, recordThirdPartyDelivery } from "./third-party";
import { reduceFee } from "./fee-reduction";
import { withdraw } from "./withdrawal";
import { createCatalogueDraft, reopenForNewReply } from "./after-reply";
import { split } from "./split";
import { closeForUnpaidFee, correctionDeadlinePassed } from "./system";

/** The staff actions the workbench carries out so far (the others of lib/workflow are offered once they have a handler). */
export const HANDLERS = {
  confirmReceipt,
  requestCorrection,
  confirmCorrection,
  acceptLateCorrection,
  confirmAbandonment,
  draftDecision,
  submitForReview,
  approveReply,
  returnDraft,
  proposeExtension,
  approveExtension,
  refuseExtension,
  startConsultation,
  recordConsultationDelivery,
  recordConsultationOpinion,
  endConsultation,
  proposeFee,
  approveFee,
  refuseFee,
  recordFeeNoticeDelivery,
  recordFeePayment,
  cancelFee,
  internalNote,
  recordDelivery,
  archive,
  assign,
  split,
  requestExplanation,
  setLaterReplyDate,
  notifyThirdParty,
  recordThirdPartyDelivery,
  endReleaseWait,
  reduceFee,
  withdraw,
  createCatalogueDraft,
  reopenForNewReply,
} satisfies { [A in ActionCode]?: Step<A> };

export type StaffAction = keyof typeof HANDLERS;
export const STAFF_ACTIONS = Object.keys(HANDLERS) as StaffAction[];
export const isStaffAction = (value: string): value is StaffAction => Object.hasOwn(HANDLERS, value);

/** The steps the background worker takes as `system` (lib/worker), through the same performAction path. */
export const SYSTEM_HANDLERS = {
  correctionDeadlinePassed,
  closeForUnpaidFee,
  endConsultation,
} satisfies { [A in ActionCode]?: Step<A> };

export type SystemAction = keyof typeof SYSTEM_HANDLERS;

import type { EventType } from "@/lib/workflow/events";

/**
 * The steps of an application's ledger (`application_events.type`): the workflow's EVENT_TYPES
 * (lib/workflow/events.ts) plus `submitted`, the applicant's online submission that precedes
 * receipt (条例第三十一条). Each has the label the timeline shows.
 */
export type LedgerEventType = EventType | "submitted" | "imported";

export const LEDGER_EVENT_LABELS: Record<LedgerEventType, string> = {
  submitted: "网上提交申请",
  imported: "导入历史登记（只读）",
  received: "确认收到申请",
  correctionRequested: "发出补正告知书",
  correctionAnswered: "申请人提交补正",
  correctionReceived: "收到补正后的申请",
  correctionDeadlinePassed: "补正期限已届满",
  lateCorrectionAccepted: "接受逾期补正",
  abandonmentConfirmed: "确认视为放弃申请",
  applicationSplit: "拆分申请",
  explanationRequested: "发出说明理由告知书",
  laterReplyDateSet: "另行确定答复期限",
  consultationSent: "发出征求意见书",
  consultationDelivered: "征求意见书已送达",
  consultationAnswered: "收到征求意见答复",
  consultationEnded: "征求意见结束",
  thirdPartyNotified: "告知第三方拟公开",
  releaseWaitStarted: "等待公开",
  releaseWaitEnded: "等待公开结束",
  extensionProposed: "提出延期答复",
  extensionApproved: "延期答复",
  extensionRefused: "不同意延期",
  feeProposed: "拟收取信息处理费",
  feeNoticeIssued: "发出收费通知书",
  feeRefused: "不同意收费",
  feeNoticeReceived: "收费通知书已送达",
  feeAccepted: "申请人同意缴费",
  feeDeclined: "申请人拒绝缴费",
  feePaid: "已缴纳信息处理费",
  feeReduced: "减收信息处理费",
  feeCancelled: "取消收费",
  feeUnpaidClosed: "逾期未缴费，终止办理",
  decisionDrafted: "拟定答复",
  draftSubmitted: "提交审核",
  replyApproved: "作出答复",
  draftReturned: "退回修改",
  withdrawn: "申请人撤回申请",
  delivered: "送达",
  archived: "归档",
  catalogueDraftCreated: "转为主动公开",
  reopenedForNewReply: "重新答复",
  rated: "申请人评价",
  note: "备注",
  assigned: "分配经办人",
};

export function eventLabel(type: string): string {
  return (LEDGER_EVENT_LABELS as Record<string, string>)[type] ?? type;
}

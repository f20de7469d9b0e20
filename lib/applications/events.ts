/**
 * The steps of an application's ledger (`application_events.type`) and how they read on a timeline
 * (workflow.md §4, §6: every step is an event with actor or system, time, legal basis and reason).
 * The clock-relevant ones carry their legal date in `occurredOn`; lib/applications/clock-events.ts
 * turns them into lib/clock's input.
 */
export const APPLICATION_EVENT_LABELS = {
  submitted: "网上提交申请",
  received: "确认收到申请",
  registered: "登记申请",
  correction_requested: "发出补正告知书",
  correction_received: "收到补正",
  correction_expired: "补正期限已届满",
  late_correction_accepted: "接受逾期补正",
  consultation_started: "发出征求意见书",
  consultation_delivered: "征求意见书已送达",
  consultation_ended: "收到征求意见答复",
  extension_approved: "延期答复",
  fee_notice_received: "收费通知书已送达",
  fee_paid: "已缴纳信息处理费",
  fee_reduced: "减免信息处理费",
  fee_cancelled: "取消收费",
  fee_declined: "申请人拒绝缴费",
  release_wait_started: "告知第三方拟公开",
  release_wait_ended: "第三方异议期届满",
  later_reply_date_set: "另行确定答复期限",
  reply_issued: "作出答复",
  closed: "终止办理",
  withdrawn: "申请人撤回申请",
  rated: "申请人评价",
  split: "拆分申请",
  archived: "归档",
} as const;

export type ApplicationEventType = keyof typeof APPLICATION_EVENT_LABELS;
export type ActorKind = "applicant" | "staff" | "system";

export function eventLabel(type: string): string {
  return (APPLICATION_EVENT_LABELS as Record<string, string>)[type] ?? type;
}

import type { DeliveryMethod } from "@/lib/applications/vocabulary";

/** The electronic channels a letter goes by (条例第四十条 电子送达; issue 16.3). */
export const LETTER_DELIVERY_CHANNELS = ["email", "online"] as const;
export type LetterDeliveryChannel = (typeof LETTER_DELIVERY_CHANNELS)[number];

export const LETTER_DELIVERY_CHANNEL_LABELS: Record<LetterDeliveryChannel, string> = {
  email: "电子邮件（附签章PDF）",
  online: "网上获取（申请人在本平台查看、下载）",
};

/**
 * queued → delivered | failed (e-mail); sent: e-mailed, but the agency counts delivery only when a
 * clerk records it; available: online, likewise (setting electronicLetterDeliveredWhenSent off).
 */
export const LETTER_DELIVERY_STATUSES = ["queued", "sent", "available", "delivered", "failed"] as const;
export type LetterDeliveryStatus = (typeof LETTER_DELIVERY_STATUSES)[number];

export const LETTER_DELIVERY_STATUS_LABELS: Record<LetterDeliveryStatus, string> = {
  queued: "待发送",
  sent: "已发出，待记录送达",
  available: "可在线查看，待记录送达",
  delivered: "已送达",
  failed: "发送失败",
};

/**
 * The channels of the applicant's 获取方式 (application-form.md “Delivery”): 电子邮件 needs the
 * address the form then requires; 网上获取 is the portal itself (account or tracking-code look-up).
 * Pure: the case pages show it, the letter issue follows it.
 */
export function electronicChannels(application: { deliveryMethods: readonly string[]; email: string | null }): LetterDeliveryChannel[] {
  const chose = (method: DeliveryMethod) => application.deliveryMethods.includes(method);
  return [...(chose("电子邮件") && application.email ? (["email"] as const) : []), ...(chose("网上获取") ? (["online"] as const) : [])];
}

import { z } from "@/lib/validation/zod";
import { singleLineText } from "@/lib/validation/text";
import { applicationSchema } from "../schema";

/**
 * workflow.md §2: every channel but the online form, each with its own receipt-date rule
 * (条例第三十一条). E-mail (数据电文) is treated like the online form: it is recorded as `online`
 * and received the day the agency confirms it.
 */
export const REGISTRATION_CHANNELS = ["in_person", "registered_mail", "ordinary_mail", "fax", "email", "oral"] as const;
export type RegistrationChannel = (typeof REGISTRATION_CHANNELS)[number];

export const REGISTRATION_CHANNEL_LABELS: Record<RegistrationChannel, string> = {
  in_person: "当面提交",
  registered_mail: "信函（挂号信/快递）",
  ordinary_mail: "信函（平信）",
  fax: "传真",
  email: "电子邮件",
  oral: "口头提出（工作人员代为填写，条例第二十九条）",
};

export const RECEIVED_ON_HINTS: Record<RegistrationChannel, string> = {
  in_person: "当面提交的，为提交之日。",
  registered_mail: "挂号信或快递，为本机关签收之日。",
  ordinary_mail: "平信，为本机关与申请人确认之日（信件到达当日即应联系确认）。",
  fax: "传真，为双方确认之日。",
  email: "电子邮件视同网上申请，为本机关确认收到之日（今天）。",
  oral: "口头提出、由工作人员代填的，为申请人确认所填内容之日。",
};

/** How and when it arrived; the application form itself is checked by the shared schema. */
export const offlineRegistrationSchema = z.object({
  channel: z.enum(REGISTRATION_CHANNELS, "请选择申请方式（当面、信函、传真、电子邮件或口头）。"),
  receivedOn: singleLineText().regex(/^\d{4}-\d{2}-\d{2}$/, "请填写有效的收到申请之日（YYYY-MM-DD）。"),
  /** 条例第二十九条: the identity proof was checked in person instead of uploaded. */
  identityShownInPerson: z.boolean().default(false),
  application: z.unknown(),
});

/** The staff registration form as a whole (browser and server): the same application schema as the online form. */
export const registrationFormSchema = offlineRegistrationSchema.extend({ application: applicationSchema });

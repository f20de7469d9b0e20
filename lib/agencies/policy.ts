import { z } from "zod";
import { DEFAULT_CLOCK_POLICY } from "@/lib/clock/policy";
import { DEFAULT_ONLINE_FEE_NOTICE_RECEIVED_WHEN_SENT } from "@/lib/fees/notice-receipt";

/** The range an admin may choose for each numeric setting: one source for the stored schema and the settings form. */
export const POLICY_BOUNDS = {
  correctionDeadlineWorkingDays: { min: 1, max: 60 },
  releaseWaitWorkingDays: { min: 0, max: 60 },
  unconfirmedFlagWorkingDays: { min: 0, max: 10 },
  reminderWorkingDays: { min: 1, max: 20 },
} as const;
const bounded = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max);

/**
 * Agency policy settings. Every "Policy default" of ../shared/reference is one field here with
 * its default, so the law's silent corners are decisions an agency can see and change.
 */
export const agencyPolicySchema = z.object({
  /** 受理编号 `{prefix}-{year}-{serial:5}` (the reference is silent on the format; e.g. BLT-2026-00001). */
  caseNumberPrefix: z
    .string()
    .regex(/^[A-Z][A-Z0-9]{0,9}$/)
    .default("YSQ"),
  // The clock's settings keep the clock's names and defaults (lib/clock/policy.ts): one name, one default.
  /** fees.md §3.4: the notice-to-payment interval pauses the reply clock. */
  feePausesClock: z.boolean().default(DEFAULT_CLOCK_POLICY.feePausesClock),
  /** workflow.md §4 table of pauses (Policy default): the release wait after overruling a third party pauses the clock. */
  releaseWaitPausesClock: z.boolean().default(DEFAULT_CLOCK_POLICY.releaseWaitPausesClock),
  /** workflow.md §4 (Art. 30): applicant's correction deadline, in working days. */
  correctionDeadlineWorkingDays: bounded(POLICY_BOUNDS.correctionDeadlineWorkingDays).default(DEFAULT_CLOCK_POLICY.correctionDeadlineWorkingDays),
  /** letters.md: release not before N working days after the notice to an overruled third party. */
  releaseWaitWorkingDays: bounded(POLICY_BOUNDS.releaseWaitWorkingDays).default(DEFAULT_CLOCK_POLICY.releaseWaitWorkingDays),
  /** fees.md §3 step 3 (Policy default): an online fee notice is received the day it is sent (lib/fees/notice-receipt.ts). */
  onlineFeeNoticeReceivedWhenSent: z.boolean().default(DEFAULT_ONLINE_FEE_NOTICE_RECEIVED_WHEN_SENT),
  /**
   * fees.md §3 step 3 (Policy default) applied to every letter of 电子送达 (issue 16.3; 条例第四十条): a letter
   * in the applicant's view (网上获取) is delivered the day it is issued, an e-mailed one the day the outbox
   * sends it. Off: both wait for the delivery date a clerk records (lib/applications/delivery).
   */
  electronicLetterDeliveredWhenSent: z.boolean().default(true),
  /** workflow.md §2: flag unconfirmed online applications older than N working days. */
  unconfirmedFlagWorkingDays: bounded(POLICY_BOUNDS.unconfirmedFlagWorkingDays).default(1),
  /** workflow.md §4: remind the assignee N working days before the due date. */
  reminderWorkingDays: z.array(bounded(POLICY_BOUNDS.reminderWorkingDays)).default([3, 1]),
  /** workflow.md §5: a matter queried under its own law → （三）8, or （六）3. */
  queryMatterReportRow: z.enum(["3.8", "6.3"]).default("3.8"),
  /** fees.md §1: per-volume fees also apply to downloads in the portal. */
  perPageFeeForDownloads: z.boolean().default(true),
  /** annual-report.md: the report for the previous year is due on this month-day. */
  annualReportDueOn: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .default("01-31"),
  /**
   * annual-report.md § Table 四 (Policy default): which 行政复议/行政诉讼 cases a year's table 四 counts —
   * those filed in the year, with their result as of 31 Dec; or those decided in the year plus
   * those still undecided at 31 Dec, whenever filed.
   */
  reviewCasesInReport: z.enum(["filedInYear", "decidedOrPendingInYear"]).default("filedInYear"),
});

export type AgencyPolicy = z.infer<typeof agencyPolicySchema>;

export const defaultAgencyPolicy: AgencyPolicy = agencyPolicySchema.parse({});

/** Read a stored policy, filling any setting added since it was saved with its default. */
export function readAgencyPolicy(stored: unknown): AgencyPolicy {
  const result = agencyPolicySchema.safeParse(stored ?? {});
  return result.success ? result.data : defaultAgencyPolicy;
}

/** 政府信息公开工作机构 contact details (条例第十二条: the guide must state them). */
export const disclosureOfficeSchema = z.object({
  name: z.string().default(""),
  address: z.string().default(""),
  hours: z.string().default(""),
  phone: z.string().default(""),
  fax: z.string().default(""),
  email: z.string().default(""),
  postcode: z.string().default(""),
});
export type DisclosureOffice = z.infer<typeof disclosureOfficeSchema>;

/** Site identity shown in the footer (政府网站发展指引, 国办发〔2017〕47号). */
export const siteIdentitySchema = z.object({
  sponsor: z.string().default(""), // 主办单位
  siteCode: z.string().default(""), // 网站标识码
  icp: z.string().default(""), // ICP备案号
  publicSecurityFiling: z.string().default(""), // 公安备案号
  contact: z.string().default(""),
  errorReportUrl: z.string().default(""), // 我为政府网站找错 (the national error-reporting entry for this site)
  conacLogoUrl: z.string().default(""), // 党政机关网站标识 image
  conacUrl: z.string().default(""), // where the 标识 links (its registration record)
});
export type SiteIdentity = z.infer<typeof siteIdentitySchema>;

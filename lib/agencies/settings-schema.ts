import { z } from "@/lib/validation/zod";
import { singleLineText } from "@/lib/validation/text";
import { POLICY_BOUNDS } from "./policy";

/** The /admin/agency form, shared by the browser (react-hook-form) and updateAgencySettings. */

const required = (label: string, max: number) =>
  singleLineText({ error: `请填写${label}。` }).trim().min(1, `请填写${label}。`).max(max, `${label}不能超过 ${max} 个字符。`);
const optional = (label: string, max: number) => singleLineText().trim().max(max, `${label}不能超过 ${max} 个字符。`);

/** A link the footer shows: an https address, or a path on this site (an image the agency serves itself). */
const link = (label: string) =>
  optional(label, 500).refine((v) => v === "" || /^https:\/\/[^\s"<>]+$/.test(v) || /^\/(?![\/\\])[^\s"<>]*$/.test(v), `${label}应为 https:// 开头的网址或本站路径（以 / 开头）。`);

const PHONE = /^[\d\s\-()（）+、,，转]*$/;
const phone = (label: string, isRequired: boolean) =>
  (isRequired ? required(label, 60) : optional(label, 60)).refine(
    (value) => PHONE.test(value),
    `${label}只能包含数字、空格、连字符、括号和“转”，例如 022-88000000。`,
  );

/** Placeholders the 索引号 template may use (catalogue.md); {serial} or {serial:N} is required. */
const TEMPLATE_PLACEHOLDER = /^(agencyCode|year|serial(:[1-9])?)$/;

export const indexNumberTemplateSchema = required("索引号模板", 100).superRefine((value, ctx) => {
  const names = [...value.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? "");
  const unknown = names.filter((name) => !TEMPLATE_PLACEHOLDER.test(name));
  if (unknown.length) {
    ctx.addIssue({ code: "custom", message: `索引号模板中的占位符{${unknown[0]}}无效，只能使用 {agencyCode}、{year}、{serial} 或 {serial:5}。` });
  } else if (!names.some((name) => name.startsWith("serial"))) {
    ctx.addIssue({ code: "custom", message: "索引号模板须包含流水号占位符 {serial} 或 {serial:5}，否则索引号会重复。" });
  } else if (/[{}]/.test(value.replace(/\{[^{}]*\}/g, ""))) {
    ctx.addIssue({ code: "custom", message: "索引号模板中的花括号不成对，请检查。" });
  }
});

export const REMINDER_PATTERN = /^\s*\d{1,2}(\s*[,，、]\s*\d{1,2})*\s*$/;

const {
  correctionDeadlineWorkingDays: correction,
  releaseWaitWorkingDays: releaseWait,
  unconfirmedFlagWorkingDays: unconfirmedFlag,
  reminderWorkingDays: reminder,
} = POLICY_BOUNDS;

export const agencySettingsSchema = z.object({
  name: required("机关全称", 100),
  shortName: required("机关简称", 50),
  letterPrefix: required("文书编号前缀", 30).refine((v) => !/[〔〕\[\]]/.test(v), "文书编号前缀不含年份括号，例如 八里台政公开（系统自动加上〔年份〕序号号）。"),
  indexNumberTemplate: indexNumberTemplateSchema,
  reconsiderationBody: required("行政复议机关", 100),
  court: required("管辖法院", 100),
  disclosureOffice: z.object({
    name: required("政府信息公开工作机构名称", 100),
    address: required("办公地址", 200),
    hours: optional("办公时间", 100),
    phone: phone("联系电话", true),
    fax: phone("传真", false),
    email: optional("电子邮箱", 254).refine((v) => v === "" || z.email().safeParse(v).success, "请输入有效的电子邮箱，例如 xxgk@example.gov.cn。"),
    postcode: optional("邮政编码", 6).refine((v) => v === "" || /^\d{6}$/.test(v), "邮政编码应为 6 位数字。"),
  }),
  siteIdentity: z.object({
    sponsor: required("主办单位", 100),
    siteCode: optional("网站标识码", 20).refine((v) => v === "" || /^[0-9A-Za-z]{10}$/.test(v), "网站标识码应为 10 位数字或字母。"),
    icp: optional("ICP备案号", 60),
    publicSecurityFiling: optional("公安备案号", 60),
    contact: optional("联系电话", 60),
    errorReportUrl: link("“我为政府网站找错”链接"),
    conacLogoUrl: link("党政机关网站标识图片"),
    conacUrl: link("党政机关网站标识链接"),
  }),
  policy: z.object({
    caseNumberPrefix: singleLineText()
      .trim()
      .regex(/^[A-Z][A-Z0-9]{0,9}$/, "受理编号前缀应为 1—10 位大写字母或数字、以字母开头，例如 BLT（受理编号形如 BLT-2026-00001）。"),
    feePausesClock: z.boolean(),
    releaseWaitPausesClock: z.boolean(),
    onlineFeeNoticeReceivedWhenSent: z.boolean(),
    electronicLetterDeliveredWhenSent: z.boolean(),
    correctionDeadlineWorkingDays: z
      .number({ error: "请输入补正期限（工作日数）。" })
      .int("请输入整数。")
      .min(correction.min, `补正期限至少 ${correction.min} 个工作日。`)
      .max(correction.max, `补正期限不能超过 ${correction.max} 个工作日。`),
    releaseWaitWorkingDays: z
      .number({ error: "请输入等待期（工作日数）。" })
      .int("请输入整数。")
      .min(releaseWait.min, "不能为负数。")
      .max(releaseWait.max, `不能超过 ${releaseWait.max} 个工作日。`),
    unconfirmedFlagWorkingDays: z
      .number({ error: "请输入工作日数。" })
      .int("请输入整数。")
      .min(unconfirmedFlag.min, "不能为负数。")
      .max(unconfirmedFlag.max, `不能超过 ${unconfirmedFlag.max} 个工作日。`),
    reminderWorkingDays: singleLineText()
      .regex(REMINDER_PATTERN, `请填写 ${reminder.min}—${reminder.max} 之间的工作日数，多个用逗号或顿号分隔，例如 3、1。`)
      .refine((v) => parseReminderDays(v).every((n) => n >= reminder.min && n <= reminder.max), `提醒天数应在 ${reminder.min}—${reminder.max} 个工作日之间。`),
    queryMatterReportRow: z.enum(["3.8", "6.3"], { error: "请选择年度报告统计口径。" }),
    perPageFeeForDownloads: z.boolean(),
    annualReportDueOn: singleLineText().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "请按 MM-DD 填写，例如 01-31。"),
    reviewCasesInReport: z.enum(["filedInYear", "decidedOrPendingInYear"], { error: "请选择年度报告表四的统计口径。" }),
  }),
});
export type AgencySettingsInput = z.infer<typeof agencySettingsSchema>;

/** "3、1" → [3, 1]: distinct, largest first. */
export function parseReminderDays(value: string): number[] {
  const days = value.split(/[,，、]/).map((part) => Number(part.trim())).filter((n) => Number.isInteger(n));
  return [...new Set(days)].sort((a, b) => b - a);
}

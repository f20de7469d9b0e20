import { z } from "@/lib/validation/zod";
import { singleLineText, multiLineText } from "@/lib/validation/text";
import { isValidCreditCode } from "@/lib/validation/credit-code";
import { idCardProblem } from "@/lib/validation/id-card";
import { chinaToday } from "@/lib/validation/china-date";
import {
  APPLICANT_TYPES,
  CARRIER_FORMS,
  DELIVERY_METHODS,
  ID_TYPES,
  ORG_KINDS,
  type ApplicantType,
  type CarrierForm,
  type DeliveryMethod,
  type IdType,
  type OrgKind,
} from "./vocabulary";

/**
 * The application form (application-form.md), shared by the web form (react-hook-form), the open
 * API and the use case. Field names are exactly those of § "Field names"; errors carry their path
 * (e.g. `applicant.idNumber`, `items.0.description`) and a Chinese sentence naming the field.
 *
 * The object below only fixes the shape and accepts anything string-like; every rule lives in one
 * `superRefine`, so the applicant sees all problems at once (zod skips refinements when a field of
 * the object already failed).
 */

export const MOBILE_PHONE = /^1[3-9]\d{9}$/;
export const LANDLINE_PHONE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
/** `+<country code> <number>`: only with a non-mainland identity document. */
export const INTERNATIONAL_PHONE = /^\+\d{1,4}[ -]?\d[\d -]{3,16}\d$/;
const OTHER_ID_NUMBER = /^[A-Za-z0-9]{5,30}$/;
const POSTCODE = /^\d{6}$/;

export const ITEM_LIMITS = { minItems: 1, maxItems: 20, title: [2, 200], description: [10, 2000] } as const;

const text = singleLineText().trim().default("");
/** A textarea: keeps its line breaks. */
const paragraph = multiLineText().trim().default("");

const itemShape = z.object({
  title: text,
  docNumber: text,
  indexNumber: text,
  description: paragraph,
});

const applicantShape = z.object({
  name: text,
  // person
  idType: text,
  idNumber: text,
  employer: text,
  phone: text,
  // organisation
  orgKind: text,
  creditCode: text,
  legalRepresentative: text,
  contactName: text,
  contactPhone: text,
  // both
  email: text,
  fax: text,
  address: text,
  postcode: text,
});

const shape = z.object({
  agency: text,
  applicantType: text,
  applicant: applicantShape.default(applicantShape.parse({})),
  items: z.array(itemShape).default([]),
  purpose: paragraph,
  carrierForms: z.array(singleLineText()).default([]),
  deliveryMethods: z.array(singleLineText()).default([]),
  needsAssistance: z.boolean().default(false),
  declaration: z.boolean().default(false),
});

type Shape = z.output<typeof shape>;
type Issue = { path: (string | number)[]; message: string };

function length(value: string): number {
  return [...value].length; // count characters, not UTF-16 units (rare CJK extension characters)
}

function checkPhone(value: string, label: string, allowInternational: boolean, path: (string | number)[], issues: Issue[]) {
  if (!value) {
    issues.push({ path, message: `请填写${label}。` });
    return;
  }
  const compact = value.replace(/\s+/g, " ");
  if (MOBILE_PHONE.test(compact) || LANDLINE_PHONE.test(compact)) return;
  if (allowInternational && INTERNATIONAL_PHONE.test(compact)) return;
  issues.push({
    path,
    message: allowInternational
      ? `${label}格式不正确：请填写 11 位手机号码、带区号的固定电话（如 022-12345678），或“+国家/地区代码 号码”（如 +852 91234567）。`
      : `${label}格式不正确：请填写 11 位手机号码（如 13800138000）或带区号的固定电话（如 022-12345678）。`,
  });
}

function checkLength(value: string, label: string, [min, max]: readonly [number, number], path: (string | number)[], issues: Issue[]) {
  if (!value) issues.push({ path, message: `请填写${label}。` });
  else if (length(value) < min) issues.push({ path, message: `${label}至少需要 ${min} 个字。` });
  else if (length(value) > max) issues.push({ path, message: `${label}不能超过 ${max} 个字，请精简。` });
}

/** Items (所需信息): one or more; 一事一申请 is encouraged. Also checks the items of a correction. */
function checkItems(items: z.output<typeof itemShape>[], issues: Issue[]) {
  if (items.length < ITEM_LIMITS.minItems) {
    issues.push({ path: ["items"], message: "请至少填写一项所需信息。" });
  } else if (items.length > ITEM_LIMITS.maxItems) {
    issues.push({ path: ["items"], message: `一份申请最多填写 ${ITEM_LIMITS.maxItems} 项所需信息；如需更多，请分开提交。` });
  }
  items.forEach((item, i) => {
    checkLength(item.title, "信息名称", ITEM_LIMITS.title, ["items", i, "title"], issues);
    checkLength(item.description, "内容描述", ITEM_LIMITS.description, ["items", i, "description"], issues);
    if (length(item.docNumber) > 100) issues.push({ path: ["items", i, "docNumber"], message: "文号不能超过 100 个字。" });
    if (length(item.indexNumber) > 100) issues.push({ path: ["items", i, "indexNumber"], message: "索引号不能超过 100 个字。" });
  });
}

/**
 * 补正 (条例第三十条): the applicant's corrected request items and a note saying what was corrected,
 * checked by the same rules as the application form (shared by the browser form and the server).
 */
export const correctionAnswerSchema = z
  .object({ items: z.array(itemShape).default([]), note: paragraph })
  .superRefine((value, ctx) => {
    const issues: Issue[] = [];
    checkItems(value.items, issues);
    if (!value.note) issues.push({ path: ["note"], message: "请说明补正了哪些内容（例如：已按补正告知书写明文件名称和年份）。" });
    else if (length(value.note) > 2000) issues.push({ path: ["note"], message: "补正说明不能超过 2000 个字。" });
    for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export type CorrectionAnswerInput = z.input<typeof correctionAnswerSchema>;
export type CorrectionAnswer = z.output<typeof correctionAnswerSchema>;

const ID_CARD_MESSAGES = {
  format: "证件号码格式不正确：居民身份证号码为 18 位，前 17 位是数字，最后一位是数字或 X。",
  birthDate: "证件号码中的出生日期（第 7–14 位）不是有效日期，请核对。",
  futureBirthDate: "证件号码中的出生日期（第 7–14 位）晚于今天，请核对。",
  checkCharacter: "证件号码的校验位（最后一位）不正确，请核对后重新输入。",
} as const;

function checkApplication(value: Shape, web: boolean, today: string): Issue[] {
  const issues: Issue[] = [];
  const a = value.applicant;
  const ap = (field: string) => ["applicant", field];

  if (!value.agency) issues.push({ path: ["agency"], message: "请选择受理申请的行政机关。" });

  const type = value.applicantType as ApplicantType;
  if (!APPLICANT_TYPES.includes(type)) {
    issues.push({ path: ["applicantType"], message: "请选择申请人类型：自然人，或法人或其他组织。" });
  }

  if (type === "person") {
    if (!a.name) issues.push({ path: ap("name"), message: "请填写申请人姓名。" });
    else if (length(a.name) > 50) issues.push({ path: ap("name"), message: "姓名不能超过 50 个字。" });

    const idType = a.idType as IdType;
    if (!ID_TYPES.includes(idType)) issues.push({ path: ap("idType"), message: "请选择证件类型。" });
    if (!a.idNumber) issues.push({ path: ap("idNumber"), message: "请填写证件号码。" });
    else if (idType === "居民身份证") {
      const problem = idCardProblem(a.idNumber, today);
      if (problem) issues.push({ path: ap("idNumber"), message: ID_CARD_MESSAGES[problem] });
    } else if (!OTHER_ID_NUMBER.test(a.idNumber)) {
      issues.push({ path: ap("idNumber"), message: "证件号码应为 5–30 位字母或数字，请不要输入空格或符号。" });
    }
    if (length(a.employer) > 100) issues.push({ path: ap("employer"), message: "工作单位不能超过 100 个字。" });
    // Non-mainland documents may give a phone number abroad (application-form.md).
    checkPhone(a.phone, "联系电话", Boolean(a.idType) && idType !== "居民身份证", ap("phone"), issues);
  }

  if (type === "organization") {
    if (!a.name) issues.push({ path: ap("name"), message: "请填写法人或其他组织的名称。" });
    else if (length(a.name) > 100) issues.push({ path: ap("name"), message: "名称不能超过 100 个字。" });
    if (!ORG_KINDS.includes(a.orgKind as OrgKind)) issues.push({ path: ap("orgKind"), message: "请选择组织类别。" });
    const creditCode = a.creditCode.toUpperCase();
    if (!creditCode) issues.push({ path: ap("creditCode"), message: "请填写统一社会信用代码。" });
    else if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(creditCode)) {
      issues.push({
        path: ap("creditCode"),
        message: "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V），请核对营业执照或登记证书。",
      });
    } else if (!isValidCreditCode(creditCode)) {
      issues.push({ path: ap("creditCode"), message: "统一社会信用代码的校验位（最后一位）不正确，请核对后重新输入。" });
    }
    if (!a.legalRepresentative) issues.push({ path: ap("legalRepresentative"), message: "请填写法定代表人或负责人。" });
    else if (length(a.legalRepresentative) > 50) issues.push({ path: ap("legalRepresentative"), message: "法定代表人/负责人不能超过 50 个字。" });
    if (!a.contactName) issues.push({ path: ap("contactName"), message: "请填写联系人姓名。" });
    else if (length(a.contactName) > 50) issues.push({ path: ap("contactName"), message: "联系人姓名不能超过 50 个字。" });
    checkPhone(a.contactPhone, "联系人电话", false, ap("contactPhone"), issues);
  }

  checkItems(value.items, issues);
  if (length(value.purpose) > 1000) issues.push({ path: ["purpose"], message: "用途说明不能超过 1000 个字。" });

  // Delivery (获取方式).
  if (value.carrierForms.length === 0) issues.push({ path: ["carrierForms"], message: "请至少选择一种信息的提供载体形式。" });
  else if (value.carrierForms.some((f) => !CARRIER_FORMS.includes(f as CarrierForm))) {
    issues.push({ path: ["carrierForms"], message: `信息的提供载体形式只能从“${CARRIER_FORMS.join("、")}”中选择。` });
  }
  const methods = value.deliveryMethods as DeliveryMethod[];
  if (methods.length === 0) issues.push({ path: ["deliveryMethods"], message: "请至少选择一种获取信息的方式。" });
  else if (methods.some((m) => !DELIVERY_METHODS.includes(m))) {
    issues.push({ path: ["deliveryMethods"], message: `获取信息的方式只能从“${DELIVERY_METHODS.join("、")}”中选择。` });
  }

  // Contact details the chosen delivery needs.
  if (a.email) {
    if (length(a.email) > 254 || !z.email().safeParse(a.email).success) {
      issues.push({ path: ap("email"), message: "电子邮箱格式不正确，例如 name@example.com。" });
    }
  } else if (methods.includes("电子邮件")) {
    issues.push({ path: ap("email"), message: "您选择了通过电子邮件获取信息，请填写电子邮箱。" });
  }
  if (a.fax) {
    if (!LANDLINE_PHONE.test(a.fax)) issues.push({ path: ap("fax"), message: "传真号码格式不正确，请填写带区号的号码，例如 022-12345678。" });
  } else if (methods.includes("传真")) {
    issues.push({ path: ap("fax"), message: "您选择了通过传真获取信息，请填写传真号码。" });
  }
  const byPost = methods.includes("邮寄") || methods.includes("快递");
  if (!a.address && byPost) issues.push({ path: ap("address"), message: "您选择了邮寄或快递，请填写通信地址。" });
  else if (length(a.address) > 200) issues.push({ path: ap("address"), message: "通信地址不能超过 200 个字。" });
  if (a.postcode) {
    if (!POSTCODE.test(a.postcode)) issues.push({ path: ap("postcode"), message: "邮政编码应为 6 位数字。" });
  } else if (byPost) {
    issues.push({ path: ap("postcode"), message: "您选择了邮寄或快递，请填写 6 位邮政编码。" });
  }

  if (web && value.declaration !== true) {
    issues.push({ path: ["declaration"], message: "请阅读并勾选承诺：所填信息真实、准确。" });
  }
  return issues;
}

const optional = (value: string) => (value === "" ? undefined : value);

/**
 * What a valid application looks like after parsing (absent optional fields are undefined): the
 * schema's output, so its type (ApplicationInput, below) is read from here rather than written twice.
 */
function toInput(value: Shape) {
  const a = value.applicant;
  const common = {
    agency: value.agency,
    items: value.items.map((item) => ({
      title: item.title,
      docNumber: optional(item.docNumber),
      indexNumber: optional(item.indexNumber),
      description: item.description,
    })),
    purpose: optional(value.purpose),
    carrierForms: [...new Set(value.carrierForms)] as CarrierForm[],
    deliveryMethods: [...new Set(value.deliveryMethods)] as DeliveryMethod[],
    needsAssistance: value.needsAssistance,
    declaration: value.declaration,
  };
  const contact = { email: optional(a.email), fax: optional(a.fax), address: optional(a.address), postcode: optional(a.postcode) };
  if (value.applicantType === "person") {
    return {
      ...common,
      applicantType: "person" as const,
      applicant: {
        name: a.name,
        idType: a.idType as IdType,
        idNumber: a.idType === "居民身份证" ? a.idNumber.toUpperCase() : a.idNumber,
        employer: optional(a.employer),
        phone: a.phone,
        ...contact,
      },
    };
  }
  return {
    ...common,
    applicantType: "organization" as const,
    applicant: {
      name: a.name,
      orgKind: a.orgKind as OrgKind,
      creditCode: a.creditCode.toUpperCase(),
      legalRepresentative: a.legalRepresentative,
      contactName: a.contactName,
      contactPhone: a.contactPhone,
      ...contact,
    },
  };
}

function build(web: boolean) {
  return shape
    .superRefine((value, ctx) => {
      for (const issue of checkApplication(value, web, chinaToday())) ctx.addIssue({ code: "custom", ...issue });
    })
    .transform(toInput);
}

/** The open API and the use case: the 承诺 checkbox is optional there (application-form.md). */
export const applicationSchema = build(false);
/** The web form: the 承诺 checkbox is required. */
export const webApplicationSchema = build(true);

/** What the web form holds (every field a string, so inputs are controlled from the start). */
export type ApplicationFormValues = z.input<typeof shape>;
/** A valid application after parsing, discriminated by applicantType. */
export type ApplicationInput = z.output<typeof applicationSchema>;

/**
 * The fixed vocabularies of an application (application-form.md § "Field names", workflow.md §2,
 * glossary.md): code → Chinese label. Pure: the schema, the database enums and the UI share them.
 */

/** 申请方式 (workflow.md §2). `online` includes e-mail (数据电文). */
export const APPLICATION_CHANNELS = ["online", "in_person", "registered_mail", "ordinary_mail", "fax", "oral"] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];
export const CHANNEL_LABELS: Record<ApplicationChannel, string> = {
  online: "网上（含电子邮件）",
  in_person: "当面",
  registered_mail: "信函（挂号/快递）",
  ordinary_mail: "信函（平信）",
  fax: "传真",
  oral: "口头",
};

export const APPLICANT_TYPES = ["person", "organization"] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = { person: "自然人", organization: "法人或其他组织" };

/** 组织类别: drives the annual-report column (annual-report.md). */
export const ORG_KINDS = ["commercial", "research", "nonprofit", "legal", "other"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  commercial: "商业企业",
  research: "科研机构",
  nonprofit: "社会公益组织",
  legal: "法律服务机构",
  other: "其他",
};

export const ID_TYPES = ["居民身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证", "护照", "其他"] as const;
export type IdType = (typeof ID_TYPES)[number];
/** The `idType` recorded for an organisation. */
export const CREDIT_CODE_ID_TYPE = "统一社会信用代码";

/** 信息的提供载体形式. */
export const CARRIER_FORMS = ["纸质", "电子文档", "光盘", "U盘/磁盘"] as const;
export type CarrierForm = (typeof CARRIER_FORMS)[number];

/** 获取信息的方式. */
export const DELIVERY_METHODS = ["网上获取", "电子邮件", "邮寄", "快递", "传真", "自行领取", "当场阅读、抄录"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

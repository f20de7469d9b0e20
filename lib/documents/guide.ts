import type { AgencyPolicy, DisclosureOffice } from "@/lib/agencies/policy";
import { CONSULTATION_REPLY_WORKING_DAYS, CORRECTION_NOTICE_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS, REPLY_PERIOD_WORKING_DAYS } from "@/lib/clock/rules";
import { FEE_METHOD_RULES } from "@/lib/fees/band-text";
import { FEE_PAYMENT_WINDOW_WORKING_DAYS } from "@/lib/fees/payment";
import { PUBLICATION_WORKING_DAYS } from "./rules";
import type { CategoryNode } from "./categories";

export interface GuideSection {
  heading: string;
  paragraphs: string[];
  /** Label/value rows (the office's contact details). */
  rows?: [string, string][];
  /** Tools on this platform that apply the section's rule (the calculators). */
  links?: { href: string; label: string }[];
}

export interface GuideAgency {
  name: string;
  disclosureOffice: DisclosureOffice;
  reconsiderationBody: string;
  court: string;
  policy: AgencyPolicy;
}

/**
 * 政府信息公开指南 (条例第十二条): how information is classified and arranged, how to obtain it
 * (proactive channels, applying, time limits, fees, remedies) and the disclosure office's contact
 * details. Built from the agency's own settings and the rules of workflow.md / fees.md, so it
 * changes when the agency edits its settings and never drifts from what the system does.
 */
export function buildGuide(agency: GuideAgency, categories: CategoryNode[]): GuideSection[] {
  const office = agency.disclosureOffice;
  const topLevel = categories.map((node) => node.name).join("、");
  return [
    {
      heading: "一、总则",
      paragraphs: [
        `为了保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。${agency.name}的政府信息公开工作机构负责本机关政府信息公开的日常工作。本指南随本机关的设置更新，请以本页为准。`,
      ],
    },
    {
      heading: "二、主动公开",
      paragraphs: [
        `（一）公开范围。本机关依照《条例》第十九条至第二十一条主动公开政府信息，按主题分类编排，分为：${topLevel}。每条信息载明索引号、标题、发布机构、主题分类、文件类型、文号、成文日期、发布日期、有效性和内容概述。`,
        "（二）公开方式。主动公开的政府信息通过本平台“法定主动公开内容”栏目发布，提供分类浏览、全文检索、查阅和下载（《条例》第二十四条），并提供订阅源（Atom）和站点地图。",
        `（三）公开时限。属于主动公开范围的政府信息，自该信息形成或者变更之日起${PUBLICATION_WORKING_DAYS}个工作日内予以公开（《条例》第二十六条）。工作日按国务院办公厅公布的节假日安排计算，调休上班日计为工作日。`,
      ],
    },
    {
      heading: "三、依申请公开",
      paragraphs: [
        "（一）申请方式。公民、法人或者其他组织可以通过本平台“依申请公开”栏目在线提交申请，也可以通过电子邮件、信函、传真或者当面提交书面申请；书写申请确有困难的，可以口头提出，由工作人员代为填写（《条例》第二十七条、第二十九条）。申请不需要说明用途。",
        "（二）申请内容。申请应当包括申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径（《条例》第二十九条）。",
        `（三）补正。申请内容不明确的，本机关自收到申请之日起${CORRECTION_NOTICE_WORKING_DAYS}个工作日内一次性告知申请人作出补正，补正期限一般为${agency.policy.correctionDeadlineWorkingDays}个工作日；答复期限自收到补正的申请之日起计算（《条例》第三十条）。`,
        "（四）收到申请的时间。当面提交的，以提交之日为收到申请之日；以挂号信函等需要签收的邮寄方式提交的，以本机关签收之日为收到申请之日；以平常信函提交的，以双方确认之日为收到申请之日；通过互联网渠道或者传真提交的，以双方确认之日为收到申请之日（《条例》第三十一条）。",
        `（五）答复期限。能够当场答复的当场答复；不能当场答复的，自收到申请之日起${REPLY_PERIOD_WORKING_DAYS}个工作日内答复；需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过${MAX_EXTENSION_WORKING_DAYS}个工作日。征求第三方和其他机关意见所需时间不计算在上述期限内，被征求意见方自收到征求意见书之日起${CONSULTATION_REPLY_WORKING_DAYS}个工作日内提出意见（《条例》第三十二条、第三十三条）。`,
      ],
      links: [{ href: "/apply/deadline-calculator", label: "答复期限计算器：按工作日推算答复期限" }],
    },
    {
      heading: "四、收费",
      paragraphs: [
        "本机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，可以依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费，按件计收或者按量计收，每件申请只适用一种方式（《条例》第四十二条）。",
        `按件计收：${FEE_METHOD_RULES.perItem}`,
        `按量计收：${FEE_METHOD_RULES.perPage}`,
        agency.policy.feePausesClock
          ? `收取信息处理费的，申请人自收到收费通知之日起${FEE_PAYMENT_WINDOW_WORKING_DAYS}个工作日内缴纳；自收到收费通知之日至缴费之日不计算在答复期限内。逾期未缴纳的，视为放弃申请。`
          : `收取信息处理费的，申请人自收到收费通知之日起${FEE_PAYMENT_WINDOW_WORKING_DAYS}个工作日内缴纳；本机关收费期间答复期限继续计算。逾期未缴纳的，视为放弃申请。`,
      ],
      links: [{ href: "/apply/fee-calculator", label: "信息处理费计算器：按件或按量估算费用" }],
    },
    {
      heading: "五、监督和救济",
      paragraphs: [
        `公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法向${agency.reconsiderationBody}申请行政复议或者向${agency.court}提起行政诉讼（《条例》第五十一条）。`,
      ],
    },
    {
      heading: "六、政府信息公开工作机构",
      paragraphs: [],
      rows: [
        ["名称", office.name],
        ["办公地址", office.address],
        ["办公时间", office.hours],
        ["联系电话", office.phone],
        ["传真", office.fax],
        ["电子邮箱", office.email],
        ["邮政编码", office.postcode],
      ].filter(([, value]) => Boolean(value)) as [string, string][],
    },
  ];
}

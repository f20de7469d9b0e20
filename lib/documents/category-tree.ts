/**
 * The default category tree of 法定主动公开内容 for a township government (catalogue.md), seeded
 * for every agency; admins edit it afterwards. Codes are stable ASCII keys used in URLs and the API.
 */
export interface CategorySeed {
  code: string;
  name: string;
  children?: CategorySeed[];
}

export const DEFAULT_CATEGORY_TREE: CategorySeed[] = [
  {
    code: "organization",
    name: "机构职能",
    children: [
      { code: "organization-overview", name: "机构概况" },
      { code: "organization-leaders", name: "领导信息" },
      { code: "organization-departments", name: "内设机构" },
    ],
  },
  {
    code: "policy",
    name: "政策文件",
    children: [
      { code: "policy-normative", name: "行政规范性文件" },
      { code: "policy-other", name: "其他文件" },
      { code: "policy-interpretation", name: "政策解读" },
    ],
  },
  { code: "planning", name: "规划信息" },
  {
    code: "fiscal",
    name: "财政信息",
    children: [
      { code: "fiscal-budget", name: "预算" },
      { code: "fiscal-final-accounts", name: "决算" },
      { code: "fiscal-three-public", name: "“三公”经费" },
    ],
  },
  {
    code: "enforcement",
    name: "行政执法",
    children: [
      { code: "enforcement-penalty", name: "行政处罚" },
      // 条例第二十条第（六）项
      { code: "enforcement-coercion", name: "行政强制" },
      { code: "enforcement-inspection", name: "行政检查" },
      { code: "enforcement-publicity", name: "执法公示" },
    ],
  },
  { code: "procurement", name: "政府采购" },
  {
    // 条例第二十一条: what a township government publishes in particular.
    code: "key-areas",
    name: "重点领域信息",
    children: [
      { code: "key-agriculture-policy", name: "农业农村政策" },
      { code: "key-irrigation", name: "农田水利工程" },
      { code: "key-land-transfer", name: "农村土地承包经营权流转" },
      { code: "key-homestead", name: "宅基地使用审核" },
      { code: "key-land-expropriation", name: "土地征收" },
      { code: "key-housing-expropriation", name: "房屋征收" },
      { code: "key-fundraising", name: "筹资筹劳" },
      { code: "key-social-assistance", name: "社会救助" },
    ],
  },
  { code: "emergency", name: "应急管理" },
  { code: "proposals", name: "建议提案办理" },
  { code: "rule-of-law", name: "法治政府建设" },
  { code: "statistics", name: "统计信息" },
  { code: "personnel", name: "人事信息" },
  // The 政府信息公开年报 and 政府信息公开制度 column entries list the documents of these two.
  { code: "annual-reports", name: "政府信息公开年报" },
  { code: "disclosure-rules", name: "政府信息公开制度" },
];

/** Categories behind the fixed entries of the 政府信息公开 column (国办公开办函〔2019〕61号). */
export const ANNUAL_REPORT_CATEGORY = "annual-reports";
export const DISCLOSURE_RULES_CATEGORY = "disclosure-rules";

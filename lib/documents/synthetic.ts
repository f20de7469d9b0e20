import type { DocType } from "./labels";
import type { DocumentFieldsInput } from "./schemas";

/**
 * Synthetic but realistic Chinese government documents for load tests (npm run gen:documents).
 * Deterministic for a given seed, so benchmark runs are comparable.
 */

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  ["fiscal-budget", "fiscal", "部门预算", "预算"],
  ["fiscal-final-accounts", "fiscal", "部门决算", "决算"],
  ["fiscal-three-public", "fiscal", "“三公”经费情况说明", "三公经费"],
  ["policy-normative", "normative", "管理办法", "规范性文件"],
  ["policy-other", "other_document", "工作方案", "工作方案"],
  ["policy-interpretation", "interpretation", "政策解读", "政策解读"],
  ["planning", "plan", "发展规划", "规划"],
  ["enforcement-penalty", "notice", "行政处罚信息公示", "行政处罚"],
  ["enforcement-inspection", "notice", "行政检查结果公示", "行政检查"],
  ["procurement", "notice", "政府采购意向公开", "政府采购"],
  ["key-agriculture-policy", "other_document", "农业农村扶持政策", "乡村振兴"],
  ["key-irrigation", "notice", "农田水利工程建设公示", "农田水利"],
  ["key-land-transfer", "notice", "土地承包经营权流转公示", "土地流转"],
  ["key-homestead", "notice", "宅基地使用审核结果公示", "宅基地"],
  ["key-social-assistance", "notice", "社会救助对象公示", "社会救助"],
  ["emergency", "plan", "突发事件应急预案", "应急管理"],
  ["proposals", "other_document", "建议提案办理情况答复", "建议提案"],
  ["statistics", "work_report", "统计公报", "统计"],
  ["personnel", "notice", "公开招聘公告", "招聘"],
  ["rule-of-law", "work_report", "法治政府建设情况报告", "法治政府"],
] as const satisfies readonly (readonly [string, DocType, string, string])[];

const SUBJECTS = ["农村人居环境", "垃圾分类", "河长制", "安全生产", "食品安全", "养老服务", "就业创业", "高标准农田", "秸秆综合利用", "清洁取暖", "燃气安全", "道路交通", "义务教育", "医疗保障", "退役军人服务", "防汛抗旱", "森林防火", "文明创建", "营商环境", "社区治理"];

const SENTENCES = [
  "为深入贯彻落实党中央、国务院决策部署，结合本地实际，制定本{kind}。",
  "坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。",
  "各村（社区）、各部门要高度重视{subject}工作，明确责任分工，确保各项任务落到实处。",
  "{year}年，全镇围绕{subject}开展专项行动{n}次，排查问题隐患{m}处，已全部整改完毕。",
  "严格落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。",
  "资金使用严格执行财政预算管理有关规定，接受审计监督和社会监督。",
  "对群众反映的问题，建立台账、限时办结、及时反馈。",
  "加强政策宣传解读，通过政府网站、政务新媒体等渠道及时发布相关信息。",
  "本{kind}自印发之日起施行，由镇党政办公室负责解释。",
  "申请人对审核结果有异议的，可在公示期内向镇便民服务中心反映。",
  "进一步完善工作机制，强化督导检查，推动{subject}工作提质增效。",
  "全年共投入资金{money}万元，惠及群众{people}人次。",
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
}

export interface SyntheticDocument extends DocumentFieldsInput {
  publishedOn: string;
}

/** The i-th synthetic document of an agency (agency short name and 文号 prefix given). */
export function syntheticDocument(random: () => number, agency: { shortName: string; letterPrefix: string }, serial: number): SyntheticDocument {
  const [categoryCode, docType, kind, keyword] = pick(random, TOPICS);
  const subject = pick(random, SUBJECTS);
  const year = 2019 + Math.floor(random() * 7); // 2019–2025
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const issuedOn = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const publishedDate = new Date(Date.UTC(year, month - 1, day + 3 + Math.floor(random() * 20)));
  const values = {
    kind,
    subject,
    year: String(year),
    n: String(2 + Math.floor(random() * 30)),
    m: String(5 + Math.floor(random() * 200)),
    money: String(10 + Math.floor(random() * 900)),
    people: String(100 + Math.floor(random() * 9000)),
  };
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 8) }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => fill(pick(random, SENTENCES), values)).join(""),
  );
  const hasNumber = docType === "normative" || docType === "other_document" || random() < 0.3;
  const prefix = agency.letterPrefix.replace(/公开$/, "");
  const publishedOn = publishedDate.toISOString().slice(0, 10);
  const repealed = random() < 0.05;
  return {
    title: `${agency.shortName.replace(/人民政府$/, "")}${year}年${subject}${kind}`,
    categoryCode,
    docType,
    docNumber: hasNumber ? `${prefix}〔${year}〕${serial % 200 + 1}号` : "",
    signer: "",
    issuedOn,
    changedOn: "",
    validity: repealed ? "repealed" : "valid",
    expiresOn: "",
    repealedOn: repealed ? publishedOn : "",
    keywords: `${keyword} ${subject}`,
    summary: `${agency.shortName}关于${subject}的${kind}，说明工作目标、主要措施和责任分工。`,
    body: paragraphs.join("\n"),
    linkedIndexNumbers: "",
    supersedesIndexNumber: "",
    publishedOn,
  };
}

import { and, count, eq, gte, inArray, lte } from "drizzle-orm";
import { agencies, applications, outbox, users } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { creditCodeCheckCharacter } from "@/lib/validation/credit-code";
import { idCardCheckCharacter } from "@/lib/validation/id-card";
import type { DecisionCode } from "@/lib/workflow";
import type { OrgKind } from "./vocabulary";
import { DEMO_PROOF } from "./demo-applications";
import { submitApplication } from "./submit-application";
import { withdrawApplication } from "./withdraw-application";
import { performAction } from "./workbench/perform-action";
import { registerOfflineApplication } from "./workbench/register-offline";

const BALITAI = "11120112MB1957322H";
const YEAR = 2024;

type Applicant = { kind: "person"; name: string } | { kind: OrgKind; name: string; representative: string };

interface DemoCase {
  receivedOn: string;
  channel: "online" | "in_person" | "registered_mail";
  applicant: Applicant;
  item: string;
  decision: DecisionCode;
  /** 按量计收 pages (fees.md), paid before the reply. */
  feePages?: number;
}

const person = (name: string): Applicant => ({ kind: "person", name });
const org = (kind: OrgKind, name: string, representative: string): Applicant => ({ kind, name, representative });

/**
 * 八里台镇人民政府's 2024 as its published 2024 report states it: 24 applications handled (依申请公开
 * 24 件), all received and answered in 2024, with a plausible spread of applicant types and
 * decisions. Table 四 is not seeded: the town-wide 行政复议/行政诉讼 counts of its 法治政府建设 report
 * are not disclosure cases (annual-report.md).
 */
const CASES: DemoCase[] = [
  { receivedOn: "2024-01-08", channel: "in_person", applicant: person("刘建国"), item: "八里台镇2023年农村宅基地审批结果", decision: "disclosed" },
  { receivedOn: "2024-01-22", channel: "online", applicant: person("陈淑芬"), item: "本村2023年低保户认定名单", decision: "partlyDisclosed" },
  { receivedOn: "2024-02-26", channel: "registered_mail", applicant: org("commercial", "天津津南示范农业发展有限公司", "赵立新"), item: "八里台镇设施农业用地备案情况", decision: "disclosed", feePages: 260 },
  { receivedOn: "2024-03-06", channel: "online", applicant: person("王海涛"), item: "八里台镇2024年镇级财政预算", decision: "alreadyPublished" },
  { receivedOn: "2024-03-18", channel: "in_person", applicant: person("张桂兰"), item: "某村集体土地征收补偿安置方案", decision: "disclosed" },
  { receivedOn: "2024-04-09", channel: "online", applicant: person("李明"), item: "八里台镇某小区周边道路改造工程审批文件", decision: "notHeld" },
  { receivedOn: "2024-04-22", channel: "registered_mail", applicant: org("legal", "天津津南律师事务所（演示）", "孙志强"), item: "八里台镇2023年行政处罚决定书（某案）", decision: "notThisAgency" },
  { receivedOn: "2024-05-13", channel: "online", applicant: person("赵红梅"), item: "八里台镇2023年政府信息公开工作年度报告", decision: "alreadyPublished" },
  { receivedOn: "2024-05-27", channel: "in_person", applicant: person("周永强"), item: "本人承包地确权登记资料", decision: "disclosed" },
  { receivedOn: "2024-06-05", channel: "online", applicant: person("吴丽"), item: "八里台镇2024年防汛物资采购合同", decision: "disclosed" },
  { receivedOn: "2024-06-17", channel: "online", applicant: person("郑国华"), item: "某企业环境违法举报的调查处理意见", decision: "notDisclosedThirdPartyRights" },
  { receivedOn: "2024-07-02", channel: "registered_mail", applicant: org("commercial", "天津八里台建材贸易有限公司", "钱卫东"), item: "八里台镇2024年政府采购项目中标结果", decision: "alreadyPublished" },
  { receivedOn: "2024-07-15", channel: "online", applicant: person("冯晓燕"), item: "八里台镇村庄规划编制会议纪要", decision: "notDisclosedProcessInformation" },
  { receivedOn: "2024-07-29", channel: "online", applicant: person("褚志明"), item: "2024年某村道路硬化工程验收报告", decision: "disclosed" },
  { receivedOn: "2024-08-12", channel: "in_person", applicant: person("卫秀英"), item: "全镇2019年以来每一户的补贴发放汇总分析", decision: "needsNewProcessing" },
  { receivedOn: "2024-08-26", channel: "online", applicant: person("蒋春生"), item: "八里台镇某工业园区环境影响评价文件", decision: "notHeld" },
  { receivedOn: "2024-09-04", channel: "online", applicant: person("沈丽娟"), item: "2024年秋季学校周边交通整治方案", decision: "disclosed" },
  { receivedOn: "2024-09-23", channel: "in_person", applicant: org("nonprofit", "津南区助老公益服务中心（演示）", "韩淑珍"), item: "八里台镇2024年养老服务补贴发放情况", decision: "partlyDisclosed" },
  { receivedOn: "2024-10-14", channel: "online", applicant: person("杨振华"), item: "投诉某村干部违规问题的处理结果", decision: "petition" },
  { receivedOn: "2024-10-28", channel: "online", applicant: person("朱建军"), item: "某村2024年集体经济收支明细", decision: "notHeld" },
  { receivedOn: "2024-11-06", channel: "registered_mail", applicant: org("commercial", "天津润泽物业服务有限公司", "秦海波"), item: "八里台镇某安置房小区物业招标文件", decision: "disclosed" },
  { receivedOn: "2024-11-18", channel: "online", applicant: person("张三"), item: "八里台镇2024年冬季清洁取暖补贴标准", decision: "withdrawn" },
  { receivedOn: "2024-12-02", channel: "in_person", applicant: org("other", "八里台镇某村村民委员会", "许大山"), item: "八里台镇2024年河道清淤工程施工合同", decision: "disclosed" },
  { receivedOn: "2024-12-09", channel: "online", applicant: person("何静"), item: "某村2024年高标准农田建设项目公示材料", decision: "notHeld" },
];

/** Each decision's reply draft, with what letters.md says it must contain. */
function draftOf(decision: DecisionCode, item: string): Record<string, unknown> {
  switch (decision) {
    case "disclosed":
      return { decision, provision: "以电子文档形式通过电子邮件或现场领取方式提供。", releasedFiles: `${item}.pdf` };
    case "alreadyPublished":
      return { decision, whereToObtain: "该信息已在本机关政府信息公开专栏主动公开，可在“法定主动公开内容”栏目查阅。" };
    case "partlyDisclosed":
      return {
        decision,
        provision: "以电子文档形式提供可以公开的部分。",
        withheldParts: [{ part: "涉及个人身份证号码和家庭住址的内容", ground: "notDisclosedThirdPartyRights", reason: "公开会对第三方个人隐私造成损害。" }],
      };
    case "notDisclosedThirdPartyRights":
      return { decision, reasons: "所申请信息涉及被举报企业的商业秘密，经征求意见第三方不同意公开，公开会对其合法权益造成损害。" };
    case "notDisclosedProcessInformation":
      return { decision, reasons: "所申请信息为行政机关在履行职责过程中形成的讨论记录，属于过程性信息。" };
    case "notHeld":
      return { decision, reasons: "经检索本机关档案和业务系统，本机关未制作或获取该信息。" };
    case "notThisAgency":
      return { decision, reasons: "该信息由区级行政执法部门制作并负责公开。", responsibleAgencyName: "天津市津南区综合行政执法局", responsibleAgencyContact: "022-28000000（演示）" };
    case "needsNewProcessing":
      return { decision, reasons: "所申请内容需要对现有信息进行加工、分析、汇总后另行制作，本机关不予提供。" };
    case "petition":
      return { decision, properChannel: "请通过信访渠道反映：津南区信访办公室或“12345”政务服务便民热线。" };
    default:
      throw new Error(`no demo draft for ${decision}`);
  }
}

/** 09:00 in China on a day, plus `days`, moved to the next Monday from a weekend. */
function workday(date: string, days = 0): Date {
  const d = new Date(`${date}T01:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

function identity(index: number, applicant: Applicant) {
  if (applicant.kind === "person") {
    // 张三 is the demo citizen's account (db/seed.ts): his own identity.
    if (applicant.name === "张三") return { idType: "居民身份证", idNumber: "11010519491231002X" };
    const first17 = `120112${1950 + index * 2}0${1 + (index % 9)}1${index % 10}${String(100 + index).slice(-3)}`;
    return { idType: "居民身份证", idNumber: `${first17}${idCardCheckCharacter(first17)}` };
  }
  const first17 = `91120112MA0${String(6000 + index).padStart(4, "0")}${"ABCDEF"[index % 6]}X`.slice(0, 17);
  return { creditCode: `${first17}${creditCodeCheckCharacter(first17)}` };
}

function formOf(index: number, c: DemoCase) {
  const phone = c.applicant.name === "张三" ? "13800138000" : `139${String(20240000 + index).padStart(8, "0")}`;
  const applicant =
    c.applicant.kind === "person"
      ? { name: c.applicant.name, phone, ...identity(index, c.applicant) }
      : { name: c.applicant.name, orgKind: c.applicant.kind, legalRepresentative: c.applicant.representative, contactName: c.applicant.representative, contactPhone: phone, ...identity(index, c.applicant) };
  return {
    agency: BALITAI,
    applicantType: c.applicant.kind === "person" ? "person" : "organization",
    applicant,
    items: [{ title: c.item, description: `请提供${c.item}的全文。` }],
    carrierForms: ["电子文档"],
    deliveryMethods: c.channel === "online" ? ["网上获取"] : ["自行领取"],
  };
}

async function actorOf(db: Db, login: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.email, login));
  if (!user) throw new Error(`demo account missing: ${login}`);
  return { userId: user.id, role: user.role, agencyId: user.agencyId, name: user.name };
}

/**
 * `npm run db:seed`: 八里台's 2024, each case through the same use cases staff use (so its ledger,
 * letters, clock and audit are consistent): received, (fee,) drafted, reviewed, replied, delivered,
 * archived; one withdrawn by the demo citizen. Idempotent: skipped once the agency has any
 * application received in 2024.
 */
export async function seedDemoReportYear(db: Db): Promise<number> {
  const [agency] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, BALITAI));
  if (!agency) return 0;
  const [{ existing }] = (await db
    .select({ existing: count() })
    .from(applications)
    .where(and(eq(applications.agencyId, agency.id), gte(applications.receivedOn, `${YEAR}-01-01`), lte(applications.receivedOn, `${YEAR}-12-31`)))) as [
    { existing: number },
  ];
  if (Number(existing) > 0) return 0;

  const clerk = await actorOf(db, "clerk@balitai.example");
  const reviewer = await actorOf(db, "reviewer@balitai.example");
  const citizen = await actorOf(db, "citizen@example.com");

  const seeded: string[] = [];
  for (const [index, c] of CASES.entries()) {
    const received = workday(c.receivedOn);
    const form = formOf(index, c);
    let id: string;
    if (c.channel === "online") {
      const applicant = c.decision === "withdrawn" ? citizen : null;
      const submitted = await submitApplication(db, applicant, form, [{ name: "身份证明.png", content: DEMO_PROOF }], { ip: "seed", rateLimitPerHour: 1000, now: received });
      id = submitted.applicationId;
      seeded.push(id);
      await performAction(db, clerk, id, "confirmReceipt", { receivedOn: dayOf(received) }, { now: received });
    } else {
      const registered = await registerOfflineApplication(
        db,
        clerk,
        { channel: c.channel, receivedOn: dayOf(received), identityShownInPerson: true, application: form },
        received,
      );
      id = registered.applicationId;
      seeded.push(id);
    }

    if (c.decision === "withdrawn") {
      const on = workday(dayOf(received), 3);
      await withdrawApplication(db, citizen, id, { reason: "已从镇政府网站获得所需信息。", confirm: true }, on);
      await performAction(db, clerk, id, "archive", {}, { now: on });
      continue;
    }
    let step = received;
    if (c.feePages) {
      step = workday(dayOf(received), 2);
      await performAction(db, clerk, id, "proposeFee", { method: "perPage", pages: String(c.feePages) }, { now: step });
      await performAction(db, reviewer, id, "approveFee", {}, { now: step });
      step = workday(dayOf(step), 2);
      await performAction(db, clerk, id, "recordFeeNoticeDelivery", { deliveredOn: dayOf(step) }, { now: step });
      step = workday(dayOf(step), 3);
      await performAction(db, clerk, id, "recordFeePayment", { paidOn: dayOf(step), receiptNumber: `津财票（演示）${YEAR}${String(index).padStart(4, "0")}` }, { now: step });
    }
    const drafted = workday(dayOf(step), 7);
    await performAction(db, clerk, id, "draftDecision", draftOf(c.decision, c.item), { now: drafted });
    await performAction(db, clerk, id, "submitForReview", {}, { now: drafted });
    const replied = workday(dayOf(drafted), 1);
    await performAction(db, reviewer, id, "approveReply", {}, { now: replied });
    const delivered = workday(dayOf(replied), 2);
    // 网上获取: the system recorded the delivery on the day of the reply (lib/applications/delivery).
    if (c.channel !== "online") await performAction(db, clerk, id, "recordDelivery", { method: "in_person", deliveredOn: dayOf(delivered) }, { now: delivered });
    await performAction(db, clerk, id, "archive", {}, { now: delivered });
  }
  // The steps queued their e-mails (review requests) as they would have in 2024: history, not news.
  await db.delete(outbox).where(and(inArray(outbox.applicationId, seeded), eq(outbox.status, "pending")));
  return CASES.length;
}

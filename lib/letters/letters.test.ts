import { describe, expect, it } from "vitest";
import { perItemFee, perPageFee } from "@/lib/fees";
import { DECISIONS } from "@/lib/workflow/decisions";
import type { Channel } from "@/lib/workflow/snapshot";
import { COMPLETE_DRAFTS } from "@/lib/workflow/test-fixtures";
import {
  assertNoApplicantData,
  buildClosingNotice,
  buildConsultationLetter,
  buildCorrectionNotice,
  buildExplanationRequest,
  buildExtensionNotice,
  buildFeeNotice,
  buildLaterReplyNotice,
  buildReceipt,
  buildReply,
  buildSubmissionVoucher,
  buildThirdPartyNotice,
  buildWithdrawalConfirmation,
  formatChineseDate,
  formatLetterNumber,
  isNumberedLetter,
  LETTER_KINDS,
  LETTER_TITLES,
  type Letter,
} from ".";

const agency = {
  name: "八里台镇人民政府",
  letterPrefix: "八里台政公开",
  reconsiderationBody: "天津市津南区人民政府",
  court: "天津市津南区人民法院",
};
const issue = { number: "八里台政公开〔2025〕7号", date: "2025-03-05" };
const application = { caseNumber: "BLT-2025-0012", applicantName: "张三", receivedOn: "2025-03-03" };
const corrected = { ...application, correctionReceivedOn: "2025-03-20" };
// The applicant's personal data a third-party letter must never carry (letters.md).
const APPLICANT_DATA = ["张三", "120112199001011234", "13800138000", "BLT-2025-0012"];

const text = (letter: Letter) =>
  [letter.title, letter.number ?? "", letter.addressee, ...letter.paragraphs, ...(letter.remedy ?? []).map((r) => r.text)].join("\n");

/** Letters to the applicant quote the case number and receivedOn, and the correction date after one. */
function expectQuotesApplication(letter: Letter, facts: { correctionReceivedOn?: string } = {}) {
  expect(letter.addressee).toBe("张三");
  expect(text(letter)).toContain("BLT-2025-0012");
  expect(text(letter)).toContain("2025年3月3日");
  if (facts.correctionReceivedOn) expect(text(letter)).toContain("2025年3月20日收到您补正后的申请");
}

describe("formatLetterNumber (letters.md: {prefix}〔{year}〕{serial}号)", () => {
  it.each([
    ["八里台政公开", 2025, 7, "八里台政公开〔2025〕7号"],
    ["津南政依复", 2026, 123, "津南政依复〔2026〕123号"],
  ] as const)("%s %d %d → %s", (prefix, year, serial, expected) => {
    expect(formatLetterNumber(prefix, year, serial)).toBe(expected);
  });

  it.each([
    ["", 2025, 1],
    ["八里台", 25, 1],
    ["八里台", 2025, 0],
    ["八里台", 2025, 1.5],
  ] as const)("refuses prefix %j, year %d, serial %d", (prefix, year, serial) => {
    expect(() => formatLetterNumber(prefix, year, serial)).toThrow(RangeError);
  });

  it("only the 提交凭证 and the 撤回确认 are unnumbered", () => {
    expect(LETTER_KINDS.filter((k) => !isNumberedLetter(k))).toEqual(["submissionVoucher", "withdrawalConfirmation"]);
  });
});

describe("formatChineseDate", () => {
  it.each([
    ["2025-03-03", "2025年3月3日"],
    ["2025-10-31", "2025年10月31日"],
  ])("%s → %s", (date, expected) => expect(formatChineseDate(date)).toBe(expected));
});

describe("提交凭证（尚未确认收到）", () => {
  const letter = buildSubmissionVoucher({
    agency,
    submittedOn: "2025-03-01",
    application: { caseNumber: "BLT-2025-0012", trackingCode: "K7P2-9QXA", applicantName: "张三" },
    lookupUrl: "https://xxgk.example.gov.cn/apply/lookup",
  });
  it("has the case number, tracking code and what happens next, and is not numbered", () => {
    expect(letter.number).toBeNull();
    expect(text(letter)).toContain("BLT-2025-0012");
    expect(text(letter)).toContain("K7P2-9QXA");
    expect(text(letter)).toContain("确认收到后");
  });
  it("says to look up with 查询码 + 联系电话 at the full public URL", () => {
    expect(text(letter)).toContain("凭查询码和提交申请时填写的联系电话，在 https://xxgk.example.gov.cn/apply/lookup 查询");
    expect(text(letter)).not.toContain("凭受理编号");
  });
  it("has no receipt date and no due date", () => {
    expect(text(letter)).not.toMatch(/收到申请之日：|答复期限至|\d{4}年\d+月\d+日/);
  });
});

describe("申请接收回执 (条例第三十一条、第三十三条)", () => {
  const receipt = (channel: Channel, replyDueOn: string | null = "2025-03-31") =>
    buildReceipt({
      agency,
      issue,
      application: { caseNumber: "BLT-2025-0012", trackingCode: "K7P2-9QXA", applicantName: "张三", channel, receivedOn: "2025-03-03" },
      replyDueOn,
      replyDuePendingLabel: "待定（2027年放假安排未公布）",
      lookupUrl: "https://xxgk.example.gov.cn/apply/lookup",
    });

  it.each([
    ["online", "网上（含电子邮件）", "双方确认之日"],
    ["fax", "传真", "双方确认之日"],
    ["in_person", "当面", "以提交之日"],
    ["registered_mail", "信函（挂号/快递）", "签收之日"],
    ["ordinary_mail", "信函（平信）", "与申请人确认之日"],
    ["oral", "口头", "确认申请内容之日"],
  ] as const)("%s: channel %s and the rule that fixed receivedOn (%s)", (channel, label, rule) => {
    const letter = receipt(channel);
    expectQuotesApplication(letter);
    expect(letter.number).toBe(issue.number);
    expect(text(letter)).toContain(label);
    expect(text(letter)).toContain(rule);
    expect(text(letter)).toContain("条例第三十一条");
    expect(text(letter)).toContain("K7P2-9QXA");
    // 查询码 + 联系电话 is how the look-up works, at the full public address (not a bare path).
    expect(text(letter)).toContain("您可凭查询码和提交申请时填写的联系电话（法人或其他组织为联系人电话），在 https://xxgk.example.gov.cn/apply/lookup 查询");
    expect(text(letter)).not.toContain("凭受理编号和查询码");
  });

  it("gives the reply due date with the 20-working-day rule (第三十三条)", () => {
    expect(text(receipt("online"))).toMatch(/条例第三十三条第一款.*20个工作日.*答复期限至2025年3月31日/);
  });

  it("prints 待定 when the due date falls in an unpublished year (workflow.md §3)", () => {
    expect(text(receipt("online", null))).toContain("答复期限至待定（2027年放假安排未公布）");
  });
});

describe("补正告知书 (条例第三十条)", () => {
  const letter = buildCorrectionNotice({
    agency,
    issue,
    application,
    points: ["请写明所需文件的名称或文号", "请写明文件的大致形成时间"],
    guidance: "可参照本机关政府信息公开目录中的文件名称描述。",
    deadlineOn: "2025-03-26",
  });
  it("lists every point, guidance, the deadline, the new period and the abandonment", () => {
    expectQuotesApplication(letter);
    expect(letter.paragraphs).toContain("（一）请写明所需文件的名称或文号");
    expect(letter.paragraphs).toContain("（二）请写明文件的大致形成时间");
    expect(text(letter)).toContain("一次性告知");
    expect(text(letter)).toContain("可参照本机关政府信息公开目录");
    expect(text(letter)).toContain("2025年3月26日前");
    expect(text(letter)).toContain("答复期限自本机关收到补正后的申请之日起计算");
    expect(text(letter)).toMatch(/无正当理由逾期不补正的，视为放弃申请/);
  });
  it("refuses a notice with nothing to correct", () => {
    expect(() => buildCorrectionNotice({ agency, issue, application, points: [], guidance: "", deadlineOn: "2025-03-26" })).toThrow();
  });
});

describe("说明理由告知书 and 延迟答复告知书 (条例第三十五条)", () => {
  it("says what is asked, by when and what follows", () => {
    const letter = buildExplanationRequest({ agency, issue, application, question: "一个月内申请200件的用途", answerBy: "2025-03-12" });
    expectQuotesApplication(letter);
    expect(text(letter)).toContain("一个月内申请200件的用途");
    expect(text(letter)).toContain("2025年3月12日前");
    expect(text(letter)).toContain("不予处理");
    expect(text(letter)).toContain("延迟答复的合理期限");
    expect(text(letter)).toContain("条例第三十五条");
  });
  it("gives the new date and the reason", () => {
    const letter = buildLaterReplyNotice({ agency, issue, application: corrected, replyOn: "2025-05-30", reason: "申请涉及2000余份档案" });
    expectQuotesApplication(letter, corrected);
    expect(text(letter)).toContain("2025年5月30日");
    expect(text(letter)).toContain("申请涉及2000余份档案");
    expect(text(letter)).toContain("条例第三十五条");
  });
});

describe("征求意见书 (条例第三十二、三十三、三十四条): never the applicant's personal data", () => {
  it.each([
    ["thirdParty", "某建筑公司", "条例第三十二条", "由本机关依照条例的规定决定是否公开"],
    ["coMakingAgency", "津南区财政局", "条例第三十四条", "视为同意公开"],
    ["otherAgency", "津南区发展改革委", "条例第三十三条第二款", "由本机关依照条例的规定决定是否公开"],
  ] as const)("%s: information, why, 15 working days, consequence of silence", (kind, name, basis, silence) => {
    const letter = buildConsultationLetter({
      agency,
      issue,
      consultee: { name, kind },
      information: "2024年某道路工程施工合同",
      whyAffected: "该合同载有贵方的报价明细，可能涉及商业秘密。",
    });
    expect(letter.addressee).toBe(name);
    expect(text(letter)).toContain("2024年某道路工程施工合同");
    expect(text(letter)).toContain("可能涉及商业秘密");
    expect(text(letter)).toContain("15个工作日内");
    expect(text(letter)).toContain(basis);
    expect(text(letter)).toContain(silence);
    for (const data of APPLICANT_DATA) expect(text(letter)).not.toContain(data);
    expect(() => assertNoApplicantData(letter, APPLICANT_DATA)).not.toThrow();
  });

  it("assertNoApplicantData catches an applicant's name typed into the description", () => {
    const letter = buildConsultationLetter({
      agency,
      issue,
      consultee: { name: "某公司", kind: "thirdParty" },
      information: "张三申请的施工合同",
      whyAffected: "",
    });
    expect(() => assertNoApplicantData(letter, APPLICANT_DATA)).toThrow(/不得包含申请人的个人信息/);
  });

  it("prints the one-time link and code to answer online (issue 16.4), and nothing of it without them", () => {
    const base = { agency, issue, consultee: { name: "某公司", kind: "thirdParty" as const }, information: "施工合同", whyAffected: "" };
    const online = buildConsultationLetter({ ...base, online: { url: "https://xxgk.example.gov.cn/consultations/abc", code: "ABCD2345" } });
    expect(text(online)).toContain("贵方也可以访问 https://xxgk.example.gov.cn/consultations/abc ，输入验证码 ABCD2345 ，在线提出意见");
    expect(text(buildConsultationLetter(base))).not.toContain("在线提出意见");
  });
});

describe("告知书 to a third party (条例第三十二条: disclosure over objection)", () => {
  const notice = (releaseOn: string | null) =>
    buildThirdPartyNotice({
      agency,
      issue,
      thirdPartyName: "某建筑公司",
      information: "施工合同的合同总价",
      reasons: "该项目使用财政资金，合同总价关系公共利益。",
      releaseWaitWorkingDays: 15,
      releaseOn,
    });
  it("gives the information, the reasons, the release date and the ordinary remedy for the third party", () => {
    const letter = notice("2025-04-08");
    expect(letter.addressee).toBe("某建筑公司");
    expect(text(letter)).toContain("施工合同的合同总价");
    expect(text(letter)).toContain("关系公共利益");
    expect(text(letter)).toContain("2025年4月8日起公开");
    expect(letter.remedy).toEqual([expect.objectContaining({ kind: "ordinary", covers: null })]);
    expect(letter.remedy![0]!.text).toMatch(/收到本告知书之日起六十日内向天津市津南区人民政府申请行政复议.*六个月内向天津市津南区人民法院提起行政诉讼/);
    for (const data of APPLICANT_DATA) expect(text(letter)).not.toContain(data);
  });
  it("states the wait rule when delivery is not yet known (Policy default 15 working days)", () => {
    expect(text(notice(null))).toContain("送达之日起满15个工作日后公开");
  });
});

describe("延期答复告知书 (条例第三十三条第一款)", () => {
  const extension = (workingDays: number, date = "2025-03-31") =>
    buildExtensionNotice({
      agency,
      issue: { ...issue, date },
      application,
      originalDueOn: "2025-03-31",
      workingDays,
      newDueOn: "2025-04-29",
      reason: "需调取已移交档案馆的档案",
    });
  it("gives the original due date, the working days, the new due date and the reason", () => {
    const letter = extension(20);
    expectQuotesApplication(letter);
    expect(text(letter)).toContain("原答复期限至2025年3月31日");
    expect(text(letter)).toContain("延长20个工作日");
    expect(text(letter)).toContain("延长后的答复期限至2025年4月29日");
    expect(text(letter)).toContain("需调取已移交档案馆的档案");
  });
  it.each([0, 21, 2.5])("refuses %d working days", (days) => expect(() => extension(days)).toThrow(/20个工作日/));
  it("refuses a letter dated after the original due date", () => expect(() => extension(20, "2025-04-01")).toThrow(/届满前/));
});

describe("收费通知书 (《政府信息公开信息处理费管理办法》; fees.md §3)", () => {
  const perPage = (feePausesClock: boolean) =>
    buildFeeNotice({
      agency,
      issue,
      application,
      count: { method: "perPage", pages: 150 },
      quote: perPageFee(150),
      howToPay: "持本通知到区财政局指定银行缴纳，缴款后将财政票据交本机关。",
      feePausesClock,
      feePauseRule: "《八里台镇人民政府政府信息公开指南》",
      payBy: "2025-04-02",
    });

  it("per page: basis Arts. 3 and 5, the band table, the count, the breakdown, how and when to pay, abandonment", () => {
    const letter = perPage(true);
    expectQuotesApplication(letter);
    expect(text(letter)).toContain("《政府信息公开信息处理费管理办法》第三条、第五条");
    expect(text(letter)).toContain("按量计收");
    expect(letter.tables![0]).toEqual({
      caption: "按量计收收费标准",
      columns: ["页数", "每页收费"],
      rows: [
        ["1–30页", "0元"],
        ["31–100页", "10元"],
        ["101–200页", "20元"],
        ["201页以上", "40元"],
      ],
    });
    expect(text(letter)).toContain("共150页");
    expect(letter.tables![1]!.rows.at(-1)).toEqual(["合计", "", "", "1,700元"]);
    expect(text(letter)).toContain("共计1,700元");
    expect(text(letter)).toContain("区财政局指定银行");
    expect(text(letter)).toContain("自收到本通知之次日起20个工作日内（即2025年4月2日前");
    expect(text(letter)).toContain("逾期未缴纳的，视为放弃申请");
  });

  it("cites no article of the Measures beyond Arts. 3–5 (only those were read word for word)", () => {
    expect(text(perPage(true))).not.toMatch(/办法》第(?![三四五]条)/);
  });

  it("says the fee period does not count toward the reply deadline only when feePausesClock is on", () => {
    expect(text(perPage(true))).toContain("根据《八里台镇人民政府政府信息公开指南》，自您收到本通知之日至缴费之日的期间，不计算在答复期限内");
    expect(text(perPage(false))).not.toContain("不计算在答复期限内");
  });

  it("per item: Art. 4, the item numbers of the month, the bands continuing by 10", () => {
    const letter = buildFeeNotice({
      agency,
      issue,
      application,
      count: { method: "perItem", itemNumbers: [12] },
      quote: perItemFee(11, 1),
      howToPay: "银行转账",
      feePausesClock: true,
      feePauseRule: "本机关政府信息公开指南",
    });
    expect(text(letter)).toContain("第三条、第四条");
    expect(text(letter)).toContain("2025年3月向本机关提出的第12件申请");
    expect(letter.tables![0]!.rows).toEqual([
      ["1–10件", "0元"],
      ["11–30件", "100元"],
      ["31–40件", "200元"],
      ["41–50件，此后每10件为一档", "300元，每档递增100元"],
    ]);
    expect(text(letter)).toContain("共计100元");
    expect(text(letter)).toContain("自收到本通知之次日起20个工作日内缴纳");
  });

  it("a reduction is a new notice that refers to the old one", () => {
    const letter = buildFeeNotice({
      agency,
      issue: { number: "八里台政公开〔2025〕9号", date: "2025-03-12" },
      application,
      count: { method: "perPage", pages: 100 },
      quote: perPageFee(100),
      howToPay: "银行转账",
      feePausesClock: false,
      feePauseRule: "",
      replaces: { number: "八里台政公开〔2025〕7号", amountYuan: 1700 },
    });
    expect(letter.refersTo).toBe("八里台政公开〔2025〕7号");
    expect(text(letter)).toContain("本通知替代本机关八里台政公开〔2025〕7号收费通知书（原金额1,700元）");
  });

  it("refuses a notice for nothing", () => {
    expect(() =>
      buildFeeNotice({ agency, issue, application, count: { method: "perPage", pages: 30 }, quote: perPageFee(30), howToPay: "", feePausesClock: true, feePauseRule: "" }),
    ).toThrow();
  });
});

describe("终止办理告知书 (条例第三十条; fees)", () => {
  it.each([
    [{ kind: "noCorrection", correctionNoticeNumber: "八里台政公开〔2025〕5号", deadlineOn: "2025-03-26" }, ["2025年3月26日前", "八里台政公开〔2025〕5号", "条例第三十条", "视为放弃"]],
    [{ kind: "feeUnpaid", feeNoticeNumber: "八里台政公开〔2025〕6号", payBy: "2025-04-08" }, ["2025年4月8日前", "逾期未缴纳", "《政府信息公开信息处理费管理办法》", "视为放弃"]],
    [{ kind: "feeDeclined", feeNoticeNumber: "八里台政公开〔2025〕6号", declinedOn: "2025-03-15" }, ["2025年3月15日表示不缴纳", "《政府信息公开信息处理费管理办法》", "视为放弃"]],
  ] as const)("%j: what passed or was declared, the basis, the ordinary remedy", (ground, phrases) => {
    const letter = buildClosingNotice({ agency, issue, application: corrected, ground });
    expectQuotesApplication(letter, corrected);
    for (const phrase of phrases) expect(text(letter)).toContain(phrase);
    expect(letter.remedy).toEqual([expect.objectContaining({ kind: "ordinary" })]);
    expect(letter.remedy![0]!.text).toContain("收到本告知书之日起六十日内向天津市津南区人民政府申请行政复议");
  });
});

describe("撤回确认 (not numbered)", () => {
  it("confirms the closing at the applicant's request, without a remedy clause", () => {
    const letter = buildWithdrawalConfirmation({ agency, date: "2025-03-06", caseNumber: "BLT-2025-0012", applicantName: "张三", receivedOn: "2025-03-03", withdrawnOn: "2025-03-06" });
    expect(letter.number).toBeNull();
    expect(letter.remedy).toBeUndefined();
    expectQuotesApplication(letter);
    expect(text(letter)).toContain("根据您的请求，本机关已终止办理该申请");
  });
  it("works before receipt was confirmed", () => {
    const letter = buildWithdrawalConfirmation({ agency, date: "2025-03-02", caseNumber: "BLT-2025-0012", applicantName: "张三", receivedOn: null, withdrawnOn: "2025-03-02" });
    expect(text(letter)).toContain("尚未经本机关确认收到");
  });
});

describe("答复书 per decision (letters.md)", () => {
  const reply = (draft: (typeof COMPLETE_DRAFTS)[number]) =>
    buildReply({ agency, issue, application: corrected, requestSummary: "2024年本镇道路维修合同", draft });

  /** What each reply must say (letters.md), beyond the decision's basis. */
  const MUST_SAY: Record<string, string[]> = {
    alreadyPublished: ["已经主动公开", "本机关门户网站政府信息公开目录"],
    disclosed: ["予以公开", "提供方式：见附件", "2024年预算.pdf"],
    partlyDisclosed: ["合同正文予以公开", "第3页个人身份证号码", "涉及个人隐私", "第十五条"],
    notDisclosedStateSecret: ["国家秘密", "该文件已依法定密为秘密级"],
    notDisclosedProcessInformation: ["过程性信息", "属于讨论记录"],
    queryMatter: ["《不动产登记暂行条例》", "向不动产登记机构查询"],
    notHeld: ["经检索", "不存在", "经检索本机关档案"],
    notThisAgency: ["不属于本机关负责公开"],
    needsNewProcessing: ["加工、分析", "需对多年数据重新汇总分析"],
    unclearAfterCorrection: ["仍不明确", "未写明所需文件的名称或时间范围"],
    petition: ["不作为政府信息公开申请处理", "津南区信访办"],
    repeat: ["2025年2月1日", "八里台依复〔2025〕3号", "不予重复处理"],
    publication: ["公开出版物", "新华书店"],
    unreasonableVolume: ["研究需要", "一个月内提出200件申请", "不予处理"],
    confirmOrReissue: ["八里台政报〔2024〕27号", "不再重新出具"],
  };

  it.each(COMPLETE_DRAFTS.map((d, i) => [`${d.decision}#${i}`, d] as const))(
    "%s: decision, basis, reasons, provision and the remedy clause",
    (_name, draft) => {
      const letter = reply(draft);
      const definition = DECISIONS[draft.decision];
      expectQuotesApplication(letter, corrected);
      expect(letter.number).toBe(issue.number);
      expect(text(letter)).toContain("2024年本镇道路维修合同");
      if (definition.basis) expect(text(letter)).toContain(definition.basis.replace(/^条例/, "《中华人民共和国政府信息公开条例》"));
      for (const phrase of MUST_SAY[draft.decision]!) expect(text(letter)).toContain(phrase);
      const kinds = letter.remedy!.map((r) => r.kind);
      expect(kinds).toEqual(
        definition.remedy === "both" ? ["reconsiderationFirst", "ordinary"] : definition.remedy === "reconsiderationFirst" ? ["reconsiderationFirst"] : ["ordinary"],
      );
    },
  );

  it("a 提供方式 the clerk ended with 。 is not followed by a second one（“（PDF）。。”）", () => {
    for (const decision of ["disclosed", "partlyDisclosed"] as const) {
      const draft = COMPLETE_DRAFTS.find((d) => d.decision === decision)!;
      const letter = reply({ ...draft, provision: "通过电子邮件发送电子文件（PDF）。" });
      expect(text(letter)).toContain("提供方式：通过电子邮件发送电子文件（PDF）。");
      expect(text(letter)).not.toContain("。。");
    }
  });

  it("（三）1–7: 复议前置 (行政复议法第二十三条, 行政诉讼法第四十五条)", () => {
    const [clause] = reply(COMPLETE_DRAFTS.find((d) => d.decision === "notDisclosedStateSecret")!).remedy!;
    expect(clause!.text).toMatch(
      /《中华人民共和国行政复议法》第二十三条.*六十日内先向天津市津南区人民政府申请行政复议.*《中华人民共和国行政诉讼法》第四十五条.*十五日内向天津市津南区人民法院提起行政诉讼.*复议期满之日起十五日内/,
    );
    expect(clause!.text).not.toContain("六个月");
  });

  it("partial disclosure: both clauses, each naming the part it covers", () => {
    const [first, second] = reply(COMPLETE_DRAFTS.find((d) => d.decision === "partlyDisclosed")!).remedy!;
    expect(first).toMatchObject({ kind: "reconsiderationFirst", covers: "本答复中不予公开的部分（第3页个人身份证号码）" });
    expect(first!.text).toMatch(/^对本答复中不予公开的部分（第3页个人身份证号码）不服的，.*第二十三条/);
    expect(second).toMatchObject({ kind: "ordinary", covers: "本答复的其余部分（合同正文）" });
    expect(second!.text).toMatch(/^对本答复的其余部分（合同正文）不服的，.*六十日内.*六个月内向天津市津南区人民法院提起行政诉讼/);
  });

  it("ordinary: reconsideration within 60 days or a suit within 6 months", () => {
    const [clause] = reply(COMPLETE_DRAFTS.find((d) => d.decision === "notHeld")!).remedy!;
    expect(clause!.text).toBe(
      "如对本答复不服，可以自收到本答复之日起六十日内向天津市津南区人民政府申请行政复议，或者自收到本答复之日起六个月内向天津市津南区人民法院提起行政诉讼。",
    );
  });

  it("not this agency: names the responsible agency and its contact, or says why it cannot", () => {
    const [named, undetermined] = COMPLETE_DRAFTS.filter((d) => d.decision === "notThisAgency");
    expect(text(reply(named!))).toContain("负责公开该政府信息的行政机关为津南区住房和建设委员会，联系方式：022-88888888");
    expect(text(reply(undetermined!))).toContain("无法确定负责公开该政府信息的行政机关：无法确定制作机关");
  });

  it("（五）5 cites no article the 条例 does not have", () => {
    expect(text(reply(COMPLETE_DRAFTS.find((d) => d.decision === "confirmOrReissue")!))).not.toContain("根据《中华人民共和国政府信息公开条例》");
  });

  it("refuses an incomplete draft", () => {
    expect(() => reply({ decision: "notThisAgency", reasons: "x" })).toThrow(/负责公开该信息的行政机关/);
  });

  it.each(["abandonedNoCorrection", "abandonedFeeUnpaid", "withdrawn"] as const)("refuses %s (a closing letter, not a reply)", (decision) => {
    expect(() => reply({ decision, reasons: "x" })).toThrow();
  });
});

describe("titles (letters.md names)", () => {
  it.each([
    ["receipt", "申请接收回执"],
    ["correctionNotice", "补正告知书"],
    ["explanationRequest", "说明理由告知书"],
    ["laterReplyNotice", "延迟答复告知书"],
    ["consultationLetter", "征求意见书"],
    ["thirdPartyNotice", "告知书"],
    ["extensionNotice", "延期答复告知书"],
    ["feeNotice", "收费通知书"],
    ["closingNotice", "终止办理告知书"],
    ["withdrawalConfirmation", "撤回确认"],
    ["reply", "答复书"],
    ["submissionVoucher", "提交凭证（尚未确认收到）"],
  ] as const)("%s is titled with %s", (kind, name) => {
    expect(LETTER_TITLES[kind]).toContain(name);
  });
});

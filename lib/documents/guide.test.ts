import { describe, expect, it } from "vitest";
import { defaultAgencyPolicy } from "@/lib/agencies/policy";
import { CORRECTION_NOTICE_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS, REPLY_PERIOD_WORKING_DAYS } from "@/lib/clock/rules";
import { bandClauses } from "@/lib/fees/band-text";
import { PER_ITEM_BANDS, PER_PAGE_BANDS } from "@/lib/fees/bands";
import { FEE_PAYMENT_WINDOW_WORKING_DAYS } from "@/lib/fees/payment";
import { buildGuide } from "./guide";

const agency = {
  name: "天津市津南区八里台镇人民政府",
  disclosureOffice: { name: "党政办公室", address: "政府大院", hours: "工作日", phone: "022-1", fax: "", email: "a@b.cn", postcode: "300350" },
  reconsiderationBody: "天津市津南区人民政府",
  court: "天津市津南区人民法院",
  policy: defaultAgencyPolicy,
};

describe("buildGuide (条例第十二条)", () => {
  it("states the categories, time limits, fees, remedies and the office's contact details", () => {
    const sections = buildGuide(agency, [
      { id: "1", code: "fiscal", name: "财政信息", position: 0, retired: false, children: [] },
      { id: "2", code: "planning", name: "规划信息", position: 1, retired: false, children: [] },
    ]);
    const text = sections.flatMap((section) => section.paragraphs).join("\n");
    expect(text).toContain("财政信息、规划信息");
    expect(text).toContain("20个工作日内予以公开（《条例》第二十六条）");
    expect(text).toContain("补正期限一般为15个工作日");
    expect(text).toContain("不计算在答复期限内");
    expect(text).toContain("向天津市津南区人民政府申请行政复议或者向天津市津南区人民法院提起行政诉讼");
    const office = sections.at(-1)!.rows!;
    expect(office).toContainEqual(["联系电话", "022-1"]);
    expect(office.map(([label]) => label)).not.toContain("传真"); // empty fields are left out
  });

  it("links the time-limit and fee sections to their calculators", () => {
    const sections = buildGuide(agency, []);
    const linksOf = (start: string) => sections.find((section) => section.heading.startsWith(start))?.links?.map((link) => link.href);
    expect(linksOf("三、")).toEqual(["/apply/deadline-calculator"]);
    expect(linksOf("四、")).toEqual(["/apply/fee-calculator"]);
  });

  it("follows the agency's policy settings", () => {
    const text = buildGuide({ ...agency, policy: { ...defaultAgencyPolicy, feePausesClock: false, correctionDeadlineWorkingDays: 10 } }, [])
      .flatMap((section) => section.paragraphs)
      .join("\n");
    expect(text).toContain("补正期限一般为10个工作日");
    expect(text).toContain("答复期限继续计算");
  });

  it("states the fee bands from lib/fees/bands.ts and the periods from the rule modules, restating none", () => {
    const fees = buildGuide(agency, []).find((section) => section.heading.startsWith("四、"))!.paragraphs.join("\n");
    for (const clause of [...bandClauses(PER_ITEM_BANDS), ...bandClauses(PER_PAGE_BANDS)]) expect(fees).toContain(clause);
    expect(fees).toContain(`自收到收费通知之日起${FEE_PAYMENT_WINDOW_WORKING_DAYS}个工作日内缴纳`);
    const applying = buildGuide(agency, []).find((section) => section.heading.startsWith("三、"))!.paragraphs.join("\n");
    expect(applying).toContain(`自收到申请之日起${CORRECTION_NOTICE_WORKING_DAYS}个工作日内一次性告知`);
    expect(applying).toContain(`自收到申请之日起${REPLY_PERIOD_WORKING_DAYS}个工作日内答复`);
    expect(applying).toContain(`最长不超过${MAX_EXTENSION_WORKING_DAYS}个工作日`);
  });
});

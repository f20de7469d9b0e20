import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/validation/zod";
import { ORGANIZATION_APPLICATION as organization, PERSON_APPLICATION as person } from "@/test/applications";
import { applicationSchema, webApplicationSchema } from "./schema";

type Json = Record<string, unknown>;
function errorsOf(input: unknown, schema = applicationSchema): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(fieldErrors(result.error).map((e) => [e.path, e.message]));
}
function withApplicant(base: Json, patch: Json): Json {
  return { ...base, applicant: { ...(base.applicant as Json), ...patch } };
}

describe("the application schema (application-form.md)", () => {
  it("accepts the contract's natural person and an organisation", () => {
    expect(errorsOf(person)).toEqual({});
    expect(errorsOf(organization)).toEqual({});
  });

  it("normalises: lower-case x upper-cased, empty optionals dropped, duplicate choices merged", () => {
    const parsed = applicationSchema.parse({
      ...withApplicant(person, { idNumber: "11010519491231002x", employer: "  " }),
      deliveryMethods: ["电子邮件", "电子邮件"],
    });
    expect(parsed.applicantType).toBe("person");
    if (parsed.applicantType !== "person") return;
    expect(parsed.applicant.idNumber).toBe("11010519491231002X");
    expect(parsed.applicant.employer).toBeUndefined();
    expect(parsed.deliveryMethods).toEqual(["电子邮件"]);
  });

  describe("居民身份证 number", () => {
    it.each([
      ["440524188001010015", "校验位"],
      ["44052418800101001", "18 位"],
      ["440524188002300014", "出生日期"],
      ["440524203001010011", "晚于今天"],
    ])("%s → an error on applicant.idNumber mentioning %s", (idNumber, words) => {
      expect(errorsOf(withApplicant(person, { idNumber }))["applicant.idNumber"]).toContain(words);
    });
    it("other document types take 5–30 letters or digits", () => {
      expect(errorsOf(withApplicant(person, { idType: "护照", idNumber: "E12345678" }))).toEqual({});
      expect(errorsOf(withApplicant(person, { idType: "护照", idNumber: "E12" }))["applicant.idNumber"]).toContain("5–30");
      expect(errorsOf(withApplicant(person, { idType: "护照", idNumber: "E123-4567" }))["applicant.idNumber"]).toBeDefined();
    });
    it("requires a known document type", () => {
      expect(errorsOf(withApplicant(person, { idType: "驾驶证" }))["applicant.idType"]).toBe("请选择证件类型。");
    });
  });

  describe("names", () => {
    it("a person's name is 1–50 characters", () => {
      expect(errorsOf(withApplicant(person, { name: "" }))["applicant.name"]).toBe("请填写申请人姓名。");
      expect(errorsOf(withApplicant(person, { name: "张".repeat(51) }))["applicant.name"]).toContain("50");
      expect(errorsOf(withApplicant(person, { name: "张".repeat(50) }))).toEqual({});
    });
    it("an organisation's name is 1–100 characters", () => {
      expect(errorsOf(withApplicant(organization, { name: "公".repeat(101) }))["applicant.name"]).toContain("100");
    });
  });

  describe("phone numbers", () => {
    it.each(["13700137000", "022-12345678", "02212345678", "0571-1234567", "022-12345678-123"])("accepts %s", (phone) => {
      expect(errorsOf(withApplicant(person, { phone }))).toEqual({});
    });
    it.each(["12700137000", "1370013700", "22-12345678", "abc"])("refuses %s", (phone) => {
      expect(errorsOf(withApplicant(person, { phone }))["applicant.phone"]).toContain("联系电话格式不正确");
    });
    it("requires it", () => {
      expect(errorsOf(withApplicant(person, { phone: "" }))["applicant.phone"]).toBe("请填写联系电话。");
    });
    it("accepts +<country code> <number> only with a non-mainland document", () => {
      expect(errorsOf(withApplicant(person, { phone: "+852 91234567" }))["applicant.phone"]).toBeDefined();
      expect(errorsOf(withApplicant(person, { idType: "港澳居民来往内地通行证", idNumber: "H12345678", phone: "+852 91234567" }))).toEqual({});
    });
    it("an organisation's contact phone follows the mainland patterns", () => {
      expect(errorsOf(withApplicant(organization, { contactPhone: "+852 91234567" }))["applicant.contactPhone"]).toContain(
        "联系人电话格式不正确",
      );
    });
  });

  describe("organisations", () => {
    it("checks the 统一社会信用代码 (GB 32100)", () => {
      expect(errorsOf(withApplicant(organization, { creditCode: "91110000600037341M" }))["applicant.creditCode"]).toContain("校验位");
      expect(errorsOf(withApplicant(organization, { creditCode: "9111000060003734IL" }))["applicant.creditCode"]).toContain("不含 I");
      expect(errorsOf(withApplicant(organization, { creditCode: "" }))["applicant.creditCode"]).toBe("请填写统一社会信用代码。");
    });
    it("accepts a lower-case code and upper-cases it", () => {
      const parsed = applicationSchema.parse(withApplicant(organization, { creditCode: "91110000600037341l" }));
      expect(parsed.applicantType === "organization" && parsed.applicant.creditCode).toBe("91110000600037341L");
    });
    it("requires the kind, legal representative, contact name and contact phone", () => {
      const errors = errorsOf(withApplicant(organization, { orgKind: "", legalRepresentative: "", contactName: "", contactPhone: "" }));
      expect(Object.keys(errors).sort()).toEqual([
        "applicant.contactName",
        "applicant.contactPhone",
        "applicant.legalRepresentative",
        "applicant.orgKind",
      ]);
    });
  });

  describe("conditional contact details (by delivery method)", () => {
    it("e-mail delivery needs an e-mail address, and a given address must be valid", () => {
      expect(errorsOf(withApplicant(person, { email: "" }))["applicant.email"]).toContain("电子邮件");
      expect(errorsOf(withApplicant(person, { email: "not-an-address" }))["applicant.email"]).toContain("格式不正确");
    });
    it("fax delivery needs a fax number", () => {
      expect(errorsOf({ ...person, deliveryMethods: ["传真"] })["applicant.fax"]).toContain("传真");
      expect(errorsOf(withApplicant({ ...person, deliveryMethods: ["传真"] }, { fax: "022-88000001" }))).toEqual({});
    });
    it.each(["邮寄", "快递"])("%s needs an address and a 6-digit postcode", (method) => {
      const errors = errorsOf({ ...person, deliveryMethods: [method] });
      expect(errors["applicant.address"]).toContain("通信地址");
      expect(errors["applicant.postcode"]).toContain("邮政编码");
      expect(errorsOf(withApplicant({ ...person, deliveryMethods: [method] }, { address: "天津市津南区", postcode: "30035" }))["applicant.postcode"]).toBe(
        "邮政编码应为 6 位数字。",
      );
    });
    it("other methods need none of them", () => {
      expect(errorsOf(withApplicant({ ...person, deliveryMethods: ["网上获取", "自行领取"] }, { email: "" }))).toEqual({});
    });
  });

  describe("request items", () => {
    it("needs at least one, at most 20", () => {
      expect(errorsOf({ ...person, items: [] }).items).toBe("请至少填写一项所需信息。");
      const item = person.items[0]!;
      expect(errorsOf({ ...person, items: Array.from({ length: 20 }, () => item) })).toEqual({});
      expect(errorsOf({ ...person, items: Array.from({ length: 21 }, () => item) }).items).toContain("最多填写 20 项");
    });
    it("title 2–200 characters, description 10–2000", () => {
      const errors = errorsOf({ ...person, items: [{ title: "税", description: "太短了" }, { title: "题".repeat(201), description: "述".repeat(2001) }] });
      expect(errors["items.0.title"]).toContain("至少需要 2");
      expect(errors["items.0.description"]).toContain("至少需要 10");
      expect(errors["items.1.title"]).toContain("200");
      expect(errors["items.1.description"]).toContain("2000");
      expect(errorsOf({ ...person, items: [{ title: "" }] })["items.0.title"]).toBe("请填写信息名称。");
    });
    it("a purpose is never required", () => {
      expect(errorsOf({ ...person, purpose: "" })).toEqual({});
    });
  });

  describe("delivery choices", () => {
    it("need at least one carrier form and one method, from the lists", () => {
      const errors = errorsOf({ ...person, carrierForms: [], deliveryMethods: [] });
      expect(errors.carrierForms).toContain("载体形式");
      expect(errors.deliveryMethods).toContain("获取信息的方式");
      expect(errorsOf({ ...person, carrierForms: ["微缩胶片"] }).carrierForms).toContain("只能从");
      expect(errorsOf({ ...person, deliveryMethods: ["飞鸽传书"] }).deliveryMethods).toContain("只能从");
    });
  });

  it("reports every problem at once, each naming its field", () => {
    const errors = errorsOf({ applicantType: "person", applicant: {}, items: [{}] });
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(["agency", "applicant.name", "applicant.idNumber", "applicant.phone", "items.0.title", "items.0.description", "carrierForms", "deliveryMethods"]),
    );
    for (const message of Object.values(errors)) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("requires an applicant type", () => {
    expect(errorsOf({ ...person, applicantType: "robot" }).applicantType).toContain("申请人类型");
  });

  it("the 承诺 checkbox is required in the web form only", () => {
    expect(errorsOf(person, webApplicationSchema).declaration).toContain("承诺");
    expect(errorsOf({ ...person, declaration: true }, webApplicationSchema)).toEqual({});
    expect(errorsOf(person, applicationSchema)).toEqual({});
  });
});

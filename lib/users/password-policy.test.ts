import { describe, expect, it } from "vitest";
import { staffPasswordProblems } from "./password-policy";

const identity = { name: "王经办", email: "wang.clerk@balitai.example", phone: "13900139000" };

describe("staff password policy", () => {
  it.each([
    ["short1", "至少 10 位"],
    ["onlyletterslong", "字母和数字"],
    ["wang.clerk-2026", "账号、手机号码或姓名"],
    ["Clerk-9817-x", "账号、手机号码或姓名"],
    ["x13900139000", "账号、手机号码或姓名"],
    ["王经办Secret2026", "账号、手机号码或姓名"],
    ["Password123", "过于常见"],
    ["P@ssw0rd-2026".replace("-2026", ""), "至少 10 位"],
    ["Admin-2026", "过于常见"],
    ["qwer-1234", "至少 10 位"],
  ])("refuses %j (%s)", (password, problem) => {
    expect(staffPasswordProblems(password, identity).join(" ")).toContain(problem);
  });

  it("accepts a long password unrelated to the account", () => {
    expect(staffPasswordProblems("Haihe-Bridge-71-Lantern", identity)).toEqual([]);
  });
});

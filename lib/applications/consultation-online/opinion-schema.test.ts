import { describe, expect, it } from "vitest";
import { generateInvitationSecrets, hashInvitationCode, hashInvitationToken, INVITATION_CODE_LENGTH, isWellFormedInvitationToken } from "./invitation-secret";
import { onlineOpinionSchema } from "./opinion-schema";

describe("the online opinion form (条例第三十二条: 不同意公开的，应当说明理由)", () => {
  const errorsOf = (input: unknown) => {
    const parsed = onlineOpinionSchema.safeParse(input);
    return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
  };
  it.each([
    ["consent without reasons", { code: "ABCD2345", opinion: "agree" }, []],
    ["an objection with reasons", { code: "ABCD2345", opinion: "object", reasons: "商业秘密" }, []],
    ["an objection without reasons", { code: "ABCD2345", opinion: "object", reasons: "  " }, [["reasons", "不同意公开的，请说明理由（条例第三十二条）。"]]],
    ["no choice", { code: "ABCD2345" }, [["opinion", "请选择同意公开或不同意公开。"]]],
    ["no code", { code: "", opinion: "agree" }, [["code", "请填写征求意见书上的验证码。"]]],
    ["a control character in the reasons", { code: "ABCD2345", opinion: "object", reasons: "a\u0000b" }, [["reasons", expect.stringContaining("控制字符")]]],
  ])("%s", (_name, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });
});

describe("invitation secrets", () => {
  it("a 43-character URL token and an 8-character code; the code's hash is keyed by the token and reads case and spaces forgivingly", () => {
    const { token, code } = generateInvitationSecrets();
    expect(isWellFormedInvitationToken(token)).toBe(true);
    expect(code).toHaveLength(INVITATION_CODE_LENGTH);
    expect(hashInvitationToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationCode(token, ` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(hashInvitationCode(token, code));
    expect(hashInvitationCode(generateInvitationSecrets().token, code)).not.toBe(hashInvitationCode(token, code));
    expect(isWellFormedInvitationToken("../etc/passwd")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { idCardCheckCharacter, idCardProblem } from "./id-card";

const TODAY = "2026-11-27";

describe("居民身份证 (ISO 7064 MOD 11-2, application-form.md)", () => {
  it.each([
    ["440524188001010014", undefined], // the public example of the contract check
    ["11010519491231002X", undefined], // GB 11643 example with check character X
    ["11010519491231002x", undefined], // lower-case x is accepted
    ["440524188001010015", "checkCharacter"],
    ["44052418800101001", "format"], // 17 characters
    ["4405241880010100145", "format"], // 19 characters
    ["44052418800101001A", "format"],
    ["440524188002300014", "birthDate"], // 30 February
    ["440524188013010014", "birthDate"], // month 13
    ["440524203001010011", "futureBirthDate"],
  ])("%s → %s", (id, problem) => {
    expect(idCardProblem(id, TODAY)).toBe(problem);
  });

  it("computes the check character from the weighted sum mod 11", () => {
    expect(idCardCheckCharacter("44052418800101001")).toBe("4");
    expect(idCardCheckCharacter("11010519491231002")).toBe("X");
    expect(idCardCheckCharacter("1101051949123100")).toBeUndefined();
  });
});

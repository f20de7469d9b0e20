import { describe, expect, it } from "vitest";
import { CORRECTION_NOTICE_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS, REPLY_PERIOD_WORKING_DAYS } from "@/lib/clock/rules";
import { APPLICATION_FEE_NOTE, APPLICATION_TIME_LIMIT_NOTES, REPLY_PERIOD_NOTE } from "./time-limit-notes";

describe("the application pages' notes state the rule modules' periods and bands", () => {
  it("the reply period and its extension (条例第三十三条), the correction notice (条例第三十条)", () => {
    const text = APPLICATION_TIME_LIMIT_NOTES.join("\n");
    expect(text).toContain(`自收到申请之日起 ${REPLY_PERIOD_WORKING_DAYS} 个工作日内答复`);
    expect(text).toContain(`延长不超过 ${MAX_EXTENSION_WORKING_DAYS} 个工作日`);
    expect(text).toContain(`收到申请之日起 ${CORRECTION_NOTICE_WORKING_DAYS} 个工作日内一次性告知`);
    expect(REPLY_PERIOD_NOTE).toContain(`一般为 ${REPLY_PERIOD_WORKING_DAYS} 个工作日`);
  });

  it("the free bands of the fee (《办法》第四条、第五条)", () => {
    expect(APPLICATION_FEE_NOTE).toContain("前 10 件不收费");
    expect(APPLICATION_FEE_NOTE).toContain("前 30 页不收费");
  });
});

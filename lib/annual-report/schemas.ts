import { isLocalDate } from "@/lib/calendar";
import { parseWan } from "@/lib/annual-report/rules/money";
import { REVIEW_RESULTS } from "@/lib/annual-report/rules/review-results";
import { TABLE4_KINDS } from "@/lib/annual-report/rules/types";
import { z } from "@/lib/validation/zod";
import { singleLineText, multiLineText } from "@/lib/validation/text";

/** Shared by the /staff/reports forms (react-hook-form) and the use cases. */

const decisionCount = (label: string) =>
  z
    .number({ error: `请填写${label}本年处理决定数量（没有请填 0）。` })
    .int(`${label}本年处理决定数量应为整数。`)
    .min(0, `${label}本年处理决定数量不能为负数。`)
    .max(10_000_000, `${label}本年处理决定数量过大，请检查。`);

const narrative = (title: string) =>
  multiLineText({ error: `请填写“${title}”。` }).max(20_000, `“${title}”不能超过 20000 个字。`);

/** Table 二 items staff enter (第二十条第（五）（六）（八）项) and the narrative of sections 一、五、六. */
export const reportInputsSchema = z.object({
  licensing: decisionCount("行政许可"),
  penalties: decisionCount("行政处罚"),
  coercion: decisionCount("行政强制"),
  chargesWan: singleLineText({ error: "请填写行政事业性收费本年收费金额（万元，没有请填 0）。" })
    .trim()
    .refine((value) => parseWan(value) !== null, "行政事业性收费本年收费金额以万元为单位，最多4位小数，例如 12.5 或 0.0300。"),
  overview: narrative("一、总体情况"),
  problems: narrative("五、存在的主要问题及改进情况"),
  other: narrative("六、其他需要报告的事项"),
});
export type ReportInputs = z.infer<typeof reportInputsSchema>;

const optionalDate = (label: string) =>
  singleLineText()
    .trim()
    .refine((value) => value === "" || isLocalDate(value), `${label}应为有效日期，格式如 2024-05-20。`);

/**
 * A 行政复议 / 行政诉讼 case for table 四 (annual-report.md § Table 四). A result and its date come
 * together; the linked application is named by its 受理编号.
 */
export const reviewCaseSchema = z
  .object({
    kind: z.enum(TABLE4_KINDS, { error: "请选择案件类型。" }),
    filedOn: singleLineText({ error: "请填写立案（申请）日期。" })
      .trim()
      .min(1, "请填写立案（申请）日期。")
      .refine(isLocalDate, "立案（申请）日期应为有效日期，格式如 2024-05-20。"),
    caseNumber: singleLineText().trim().max(60, "受理编号不能超过 60 个字符。"),
    result: z.union([z.literal(""), z.enum(REVIEW_RESULTS)], { error: "请选择审理结果。" }),
    resultOn: optionalDate("结果日期"),
  })
  .superRefine((value, ctx) => {
    if (value.result !== "" && value.resultOn === "") {
      ctx.addIssue({ code: "custom", path: ["resultOn"], message: "已有审理结果时，请填写结果日期。" });
    }
    if (value.result === "" && value.resultOn !== "") {
      ctx.addIssue({ code: "custom", path: ["result"], message: "填写了结果日期时，请选择审理结果；尚未审结的请清空结果日期。" });
    }
    if (value.resultOn !== "" && isLocalDate(value.filedOn) && value.resultOn < value.filedOn) {
      ctx.addIssue({ code: "custom", path: ["resultOn"], message: "结果日期不能早于立案（申请）日期。" });
    }
  });
export type ReviewCaseInput = z.infer<typeof reviewCaseSchema>;

export const EMPTY_REVIEW_CASE: ReviewCaseInput = { kind: "reconsideration", filedOn: "", caseNumber: "", result: "", resultOn: "" };

/** A report year: from 2008 (条例施行) to next year at most. */
export const reportYearSchema = z.coerce
  .number({ error: "年度应为四位年份。" })
  .int("年度应为四位年份。")
  .min(2008, "年度不能早于2008年（条例施行）。")
  .max(9999, "年度应为四位年份。");

/** The district summary's choice of agencies (?agency=code&agency=code …; none chosen: all of them). */
export const districtSelectionSchema = z.array(z.string().trim().regex(/^[0-9A-Z]{18}$/, "请选择本平台上的机关（统一社会信用代码）。")).max(500);

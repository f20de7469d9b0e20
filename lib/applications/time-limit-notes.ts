import { CORRECTION_NOTICE_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS, REPLY_PERIOD_WORKING_DAYS } from "@/lib/clock/rules";
import { PER_ITEM_BANDS, PER_PAGE_BANDS } from "@/lib/fees/bands";

/**
 * What the application pages tell the applicant about time limits and fees, written from the rule
 * modules (lib/clock/rules, lib/fees/bands) so no period or band is restated by hand. Client-safe:
 * the application form's sidebar renders it in the browser.
 */
export const APPLICATION_TIME_LIMIT_NOTES: readonly string[] = [
  "行政机关确认收到申请之日为收到申请之日（条例第三十一条）。",
  `能够当场答复的当场答复；不能当场答复的，自收到申请之日起 ${REPLY_PERIOD_WORKING_DAYS} 个工作日内答复；需要延长的，经负责人同意可延长不超过 ${MAX_EXTENSION_WORKING_DAYS} 个工作日（条例第三十三条）。`,
  `需要补正的，行政机关在收到申请之日起 ${CORRECTION_NOTICE_WORKING_DAYS} 个工作日内一次性告知，答复期限自收到补正后的申请之日起计算（条例第三十条）。`,
  "征求第三方或其他机关意见所需时间不计算在答复期限内（条例第三十二条、第三十三条）。",
];

const freeUnits = (bands: typeof PER_ITEM_BANDS) => bands.bands.find((band) => band.unitPrice === 0)!.to;

/** 条例第四十二条 and the free bands of 《政府信息公开信息处理费管理办法》第四条、第五条. */
export const APPLICATION_FEE_NOTE =
  "申请政府信息公开一般不收费；申请数量、频次明显超过合理范围的，行政机关可依法收取信息处理费（条例第四十二条）：" +
  `按件计收的，同一申请人每个自然月前 ${freeUnits(PER_ITEM_BANDS)} 件不收费；按量计收的，每件申请前 ${freeUnits(PER_PAGE_BANDS)} 页不收费。`;

/** The reply period as the apply page and the 提交凭证 state it (条例第三十一条、第三十三条). */
export const REPLY_PERIOD_NOTE = `答复期限自收到申请之日起计算，一般为 ${REPLY_PERIOD_WORKING_DAYS} 个工作日`;

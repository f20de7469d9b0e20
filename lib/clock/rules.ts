/** Statutory periods of the 条例 (国务院令第711号), in working days. */

/** 条例第三十三条第一款: reply within 20 working days of receipt. */
export const REPLY_PERIOD_WORKING_DAYS = 20;

/** 条例第三十三条第一款: one extension, at most 20 working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;

/** 条例第三十条: the one correction notice is sent within 7 working days of receipt. */
export const CORRECTION_NOTICE_WORKING_DAYS = 7;

/** 条例第三十二条、第三十四条: the consultee answers within 15 working days of receiving the letter. */
export const CONSULTATION_REPLY_WORKING_DAYS = 15;

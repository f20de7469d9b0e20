/**
 * 依申请公开登记台账: the columns of an agency's paper register, in its order. The export writes
 * them with these Chinese headers; the register import (lib/annual-report/rules/register-import.ts) reads back
 * the ones it needs by the same headers (机关, 组织类型 and 申请方式 are there so it can).
 */
export const REGISTER_EXPORT_COLUMNS = [
  "受理编号",
  "机关",
  "收到日期",
  "申请人类型",
  "组织类型",
  "申请方式",
  "申请内容摘要",
  "办理状态",
  "答复日期",
  "处理决定",
  "对应年报行",
  "是否收费",
  "金额",
  "是否延期",
  "用时（工作日，扣除中止）",
] as const;
export type RegisterExportColumn = (typeof REGISTER_EXPORT_COLUMNS)[number];

export type RegisterEntry = Record<RegisterExportColumn, string | number>;

/**
 * Audit action codes and their Chinese labels (the admin page shows the label, filters by code).
 * Add yours here when you record a new kind of action; an unlisted code still records and shows as is.
 */
export const AUDIT_ACTION_LABELS = {
  "login.succeeded": "登录成功",
  "login.failed": "登录失败",
  "user.created": "创建工作人员账号",
  "user.registered": "申请人注册账号",
  "user.registration_repeated": "以已注册的手机号码或电子邮箱再次注册",
  "user.password_changed": "修改密码",
  "user.disabled": "停用工作人员账号",
  "user.enabled": "启用工作人员账号",
  "calendar.updated": "修改工作日历",
  "calendar.deleted": "删除工作日历年份",
  "deadlines.recomputed": "放假安排调整后重新计算答复期限",
  "agency.updated": "修改机关设置",
  "agency.sealChanged": "更换文书印章图片",
  "pii.revealed": "查看完整身份证件号码",
  "application.action": "办理申请",
  "document.published": "发布主动公开信息",
  "document.updated": "修改已发布的信息",
  "document.withdrawn": "撤回主动公开信息",
  "category.changed": "修改目录分类",
  "apikey.issued": "签发开放接口密钥",
  "apikey.revoked": "停用开放接口密钥",
  "annualReport.published": "发布政府信息公开工作年度报告",
  "reviewCase.changed": "登记或修改行政复议、行政诉讼案件",
  "consultation.opinionFiledOnline": "被征求意见方在线提交意见",
} as const satisfies Record<string, string>;

export type KnownAuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** `area.verb`, e.g. `login.failed`, or `application.<workflow ActionCode>` e.g. `application.approveExtension`. */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-zA-Z0-9_]*(\.[a-z][a-zA-Z0-9_]*)+$/;

export function auditActionLabel(action: string): string {
  const known = (AUDIT_ACTION_LABELS as Record<string, string>)[action];
  if (known) return known;
  if (action.startsWith("application.")) return `办理申请（${action.slice("application.".length)}）`;
  return action;
}

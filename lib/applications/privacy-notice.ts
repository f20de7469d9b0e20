/**
 * 个人信息处理规则 (《个人信息保护法》第十七条、第三十五条): the page that tells an applicant, before
 * they hand over personal data, who processes it, why, what is kept, for how long and who sees it.
 * Linked from the application form, the 提交凭证 and the account pages.
 */
export const PRIVACY_NOTICE_PATH = "/apply/privacy";

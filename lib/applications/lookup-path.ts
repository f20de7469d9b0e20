/** Where an applicant follows an application with 查询码 + 联系电话; letters and mails print it as a full URL (publicUrl). */
export const LOOKUP_PATH = "/apply/lookup";

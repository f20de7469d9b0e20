/**
 * The e-mail copy of the 提交凭证（尚未确认收到） (letters.md): case number, tracking code and what
 * happens next — no receipt date and no due date, because the application is received only when
 * the agency confirms it (条例第三十一条).
 */
export function submissionReceiptMail(facts: {
  agencyName: string;
  caseNumber: string;
  trackingCode: string;
  applicantName: string;
  /** The full public URL of the look-up page. */
  lookupUrl: string;
}): {
  subject: string;
  text: string;
} {
  return {
    subject: `提交凭证（尚未确认收到）：${facts.caseNumber}`,
    text: [
      `${facts.applicantName}：`,
      "",
      `您向${facts.agencyName}提交的政府信息公开申请已在网上提交成功。`,
      "",
      `受理编号：${facts.caseNumber}`,
      `查询码：${facts.trackingCode}`,
      "",
      `请妥善保存查询码，不要告诉他人。凭查询码和您填写的联系电话，可以在 ${facts.lookupUrl} 查看办理进度。`,
      "",
      "这是提交凭证，不是受理回执：行政机关确认收到申请后，将另行出具《申请接收回执》，写明收到申请之日和答复期限（《中华人民共和国政府信息公开条例》第三十一条、第三十三条）。",
      "",
      "本邮件由系统自动发送，请勿直接回复。",
    ].join("\n"),
  };
}

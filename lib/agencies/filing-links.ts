/**
 * Where a site's filing numbers are checked: the ICP number at the MIIT filing system, the
 * 公安 number at the Ministry of Public Security's (whose query takes the number's digits).
 */
export function icpFilingUrl(): string {
  return "https://beian.miit.gov.cn/";
}

export function publicSecurityFilingUrl(filing: string): string {
  const digits = filing.replace(/\D/g, "");
  return digits ? `https://beian.mps.gov.cn/#/query/webSearch?code=${digits}` : "https://beian.mps.gov.cn/";
}

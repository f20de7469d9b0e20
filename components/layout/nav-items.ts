/** The five entries of the 政府信息公开 column (国办公开办函〔2019〕61号 unified names). */
export const DISCLOSURE_COLUMN = [
  { href: "/guide", label: "政府信息公开指南" },
  { href: "/rules", label: "政府信息公开制度" },
  { href: "/catalogue", label: "法定主动公开内容" },
  { href: "/annual-reports", label: "政府信息公开年报" },
  { href: "/apply", label: "依申请公开" },
] as const;

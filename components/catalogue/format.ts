import { chinaDate } from "@/lib/documents/timeliness";

/** 2024-12-27: the date in Beijing time of an instant (ISO string or Date). */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "";
  return chinaDate(typeof value === "string" ? new Date(value) : value);
}

/** 2024年12月27日, as dates are written in official text. */
export function formatChineseDate(localDate: string | null | undefined): string {
  if (!localDate) return "";
  const [year, month, day] = localDate.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

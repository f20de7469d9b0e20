/** A timestamp as staff read it: China time, 24-hour clock. */
export function formatChinaTime(at: Date): string {
  return at.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
}

/**
 * letters.md (Policy default): `{agency prefix}〔{year}〕{serial}号`, one series per agency (or per
 * prefix) per year. The gap-free counter itself is kept in the database.
 */
export function formatLetterNumber(prefix: string, year: number, serial: number): string {
  if (prefix.trim() === "") throw new RangeError("文书编号前缀不能为空");
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`年份无效：${year}`);
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`文书序号须为正整数：${serial}`);
  return `${prefix}〔${year}〕${serial}号`;
}

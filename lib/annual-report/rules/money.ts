/**
 * 行政事业性收费 in table 二 is reported in 万元 with up to 4 decimal places (annual-report.md), i.e. to
 * the 元. Amounts are kept as integer units of 0.0001 万元 (= 1 元) in a bigint: never a float.
 */
const WAN_PATTERN = /^(\d{1,15})(?:\.(\d{1,4}))?$/;

/** Parses "12.5" / "0.0300" / "7" into units of 0.0001 万元; null if not a plain non-negative decimal with ≤ 4 places. */
export function parseWan(value: string): bigint | null {
  const match = WAN_PATTERN.exec(value);
  if (!match) return null;
  const whole = match[1] ?? "0";
  const fraction = (match[2] ?? "").padEnd(4, "0");
  return BigInt(whole) * 10_000n + BigInt(fraction);
}

/** Units of 0.0001 万元 → the report's decimal string with exactly 4 places ("12.5000"). */
export function formatWan(units: bigint): string {
  if (units < 0n) throw new RangeError("金额不能为负数。");
  const whole = units / 10_000n;
  const fraction = (units % 10_000n).toString().padStart(4, "0");
  return `${whole}.${fraction}`;
}

/** Normalises a staff-entered 万元 amount ("12.5" → "12.5000"); null if malformed. */
export function normaliseWan(value: string): string | null {
  const units = parseWan(value.trim());
  return units === null ? null : formatWan(units);
}

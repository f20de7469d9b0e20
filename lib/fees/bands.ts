/**
 * The fee bands of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), as data:
 * the single source for the calculators, the 收费通知书 band table and the tests.
 * Both methods are 超额累进 (marginal): each unit is priced by the band it falls in.
 */
export type FeeBand = { from: number; to: number | null; unitPrice: number };

export type FeeBandTable = {
  unit: "件" | "页";
  /** Listed bands, contiguous from unit 1; `to: null` means no upper bound. */
  bands: readonly FeeBand[];
  /** Beyond the last listed band: further bands of `width` units, each `increment` 元 dearer than the one before. */
  continuation?: { width: number; increment: number };
};

/**
 * 按件计收 (《办法》第四条): per applicant and natural month, items 1–10 free,
 * 11–30 at 100 元, 31–40 at 200 元, then +100 元 for each further band of 10.
 */
export const PER_ITEM_BANDS: FeeBandTable = {
  unit: "件",
  bands: [
    { from: 1, to: 10, unitPrice: 0 },
    { from: 11, to: 30, unitPrice: 100 },
    { from: 31, to: 40, unitPrice: 200 },
  ],
  continuation: { width: 10, increment: 100 },
};

/** 按量计收 (《办法》第五条): per application, by page. */
export const PER_PAGE_BANDS: FeeBandTable = {
  unit: "页",
  bands: [
    { from: 1, to: 30, unitPrice: 0 },
    { from: 31, to: 100, unitPrice: 10 },
    { from: 101, to: 200, unitPrice: 20 },
    { from: 201, to: null, unitPrice: 40 },
  ],
};

/** The band that unit number `n` (≥ 1) falls in. */
export function bandContaining(table: FeeBandTable, n: number): FeeBand {
  const listed = table.bands.find((band) => n >= band.from && (band.to === null || n <= band.to));
  if (listed) return listed;
  const last = table.bands[table.bands.length - 1]!;
  if (!table.continuation || last.to === null) throw new RangeError(`第 ${n} ${table.unit}不在收费档次表中`);
  const { width, increment } = table.continuation;
  const steps = Math.floor((n - last.to - 1) / width) + 1;
  const from = last.to + 1 + (steps - 1) * width;
  return { from, to: from + width - 1, unitPrice: last.unitPrice + steps * increment };
}

export function bandLabel(table: FeeBandTable, band: FeeBand): string {
  return band.to === null ? `${band.from}${table.unit}以上` : `${band.from}–${band.to}${table.unit}`;
}

import { describe, expect, it } from "vitest";
import { FeeInputError } from "./errors";
import { MAX_FEE_COUNT, perItemFee, perPageFee, priceOfItem } from "./fees";

// The formulas printed in fees.md §1, used as an independent oracle.
const itemPriceFormula = (n: number) => (n <= 10 ? 0 : n <= 30 ? 100 : 100 * (Math.ceil((n - 30) / 10) + 1));
const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
const pageFeeFormula = (p: number) => 10 * clamp(p - 30, 0, 70) + 20 * clamp(p - 100, 0, 100) + 40 * Math.max(p - 200, 0);

describe("fees.md §2 worked examples (《政府信息公开信息处理费管理办法》第四条 按件计收)", () => {
  it.each([
    ["the applicant's 12th item (11 earlier items)", 100, 11, 1],
    ["a 1-item application that is the 35th item", 200, 34, 1],
    ["one application split into 5 sub-applications, items 9–13", 300, 8, 5],
    ["50 items in one month: 20×100 + 10×200 + 10×300", 7_000, 0, 50],
  ])("%s = %i 元", (_, amount, prior, items) => {
    expect(perItemFee(prior, items).amount).toBe(amount);
  });

  it("items 9–13 are priced 0+0+100+100+100, with a line per band", () => {
    expect(perItemFee(8, 5)).toEqual({
      amount: 300,
      lines: [
        { band: "1–10件", units: 2, unitPrice: 0, subtotal: 0 },
        { band: "11–30件", units: 3, unitPrice: 100, subtotal: 300 },
      ],
    });
    expect([9, 10, 11, 12, 13].map(priceOfItem)).toEqual([0, 0, 100, 100, 100]);
  });

  it("50 items break down 10 free, 20 × 100, 10 × 200, 10 × 300", () => {
    expect(perItemFee(0, 50).lines).toEqual([
      { band: "1–10件", units: 10, unitPrice: 0, subtotal: 0 },
      { band: "11–30件", units: 20, unitPrice: 100, subtotal: 2_000 },
      { band: "31–40件", units: 10, unitPrice: 200, subtotal: 2_000 },
      { band: "41–50件", units: 10, unitPrice: 300, subtotal: 3_000 },
    ]);
  });
});

describe("fees.md §2 worked examples (《政府信息公开信息处理费管理办法》第五条 按量计收)", () => {
  it.each([
    [30, 0],
    [150, 1_700],
    [250, 4_700],
    [1_500, 54_700], // a real 2024 fee notice
    [2_219, 83_460], // a real 2025 fee notice
  ])("%i pages = %i 元", (pages, amount) => {
    expect(perPageFee(pages).amount).toBe(amount);
  });

  it("2,219 pages break down by band", () => {
    expect(perPageFee(2_219).lines).toEqual([
      { band: "1–30页", units: 30, unitPrice: 0, subtotal: 0 },
      { band: "31–100页", units: 70, unitPrice: 10, subtotal: 700 },
      { band: "101–200页", units: 100, unitPrice: 20, subtotal: 2_000 },
      { band: "201页以上", units: 2_019, unitPrice: 40, subtotal: 80_760 },
    ]);
  });

  it("0 pages costs nothing and has no lines", () => {
    expect(perPageFee(0)).toEqual({ amount: 0, lines: [] });
  });
});

describe("properties (《办法》第四、五条: marginal bands)", () => {
  it("priceOfItem follows the fees.md formula for n = 1…5000", () => {
    for (let n = 1; n <= 5_000; n++) if (priceOfItem(n) !== itemPriceFormula(n)) expect(priceOfItem(n), `item ${n}`).toBe(itemPriceFormula(n));
  });

  it("perPageFee follows the fees.md formula for 0…5000 pages", () => {
    for (let p = 0; p <= 5_000; p++) if (perPageFee(p).amount !== pageFeeFormula(p)) expect(perPageFee(p).amount, `${p} pages`).toBe(pageFeeFormula(p));
  });

  it.each([
    [10, 0],
    [11, 100],
    [30, 100],
    [31, 200],
    [40, 200],
    [41, 300],
    [50, 300],
    [51, 400],
    [60, 400],
    [61, 500],
    [1_000_000, 100 * (Math.ceil((1_000_000 - 30) / 10) + 1)],
  ])("the marginal price of item %i is %i 元", (n, price) => {
    expect(priceOfItem(n)).toBe(price);
    expect(perItemFee(n - 1, 1).amount).toBe(price);
    // The marginal cost of the n-th item is what adding it to the month adds.
    if (n > 1) expect(perItemFee(0, n).amount - perItemFee(0, n - 1).amount).toBe(price);
  });

  it.each([
    [30, 0],
    [31, 10],
    [100, 10],
    [101, 20],
    [200, 20],
    [201, 40],
  ])("the marginal price of page %i is %i 元", (page, price) => {
    expect(perPageFee(page).amount - perPageFee(page - 1).amount).toBe(price);
  });

  it("the fee never decreases when items or pages grow", () => {
    for (let prior = 0; prior <= 120; prior += 7) {
      let previous = 0;
      for (let items = 1; items <= 120; items++) {
        const { amount } = perItemFee(prior, items);
        expect(amount).toBeGreaterThanOrEqual(previous);
        previous = amount;
      }
    }
    let previous = 0;
    for (let pages = 0; pages <= 3_000; pages++) {
      const { amount } = perPageFee(pages);
      expect(amount).toBeGreaterThanOrEqual(previous);
      previous = amount;
    }
  });

  it("splitting an application does not change the month's total (items are numbered per applicant)", () => {
    for (let prior = 0; prior <= 60; prior += 3) {
      for (let a = 1; a <= 25; a += 4) {
        for (let b = 1; b <= 25; b += 6) {
          expect(perItemFee(prior, a).amount + perItemFee(prior + a, b).amount).toBe(perItemFee(prior, a + b).amount);
        }
      }
    }
  });

  it("lines add up to the amount and are integers", () => {
    for (const quote of [perItemFee(3, 97), perItemFee(999_000, 1_000), perPageFee(1_000_000)]) {
      expect(quote.lines.reduce((sum, line) => sum + line.subtotal, 0)).toBe(quote.amount);
      expect(Number.isSafeInteger(quote.amount)).toBe(true);
      for (const line of quote.lines) expect(line.subtotal).toBe(line.units * line.unitPrice);
    }
  });

  it("the largest accepted inputs stay exact integers", () => {
    expect(Number.isSafeInteger(perItemFee(0, MAX_FEE_COUNT).amount)).toBe(true);
    expect(perPageFee(MAX_FEE_COUNT).amount).toBe(pageFeeFormula(MAX_FEE_COUNT));
  });
});

describe("bad input is refused with a Chinese message naming the parameter (fees.md §2)", () => {
  const refused = (call: () => unknown): FeeInputError => {
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(FeeInputError);
      return error as FeeInputError;
    }
    throw new Error("expected FeeInputError");
  };

  it.each([
    ["negative prior items", () => perItemFee(-1, 1), "本月此前件数", "「本月此前件数」必须是 0 到 1,000,000 之间的整数"],
    ["fractional prior items", () => perItemFee(1.5, 1), "本月此前件数", "「本月此前件数」必须是 0 到 1,000,000 之间的整数"],
    ["NaN prior items", () => perItemFee(Number.NaN, 1), "本月此前件数", "「本月此前件数」必须是 0 到 1,000,000 之间的整数"],
    ["absurd prior items", () => perItemFee(1_000_001, 1), "本月此前件数", "「本月此前件数」必须是 0 到 1,000,000 之间的整数"],
    ["zero items", () => perItemFee(0, 0), "本申请件数", "「本申请件数」必须是 1 到 1,000,000 之间的整数"],
    ["infinite items", () => perItemFee(0, Number.POSITIVE_INFINITY), "本申请件数", "「本申请件数」必须是 1 到 1,000,000 之间的整数"],
    ["a month beyond 1,000,000 items", () => perItemFee(999_999, 2), "本申请件数", "「本月此前件数」与「本申请件数」之和不得超过 1,000,000"],
    ["negative pages", () => perPageFee(-5), "页数", "「页数」必须是 0 到 1,000,000 之间的整数"],
    ["fractional pages", () => perPageFee(10.2), "页数", "「页数」必须是 0 到 1,000,000 之间的整数"],
    ["absurd pages", () => perPageFee(1_000_001), "页数", "「页数」必须是 0 到 1,000,000 之间的整数"],
    ["a string smuggled in as pages", () => Reflect.apply(perPageFee, undefined, ["12"]) /* as an untyped caller (JSON) could */, "页数", "「页数」必须是 0 到 1,000,000 之间的整数"],
    ["item number 0", () => priceOfItem(0), "件序号", "「件序号」必须是 1 到 1,000,000 之间的整数"],
  ])("%s", (_, call, parameter, message) => {
    const error = refused(call);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toBe(message);
  });
});

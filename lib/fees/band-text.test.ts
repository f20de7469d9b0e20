import { describe, expect, it } from "vitest";
import { PER_ITEM_BANDS, PER_PAGE_BANDS } from "./bands";
import { bandClauses, FEE_METHOD_RULES } from "./band-text";

describe("the fee bands in words, from lib/fees/bands.ts (《办法》第四条、第五条)", () => {
  it("按件计收: 10 free, 11–30 at 100, 31–40 at 200, then +100 per band of 10", () => {
    expect(bandClauses(PER_ITEM_BANDS)).toEqual([
      "10件以内（含10件）不收费",
      "第11—30件每件100元",
      "第31—40件每件200元",
      "此后每10件为一档，每档每件加收100元",
    ]);
  });

  it("按量计收: 30 free, 31–100 at 10, 101–200 at 20, 201 and above at 40", () => {
    expect(bandClauses(PER_PAGE_BANDS)).toEqual(["30页以内（含30页）不收费", "第31—100页每页10元", "第101—200页每页20元", "第201页以上每页40元"]);
  });

  it("follows the table: a changed band changes the words", () => {
    const changed = { ...PER_PAGE_BANDS, bands: [{ from: 1, to: 50, unitPrice: 0 }, { from: 51, to: null, unitPrice: 5 }] };
    expect(bandClauses(changed)).toEqual(["50页以内（含50页）不收费", "第51页以上每页5元"]);
  });

  it("states what each method counts", () => {
    expect(FEE_METHOD_RULES.perItem).toMatch(/^同一申请人一个自然月内累计申请10件以内/);
    expect(FEE_METHOD_RULES.perPage).toMatch(/^同一申请获取的信息30页以内/);
  });
});

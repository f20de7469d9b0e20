import { describe, expect, it } from "vitest";
import { buildSearchQuery, buildSearchVector, likePattern, queryTokens, tokenize } from "./search-tokens";

describe("tokenize", () => {
  it("splits Han text into single characters and overlapping bigrams", () => {
    expect(tokenize("法治政府")).toEqual(["法", "法治", "治", "治政", "政", "政府", "府"]);
  });

  it("keeps digits and Latin words whole and lower-cased, and separates at punctuation", () => {
    expect(tokenize("八里台政报〔2024〕27号")).toEqual([
      "八", "八里", "里", "里台", "台", "台政", "政", "政报", "报", "2024", "27", "27号", "号",
    ]);
    expect(tokenize("PDF 附件")).toEqual(["pdf", "附", "附件", "件"]);
  });

  it("normalises full-width digits (NFKC)", () => {
    expect(tokenize("２７号")).toEqual(["27", "27号", "号"]);
  });

  it("joins a Latin/digit run to the Han character it touches on either side", () => {
    expect(tokenize("第27号")).toEqual(["第", "第27", "27", "27号", "号"]);
    expect(tokenize("新冠COVID19疫苗")).toEqual(["新", "新冠", "冠", "冠covid19", "covid19", "covid19疫", "疫", "疫苗", "苗"]);
  });
});

describe("buildSearchVector", () => {
  it("keeps each token once with its best weight and quotes it safely", () => {
    const vector = buildSearchVector([
      { text: "政府", weight: "D" },
      { text: "政府", weight: "A" },
      { text: "o'brien", weight: "B" },
    ]);
    expect(vector).toBe("'政':1A '政府':1A '府':1A 'o':1B 'brien':1B");
  });
});

describe("buildSearchQuery", () => {
  it("asks for a two-character word by its bigram alone", () => {
    expect(buildSearchQuery("法治")).toEqual({ terms: ["法治"], tsquery: "'法治'" });
  });

  it("asks for every bigram of a longer word, and for single characters and numbers", () => {
    expect(buildSearchQuery("法治政府")?.tsquery).toBe("'法治' & '治政' & '政府'");
    expect(buildSearchQuery("27号")?.tsquery).toBe("'27号'");
    expect(buildSearchQuery("第27号")?.tsquery).toBe("'第27' & '27号'");
    expect(buildSearchQuery("法")?.tsquery).toBe("'法'");
  });

  it("splits terms on spaces and ignores a query of punctuation only", () => {
    expect(buildSearchQuery(" 法治  报告 ")?.terms).toEqual(["法治", "报告"]);
    expect(buildSearchQuery("〔〕 ？")).toBeUndefined();
  });
});

describe("queryTokens", () => {
  it("leaves out the tokens another one implies, so one-token terms are exact", () => {
    expect(queryTokens("法治")).toEqual(["法治"]);
    expect(queryTokens("27号")).toEqual(["27号"]);
    expect(queryTokens("2024年")).toEqual(["2024年"]);
    expect(queryTokens("〔2024〕27号")).toEqual(["2024", "27号"]);
    expect(queryTokens("法治政府")).toEqual(["法治", "治政", "政府"]);
    expect(queryTokens("法法")).toEqual(["法法"]);
  });
});

describe("likePattern", () => {
  it("escapes LIKE wildcards", () => {
    expect(likePattern("100%_a\\b")).toBe("%100\\%\\_a\\\\b%");
  });
});
